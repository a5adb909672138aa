var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var users_exports = {};
__export(users_exports, {
  Users: () => Users
});
module.exports = __toCommonJS(users_exports);
var import_client = require("../core/client.js");
var import_users_jobs = require("./users-jobs.js");
class Users extends import_client.APIResource {
  jobs = new import_users_jobs.UsersJobs(this._client);
  me(options) {
    return this._client.request("get", "/users/me", {}, options);
  }
  updateMe(body, options) {
    return this._client.request("patch", "/users/me", { body }, options);
  }
}
