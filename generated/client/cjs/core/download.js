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
var download_exports = {};
__export(download_exports, {
  FileDownload: () => FileDownload,
  fileNameFrom: () => fileNameFrom
});
module.exports = __toCommonJS(download_exports);
var import_errors = require("./errors.js");
class FileDownload extends ReadableStream {
  /** The file name from `Content-Disposition`, or null. */
  fileName;
  /** The `Content-Type` header, or null. */
  contentType;
  /** The `Content-Length` header in bytes, or null. */
  size;
  /** Wraps a response body; `onEnd` runs once, however the stream ends. */
  constructor(response, onEnd, userSignal) {
    const reader = response.body?.getReader();
    let ended = false;
    const end = () => {
      if (!ended) {
        ended = true;
        onEnd();
      }
    };
    super({
      async pull(controller) {
        if (!reader) {
          end();
          controller.close();
          return;
        }
        try {
          const { done, value } = await reader.read();
          if (done) {
            end();
            controller.close();
          } else
            controller.enqueue(value);
        } catch (cause) {
          end();
          controller.error(userSignal?.aborted ? new import_errors.APIUserAbortError({ cause }) : new import_errors.APIConnectionError("The download was interrupted.", { cause }));
        }
      },
      cancel(reason) {
        end();
        return reader?.cancel(reason);
      }
    });
    if (!reader)
      end();
    const length = response.headers.get("content-length");
    this.fileName = fileNameFrom(response.headers.get("content-disposition"));
    this.contentType = response.headers.get("content-type");
    this.size = length !== null && /^\d+$/.test(length) ? Number(length) : null;
  }
  /** The whole body as a Blob (typed from Content-Type). */
  async blob() {
    const blob = await new Response(this).blob();
    return this.contentType ? new Blob([blob], { type: this.contentType }) : blob;
  }
  /** The whole body as bytes. */
  arrayBuffer() {
    return new Response(this).arrayBuffer();
  }
  /** The whole body as UTF-8 text. */
  text() {
    return new Response(this).text();
  }
}
function fileNameFrom(disposition) {
  if (!disposition)
    return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return baseName(decodeURIComponent(extended[2].trim().replace(/^"|"$/g, "")));
    } catch {
    }
  }
  const quoted = /filename\s*=\s*"((?:\\.|[^"\\])*)"/i.exec(disposition);
  if (quoted)
    return baseName(quoted[1].replace(/\\(.)/g, "$1"));
  const bare = /filename\s*=\s*([^;\s]+)/i.exec(disposition);
  return bare ? baseName(bare[1]) : null;
}
function baseName(name) {
  const base = name.split(/[\\/]/).pop().trim();
  return base === "" || base === "." || base === ".." ? null : base;
}
