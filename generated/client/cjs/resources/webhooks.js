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
var webhooks_exports = {};
__export(webhooks_exports, {
  Webhooks: () => Webhooks
});
module.exports = __toCommonJS(webhooks_exports);
var import_client = require("../core/client.js");
class Webhooks extends import_client.APIResource {
  list(query, options) {
    return this._client.requestPage("get", "/webhooks", { query }, options, { items: "webhooks", total: "total", limit: "limit", offset: "offset" });
  }
  create(body, options) {
    return this._client.request("post", "/webhooks", { body }, options, { idempotencyHeader: "Idempotency-Key" });
  }
  delete(webhookId, options) {
    return this._client.request("delete", "/webhooks/{webhook_id}", { path: { webhook_id: webhookId } }, options);
  }
  update(webhookId, body, options) {
    return this._client.request("patch", "/webhooks/{webhook_id}", { path: { webhook_id: webhookId }, body }, options);
  }
}
