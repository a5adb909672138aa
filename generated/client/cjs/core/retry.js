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
var retry_exports = {};
__export(retry_exports, {
  MAX_SERVER_DELAY_MS: () => MAX_SERVER_DELAY_MS,
  backoffDelayMs: () => backoffDelayMs,
  isIdempotentMethod: () => isIdempotentMethod,
  isRetryableStatus: () => isRetryableStatus,
  serverRequestedDelayMs: () => serverRequestedDelayMs,
  serverSaysRetry: () => serverSaysRetry,
  sleep: () => sleep
});
module.exports = __toCommonJS(retry_exports);
var import_errors = require("./errors.js");
const INITIAL_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8e3;
const MAX_SERVER_DELAY_MS = 6e4;
function isIdempotentMethod(method) {
  return method === "get" || method === "head" || method === "put" || method === "delete" || method === "options";
}
function isRetryableStatus(status) {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}
function backoffDelayMs(retryIndex) {
  const base = Math.min(INITIAL_DELAY_MS * 2 ** retryIndex, MAX_BACKOFF_MS);
  return base * (1 - Math.random() * 0.25);
}
function serverRequestedDelayMs(status, headers, now = Date.now()) {
  const delay = readDelay(headers, now, status === 429 || status === 503);
  return delay === void 0 ? void 0 : Math.max(delay, 0);
}
function serverSaysRetry(headers) {
  const value = headers.get("x-should-retry");
  if (value === "true")
    return true;
  if (value === "false")
    return false;
  return void 0;
}
function readDelay(headers, now, rateLimited) {
  const ms = parseNumber(headers.get("retry-after-ms"));
  if (ms !== void 0)
    return ms;
  const retryAfter = headers.get("retry-after");
  if (retryAfter !== null) {
    const seconds = parseNumber(retryAfter);
    if (seconds !== void 0)
      return seconds * 1e3;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date))
      return date - now;
  }
  if (rateLimited && headers.get("x-ratelimit-remaining")?.trim() === "0") {
    const reset = parseNumber(headers.get("x-ratelimit-reset"));
    if (reset !== void 0)
      return reset * 1e3 - now;
  }
  return void 0;
}
function parseNumber(raw) {
  if (raw === null || raw.trim() === "")
    return void 0;
  const n = Number(raw);
  return Number.isFinite(n) ? n : void 0;
}
function sleep(ms, signal) {
  if (signal?.aborted)
    return Promise.reject(new import_errors.APIUserAbortError({ cause: signal.reason }));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new import_errors.APIUserAbortError({ cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
