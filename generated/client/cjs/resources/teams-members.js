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
var teams_members_exports = {};
__export(teams_members_exports, {
  TeamsMembers: () => TeamsMembers
});
module.exports = __toCommonJS(teams_members_exports);
var import_client = require("../core/client.js");
class TeamsMembers extends import_client.APIResource {
  list(teamId, query, options) {
    return this._client.requestPage("get", "/teams/{team_id}/members", { path: { team_id: teamId }, query }, options, { items: "members", total: "total", limit: "limit", offset: "offset" });
  }
  add(teamId, body, options) {
    return this._client.request("post", "/teams/{team_id}/members", { path: { team_id: teamId }, body }, options, { idempotencyHeader: "Idempotency-Key" });
  }
  remove(teamId, userId, options) {
    return this._client.request("delete", "/teams/{team_id}/members/{user_id}", { path: { team_id: teamId, user_id: userId } }, options);
  }
}
