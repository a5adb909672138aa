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
var __reExport = (target, mod, secondTarget) => (__copyProps(target, mod, "default"), secondTarget && __copyProps(secondTarget, mod, "default"));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var index_exports = {};
__export(index_exports, {
  APIClient: () => import_client2.APIClient,
  APIConnectionError: () => import_errors.APIConnectionError,
  APIError: () => import_errors.APIError,
  APIPromise: () => import_api_promise.APIPromise,
  APIResource: () => import_client2.APIResource,
  APITimeoutError: () => import_errors.APITimeoutError,
  APIUserAbortError: () => import_errors.APIUserAbortError,
  AuthenticationError: () => import_errors.AuthenticationError,
  ConflictError: () => import_errors.ConflictError,
  FileDownload: () => import_download.FileDownload,
  InternalServerError: () => import_errors.InternalServerError,
  InvalidRequestError: () => import_request_url.InvalidRequestError,
  NotFoundError: () => import_errors.NotFoundError,
  Page: () => import_pagination.Page,
  PagePromise: () => import_pagination.PagePromise,
  PermissionDeniedError: () => import_errors.PermissionDeniedError,
  RateLimitError: () => import_errors.RateLimitError,
  SDKError: () => import_errors.SDKError,
  ValidationError: () => import_errors.ValidationError,
  Vantage: () => Vantage,
  default: () => index_default,
  toFile: () => import_uploads.toFile
});
module.exports = __toCommonJS(index_exports);
var import_client = require("./core/client.js");
var import_billing = require("./resources/billing.js");
var import_clusters = require("./resources/clusters.js");
var import_jobs = require("./resources/jobs.js");
var import_monitoring = require("./resources/monitoring.js");
var import_storage = require("./resources/storage.js");
var import_teams = require("./resources/teams.js");
var import_users = require("./resources/users.js");
var import_webhooks = require("./resources/webhooks.js");
var import_client2 = require("./core/client.js");
var import_api_promise = require("./core/api-promise.js");
var import_pagination = require("./core/pagination.js");
var import_errors = require("./core/errors.js");
var import_uploads = require("./core/uploads.js");
var import_download = require("./core/download.js");
var import_request_url = require("./core/request-url.js");
__reExport(index_exports, require("./models.js"), module.exports);
class Vantage extends import_client.APIClient {
  /** `billing` operations. */
  billing = new import_billing.Billing(this);
  /** `clusters` operations. */
  clusters = new import_clusters.Clusters(this);
  /** `jobs` operations. */
  jobs = new import_jobs.Jobs(this);
  /** `monitoring` operations. */
  monitoring = new import_monitoring.Monitoring(this);
  /** `storage` operations. */
  storage = new import_storage.Storage(this);
  /** `teams` operations. */
  teams = new import_teams.Teams(this);
  /** `users` operations. */
  users = new import_users.Users(this);
  /** `webhooks` operations. */
  webhooks = new import_webhooks.Webhooks(this);
  constructor(options) {
    super(options, { name: "Vantage", baseUrl: "https://api.vantage.omnivector.solutions/v1", auth: { type: "bearer" }, env: "VANTAGE", sdk: "vantage-compute-api/1.0.0" });
  }
}
var index_default = Vantage;
