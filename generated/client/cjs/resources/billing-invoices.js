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
var billing_invoices_exports = {};
__export(billing_invoices_exports, {
  BillingInvoices: () => BillingInvoices
});
module.exports = __toCommonJS(billing_invoices_exports);
var import_client = require("../core/client.js");
class BillingInvoices extends import_client.APIResource {
  list(query, options) {
    return this._client.requestPage("get", "/billing/invoices", { query }, options, { items: "invoices", total: "total", limit: "limit", offset: "offset" });
  }
  get(invoiceId, options) {
    return this._client.request("get", "/billing/invoices/{invoice_id}", { path: { invoice_id: invoiceId } }, options);
  }
}
