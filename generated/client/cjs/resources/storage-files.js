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
var storage_files_exports = {};
__export(storage_files_exports, {
  StorageFiles: () => StorageFiles
});
module.exports = __toCommonJS(storage_files_exports);
var import_client = require("../core/client.js");
class StorageFiles extends import_client.APIResource {
  list(query, options) {
    return this._client.requestPage("get", "/storage/files", { query }, options, { items: "files", total: "total", limit: "limit", offset: "offset" });
  }
  upload(body, options) {
    return this._client.request("post", "/storage/files", { body }, options, { bodyType: "multipart", idempotencyHeader: "Idempotency-Key" });
  }
  get(fileId, options) {
    return this._client.request("get", "/storage/files/{file_id}", { path: { file_id: fileId } }, options);
  }
  delete(fileId, options) {
    return this._client.request("delete", "/storage/files/{file_id}", { path: { file_id: fileId } }, options);
  }
  download(fileId, options) {
    return this._client.request("get", "/storage/files/{file_id}/download", { path: { file_id: fileId } }, options, { parseAs: "stream" });
  }
}
