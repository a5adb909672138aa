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
var uploads_exports = {};
__export(uploads_exports, {
  contentTypeFor: () => contentTypeFor,
  contentTypeOf: () => contentTypeOf,
  fileNameOf: () => fileNameOf,
  hasStreamField: () => hasStreamField,
  isAsyncIterable: () => isAsyncIterable,
  isReadableStream: () => isReadableStream,
  isUploadable: () => isUploadable,
  toBlob: () => toBlob,
  toFile: () => toFile,
  toFormData: () => toFormData,
  toMultipartStream: () => toMultipartStream,
  toRequestBody: () => toRequestBody
});
module.exports = __toCommonJS(uploads_exports);
function isUploadable(value) {
  return value instanceof Blob || value instanceof Uint8Array || value instanceof ArrayBuffer || isReadableStream(value) || isAsyncIterable(value);
}
function isReadableStream(value) {
  return typeof ReadableStream !== "undefined" && value instanceof ReadableStream;
}
function isAsyncIterable(value) {
  return value !== null && typeof value === "object" && typeof value[Symbol.asyncIterator] === "function";
}
const TYPES_BY_EXTENSION = {
  csv: "text/csv",
  txt: "text/plain",
  json: "application/json",
  xml: "application/xml",
  html: "text/html",
  md: "text/markdown",
  yaml: "application/yaml",
  yml: "application/yaml",
  pdf: "application/pdf",
  zip: "application/zip",
  gz: "application/gzip",
  tar: "application/x-tar",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  svg: "image/svg+xml",
  webp: "image/webp",
  mp4: "video/mp4",
  wav: "audio/wav",
  mp3: "audio/mpeg",
  parquet: "application/vnd.apache.parquet",
  py: "text/x-python",
  sh: "application/x-sh",
  js: "text/javascript"
};
function contentTypeFor(fileName) {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return (ext && Object.prototype.hasOwnProperty.call(TYPES_BY_EXTENSION, ext) ? TYPES_BY_EXTENSION[ext] : void 0) ?? "application/octet-stream";
}
function fileNameOf(value, fallback) {
  const named = value;
  const raw = typeof named.name === "string" && named.name !== "" ? named.name : typeof named.path === "string" ? named.path : "";
  const base = raw.split(/[\\/]/).pop() ?? "";
  return base || fallback;
}
function contentTypeOf(value, fileName) {
  return value instanceof Blob && value.type ? value.type : contentTypeFor(fileName);
}
async function toFile(content, name, options) {
  const fileName = name ?? (typeof content === "string" ? "file" : fileNameOf(content, "file"));
  const blob = typeof content === "string" ? new Blob([content]) : await toBlob(content);
  const type = options?.type ?? (blob.type || contentTypeFor(fileName));
  return new File([blob], fileName, { type, lastModified: options?.lastModified });
}
function hasStreamField(body) {
  for (const key of Object.keys(body)) {
    const value = body[key];
    const items = Array.isArray(value) ? value : [value];
    for (const item of items)
      if (!(item instanceof Blob) && !(item instanceof Uint8Array) && (isReadableStream(item) || isAsyncIterable(item)))
        return true;
  }
  return false;
}
async function toFormData(body) {
  const form = new FormData();
  for (const key of Object.keys(body))
    await appendField(form, key, body[key]);
  return form;
}
async function appendField(form, key, value) {
  if (value === void 0 || value === null)
    return;
  if (Array.isArray(value)) {
    for (const item of value)
      await appendField(form, key, item);
    return;
  }
  const text = fieldText(value);
  if (text !== void 0)
    form.append(key, text);
  else {
    const file = value;
    const name = fileNameOf(file, key);
    const blob = await toBlob(file);
    form.append(key, blob.type ? blob : new Blob([blob], { type: contentTypeOf(file, name) }), name);
  }
}
function fieldText(value) {
  if (typeof value === "string")
    return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  if (isUploadable(value))
    return void 0;
  if (value instanceof Date)
    return value.toISOString();
  return JSON.stringify(value);
}
function toMultipartStream(body) {
  const boundary = `----sdk-boundary-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const encoder = new TextEncoder();
  const quote = (text) => text.replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/"/g, "%22");
  async function* parts() {
    for (const key of Object.keys(body)) {
      const value = body[key];
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item === void 0 || item === null)
          continue;
        const text = fieldText(item);
        if (text !== void 0) {
          yield encoder.encode(`--${boundary}\r
Content-Disposition: form-data; name="${quote(key)}"\r
\r
${text}\r
`);
          continue;
        }
        const file = item;
        const name = fileNameOf(file, key);
        yield encoder.encode(`--${boundary}\r
Content-Disposition: form-data; name="${quote(key)}"; filename="${quote(name)}"\r
Content-Type: ${contentTypeOf(file, name)}\r
\r
`);
        yield* chunksOf(file);
        yield encoder.encode("\r\n");
      }
    }
    yield encoder.encode(`--${boundary}--\r
`);
  }
  return { stream: toRequestBody(parts()), contentType: `multipart/form-data; boundary=${boundary}` };
}
async function* chunksOf(value) {
  if (value instanceof Blob)
    yield new Uint8Array(await value.arrayBuffer());
  else if (value instanceof Uint8Array)
    yield value;
  else if (value instanceof ArrayBuffer)
    yield new Uint8Array(value);
  else if (isReadableStream(value)) {
    const reader = value.getReader();
    for (; ; ) {
      const { done, value: chunk } = await reader.read();
      if (done)
        return;
      yield chunk;
    }
  } else
    for await (const chunk of value)
      yield typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
}
async function toBlob(value) {
  if (value instanceof Blob)
    return value;
  if (value instanceof Uint8Array || value instanceof ArrayBuffer)
    return new Blob([value]);
  const parts = [];
  if (isReadableStream(value)) {
    const reader = value.getReader();
    for (; ; ) {
      const { done, value: chunk } = await reader.read();
      if (done)
        break;
      parts.push(chunk);
    }
  } else {
    for await (const chunk of value)
      parts.push(chunk);
  }
  return new Blob(parts);
}
function toRequestBody(value) {
  if (value instanceof Blob || value instanceof Uint8Array || value instanceof ArrayBuffer || isReadableStream(value)) {
    return value;
  }
  const iterator = value[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const { done, value: chunk } = await iterator.next();
      if (done)
        controller.close();
      else
        controller.enqueue(chunk);
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    }
  });
}
