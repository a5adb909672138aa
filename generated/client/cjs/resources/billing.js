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
var billing_exports = {};
__export(billing_exports, {
  Billing: () => Billing
});
module.exports = __toCommonJS(billing_exports);
var import_client = require("../core/client.js");
var import_billing_invoices = require("./billing-invoices.js");
class Billing extends import_client.APIResource {
  invoices = new import_billing_invoices.BillingInvoices(this._client);
  usage(query, options) {
    return this._client.request("get", "/billing/usage", { query }, options);
  }
}
