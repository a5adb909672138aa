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
var request_body_exports = {};
__export(request_body_exports, {
  prepareBody: () => prepareBody
});
module.exports = __toCommonJS(request_body_exports);
var import_uploads = require("./uploads.js");
var import_errors = require("./errors.js");
const NO_BODY = { body: void 0, contentType: void 0, oneShot: false };
function prepareBody(body, bodyType) {
  if (body === void 0)
    return NO_BODY;
  switch (bodyType) {
    case "json":
      return { body: JSON.stringify(body), contentType: "application/json", oneShot: false };
    case "multipart":
      if (body instanceof FormData)
        return { body, contentType: void 0, oneShot: false };
      if ((0, import_uploads.hasStreamField)(body)) {
        const { stream, contentType } = (0, import_uploads.toMultipartStream)(body);
        return { body: stream, contentType, oneShot: true };
      }
      return (0, import_uploads.toFormData)(body).then((form) => ({ body: form, contentType: void 0, oneShot: false }));
    case "binary": {
      if (!(0, import_uploads.isUploadable)(body))
        throw new import_errors.SDKError("A binary request body must be a Blob, Uint8Array, ArrayBuffer or stream.");
      const raw = (0, import_uploads.toRequestBody)(body);
      const type = body instanceof Blob && body.type ? body.type : "application/octet-stream";
      return { body: raw, contentType: type, oneShot: (0, import_uploads.isReadableStream)(raw) };
    }
    case "text":
      return { body: String(body), contentType: "text/plain;charset=UTF-8", oneShot: false };
    case "form-urlencoded":
      return { body: toUrlEncoded(body), contentType: "application/x-www-form-urlencoded", oneShot: false };
  }
}
function toUrlEncoded(body) {
  const params = new URLSearchParams();
  const text = (v) => v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v);
  for (const key of Object.keys(body)) {
    const value = body[key];
    if (value === void 0 || value === null)
      continue;
    if (Array.isArray(value))
      for (const item of value)
        params.append(key, text(item));
    else
      params.append(key, text(value));
  }
  return params.toString();
}
