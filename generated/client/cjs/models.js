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
var models_exports = {};
__export(models_exports, {
  CloudProvider: () => CloudProvider,
  ClusterStatus: () => ClusterStatus,
  ClusterType: () => ClusterType,
  ErrorCode: () => ErrorCode,
  InvoiceStatus: () => InvoiceStatus,
  JobStatus: () => JobStatus,
  NodeStatus: () => NodeStatus,
  TeamRole: () => TeamRole,
  UsageCategory: () => UsageCategory,
  WebhookEvent: () => WebhookEvent
});
module.exports = __toCommonJS(models_exports);
const CloudProvider = { values: ["aws", "gcp", "azure", "on-premises"] };
const ClusterStatus = { values: ["preparing", "ready", "failed", "deleting"] };
const ClusterType = { values: ["slurm", "kubernetes", "slurm-on-kubernetes"] };
const ErrorCode = { values: ["validation_error", "authentication_failed", "permission_denied", "resource_not_found", "rate_limit_exceeded", "internal_error"] };
const InvoiceStatus = { values: ["draft", "open", "paid", "void", "uncollectible"] };
const JobStatus = { values: ["pending", "queued", "running", "completed", "failed", "cancelled"] };
const NodeStatus = { values: ["idle", "allocated", "mixed", "down", "drained"] };
const TeamRole = { values: ["owner", "admin", "member", "viewer"] };
const UsageCategory = { values: ["compute", "gpu", "storage", "network", "support"] };
const WebhookEvent = { values: ["job.created", "job.started", "job.completed", "job.failed", "job.cancelled", "cluster.created", "cluster.status_changed", "cluster.deleted", "storage.file_uploaded", "storage.file_deleted"] };
