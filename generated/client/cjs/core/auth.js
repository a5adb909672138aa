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
var auth_exports = {};
__export(auth_exports, {
  base64Utf8: () => base64Utf8,
  resolveAuth: () => resolveAuth
});
module.exports = __toCommonJS(auth_exports);
function resolveAuth(scheme, apiKey) {
  const resolved = { headers: {}, queryParam: void 0, secrets: [] };
  if (!apiKey || scheme.type === "none")
    return resolved;
  resolved.secrets.push(apiKey);
  switch (scheme.type) {
    case "bearer":
      resolved.headers["Authorization"] = `Bearer ${apiKey}`;
      break;
    case "basic": {
      const encoded = base64Utf8(apiKey);
      resolved.secrets.push(encoded);
      resolved.headers["Authorization"] = `Basic ${encoded}`;
      break;
    }
    case "apiKey":
      if (scheme.in === "header")
        resolved.headers[scheme.name] = apiKey;
      else if (scheme.in === "cookie")
        resolved.headers["Cookie"] = `${scheme.name}=${apiKey}`;
      else
        resolved.queryParam = { name: scheme.name, value: apiKey };
      break;
  }
  return resolved;
}
const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function base64Utf8(text) {
  const bytes = new TextEncoder().encode(text);
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i];
    const b1 = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const b2 = i + 2 < bytes.length ? bytes[i + 2] : 0;
    out += BASE64_ALPHABET[b0 >> 2];
    out += BASE64_ALPHABET[(b0 & 3) << 4 | b1 >> 4];
    out += i + 1 < bytes.length ? BASE64_ALPHABET[(b1 & 15) << 2 | b2 >> 6] : "=";
    out += i + 2 < bytes.length ? BASE64_ALPHABET[b2 & 63] : "=";
  }
  return out;
}
