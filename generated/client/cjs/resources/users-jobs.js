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
var users_jobs_exports = {};
__export(users_jobs_exports, {
  UsersJobs: () => UsersJobs
});
module.exports = __toCommonJS(users_jobs_exports);
var import_client = require("../core/client.js");
class UsersJobs extends import_client.APIResource {
  list(userId, query, options) {
    return this._client.requestPage("get", "/users/{user_id}/jobs", { path: { user_id: userId }, query }, options, { items: "jobs", total: "total", limit: "limit", offset: "offset" });
  }
}
