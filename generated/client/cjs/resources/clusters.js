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
var clusters_exports = {};
__export(clusters_exports, {
  Clusters: () => Clusters
});
module.exports = __toCommonJS(clusters_exports);
var import_client = require("../core/client.js");
class Clusters extends import_client.APIResource {
  list(query, options) {
    return this._client.requestPage("get", "/clusters", { query }, options, { items: "clusters", total: "total", limit: "limit", offset: "offset" });
  }
  get(clusterId, options) {
    return this._client.request("get", "/clusters/{cluster_id}", { path: { cluster_id: clusterId } }, options);
  }
  usage(clusterId, query, options) {
    return this._client.request("get", "/clusters/{cluster_id}/usage", { path: { cluster_id: clusterId }, query }, options);
  }
  nodes(clusterId, query, options) {
    return this._client.requestPage("get", "/clusters/{cluster_id}/nodes", { path: { cluster_id: clusterId }, query }, options, { items: "nodes", total: "total", limit: "limit", offset: "offset" });
  }
}
