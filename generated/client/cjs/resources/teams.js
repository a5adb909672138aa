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
var teams_exports = {};
__export(teams_exports, {
  Teams: () => Teams
});
module.exports = __toCommonJS(teams_exports);
var import_client = require("../core/client.js");
var import_teams_members = require("./teams-members.js");
class Teams extends import_client.APIResource {
  members = new import_teams_members.TeamsMembers(this._client);
  list(query, options) {
    return this._client.requestPage("get", "/teams", { query }, options, { items: "teams", total: "total", limit: "limit", offset: "offset" });
  }
  get(teamId, options) {
    return this._client.request("get", "/teams/{team_id}", { path: { team_id: teamId } }, options);
  }
}
