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
var request_url_exports = {};
__export(request_url_exports, {
  InvalidRequestError: () => InvalidRequestError,
  checkedBaseUrl: () => checkedBaseUrl,
  requestUrl: () => requestUrl
});
module.exports = __toCommonJS(request_url_exports);
var import_openapi_fetch = require("openapi-fetch");
var import_errors = require("./errors.js");
const serializeQuery = (0, import_openapi_fetch.createQuerySerializer)();
class InvalidRequestError extends import_errors.SDKError {
  name = "InvalidRequestError";
}
function checkedBaseUrl(baseUrl, apiName) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    url = void 0;
  }
  if (!url || url.protocol !== "http:" && url.protocol !== "https:") {
    throw new import_errors.SDKError(`${apiName}: baseUrl must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}.`);
  }
  return baseUrl.replace(/\/+$/, "");
}
function requestUrl(baseUrl, path, pathParams, query) {
  let url = baseUrl + path;
  if (pathParams) {
    let params = pathParams;
    for (const name of Object.keys(pathParams)) {
      const value = pathParams[name];
      const text = value instanceof Date ? value.toISOString() : String(value ?? "");
      if (text === "" || text === "." || text === "..") {
        throw new InvalidRequestError(`Path parameter ${JSON.stringify(name)} of ${path} must not be ${JSON.stringify(text)}: the request would leave its endpoint.`);
      }
      if (value instanceof Date)
        params = { ...params, [name]: text };
    }
    url = (0, import_openapi_fetch.defaultPathSerializer)(url, params);
  }
  if (query) {
    const search = serializeQuery(plainQuery(query));
    if (search) {
      const clean = search.indexOf("&&") === -1 && search[0] !== "&" && search[search.length - 1] !== "&" ? search : search.split("&").filter(Boolean).join("&");
      if (clean)
        url += `?${clean}`;
    }
  }
  return url;
}
function plainQuery(query) {
  let out;
  for (const key of Object.keys(query)) {
    const value = query[key];
    let next = value;
    if (value === void 0 || value === null)
      next = void 0;
    else if (value instanceof Date)
      next = value.toISOString();
    else if (Array.isArray(value)) {
      if (value.some((v) => v === null || v === void 0 || v instanceof Date)) {
        next = value.filter((v) => v !== null && v !== void 0).map((v) => v instanceof Date ? v.toISOString() : v);
      }
    }
    if (next !== value || next === void 0 && key in query) {
      out ??= { ...query };
      if (next === void 0)
        delete out[key];
      else
        out[key] = next;
    }
  }
  return out ?? query;
}
