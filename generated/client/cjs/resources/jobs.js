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
var jobs_exports = {};
__export(jobs_exports, {
  Jobs: () => Jobs
});
module.exports = __toCommonJS(jobs_exports);
var import_client = require("../core/client.js");
class Jobs extends import_client.APIResource {
  list(query, options) {
    return this._client.requestPage("get", "/jobs", { query }, options, { items: "jobs", total: "total", limit: "limit", offset: "offset" });
  }
  create(body, options) {
    return this._client.request("post", "/jobs", { body }, options, { idempotencyHeader: "Idempotency-Key" });
  }
  get(jobId, options) {
    return this._client.request("get", "/jobs/{job_id}", { path: { job_id: jobId } }, options);
  }
  delete(jobId, options) {
    return this._client.request("delete", "/jobs/{job_id}", { path: { job_id: jobId } }, options);
  }
  update(jobId, body, options) {
    return this._client.request("patch", "/jobs/{job_id}", { path: { job_id: jobId }, body }, options);
  }
  output(jobId, options) {
    return this._client.request("get", "/jobs/{job_id}/output", { path: { job_id: jobId } }, options, { parseAs: "text" });
  }
  logs(jobId, query, options) {
    return this._client.request("get", "/jobs/{job_id}/logs", { path: { job_id: jobId }, query }, options, { parseAs: "text" });
  }
}
