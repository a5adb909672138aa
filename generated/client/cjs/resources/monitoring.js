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
var monitoring_exports = {};
__export(monitoring_exports, {
  Monitoring: () => Monitoring
});
module.exports = __toCommonJS(monitoring_exports);
var import_client = require("../core/client.js");
class Monitoring extends import_client.APIResource {
  jobMetrics(jobId, query, options) {
    return this._client.request("get", "/monitoring/jobs/{job_id}/metrics", { path: { job_id: jobId }, query }, options);
  }
  clusterMetrics(clusterId, query, options) {
    return this._client.request("get", "/monitoring/clusters/{cluster_id}/metrics", { path: { cluster_id: clusterId }, query }, options);
  }
}
