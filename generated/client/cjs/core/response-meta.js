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
var response_meta_exports = {};
__export(response_meta_exports, {
  readRateLimit: () => readRateLimit,
  readRequestId: () => readRequestId
});
module.exports = __toCommonJS(response_meta_exports);
function readRequestId(headers) {
  return headers.get("x-request-id");
}
function readRateLimit(headers) {
  const limit = toNumber(headers.get("x-ratelimit-limit"));
  const remaining = toNumber(headers.get("x-ratelimit-remaining"));
  const reset = toNumber(headers.get("x-ratelimit-reset"));
  if (limit === void 0 || remaining === void 0 || reset === void 0)
    return null;
  return { limit, remaining, reset };
}
function toNumber(raw) {
  if (raw === null || raw.trim() === "")
    return void 0;
  const n = Number(raw);
  return Number.isFinite(n) ? n : void 0;
}
