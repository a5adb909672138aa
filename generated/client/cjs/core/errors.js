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
var errors_exports = {};
__export(errors_exports, {
  APIConnectionError: () => APIConnectionError,
  APIError: () => APIError,
  APITimeoutError: () => APITimeoutError,
  APIUserAbortError: () => APIUserAbortError,
  AuthenticationError: () => AuthenticationError,
  ConflictError: () => ConflictError,
  InternalServerError: () => InternalServerError,
  NotFoundError: () => NotFoundError,
  PermissionDeniedError: () => PermissionDeniedError,
  RateLimitError: () => RateLimitError,
  SDKError: () => SDKError,
  ValidationError: () => ValidationError,
  makeAPIError: () => makeAPIError,
  summarizeText: () => summarizeText
});
module.exports = __toCommonJS(errors_exports);
var import_redact = require("./redact.js");
var import_response_meta = require("./response-meta.js");
class SDKError extends Error {
  name = "SDKError";
}
class APIError extends SDKError {
  name = "APIError";
  /** HTTP status of the response. */
  status;
  /** The API's error code, e.g. `resource_not_found`. */
  code;
  /** Extra structured information from the error body. */
  details;
  /** The body as received: parsed JSON, else the text (secrets scrubbed). */
  body;
  /** How long the server asked to wait before retrying (`Retry-After`), when it said. */
  retryAfterMs;
  /** The server's id for the failed request; quote it in support tickets. */
  requestId;
  /** The response headers. */
  headers;
  /** Builds an error from a parsed response; see {@link makeAPIError}. */
  constructor(init) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.body = init.body;
    this.retryAfterMs = init.retryAfterMs;
    this.requestId = init.requestId;
    this.headers = init.headers;
  }
}
class ValidationError extends APIError {
  name = "ValidationError";
}
class AuthenticationError extends APIError {
  name = "AuthenticationError";
}
class PermissionDeniedError extends APIError {
  name = "PermissionDeniedError";
}
class NotFoundError extends APIError {
  name = "NotFoundError";
}
class ConflictError extends APIError {
  name = "ConflictError";
}
class RateLimitError extends APIError {
  name = "RateLimitError";
}
class InternalServerError extends APIError {
  name = "InternalServerError";
}
class APIConnectionError extends SDKError {
  name = "APIConnectionError";
  /** Builds the error; `cause` is the underlying fetch failure. */
  constructor(message = "Connection error.", options) {
    super(message, options);
  }
}
class APITimeoutError extends APIConnectionError {
  name = "APITimeoutError";
  /** Builds the error for an attempt that exceeded `timeoutMs`. */
  constructor(timeoutMs, options) {
    super(`Request timed out after ${timeoutMs} ms.`, options);
  }
}
class APIUserAbortError extends SDKError {
  name = "APIUserAbortError";
  /** Builds the error; `cause` is the signal's abort reason. */
  constructor(options) {
    super("Request was aborted.", options);
  }
}
const CLASS_BY_CODE = /* @__PURE__ */ new Map([
  ["validation_error", ValidationError],
  ["authentication_failed", AuthenticationError],
  ["permission_denied", PermissionDeniedError],
  ["resource_not_found", NotFoundError],
  ["conflict", ConflictError],
  ["rate_limit_exceeded", RateLimitError],
  ["internal_error", InternalServerError]
]);
function classForStatus(status) {
  if (status === 400 || status === 422)
    return ValidationError;
  if (status === 401)
    return AuthenticationError;
  if (status === 403)
    return PermissionDeniedError;
  if (status === 404)
    return NotFoundError;
  if (status === 409)
    return ConflictError;
  if (status === 429)
    return RateLimitError;
  if (status >= 500)
    return InternalServerError;
  return APIError;
}
const MAX_TEXT_MESSAGE = 280;
function summarizeText(status, text) {
  const trimmed = text.trim();
  if (/^<(!doctype|html|head|body|\?xml|[a-z]+[\s>])/i.test(trimmed)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(trimmed)?.[1] ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(trimmed)?.[1] ?? "";
    const plain = title.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
    const summary = plain ? plain.startsWith(String(status)) ? plain : `${status} ${plain}` : `${status} (HTML error page)`;
    return summary.slice(0, MAX_TEXT_MESSAGE);
  }
  const line = trimmed.split(/\r?\n/, 1)[0].trim();
  return line.length > MAX_TEXT_MESSAGE ? `${line.slice(0, MAX_TEXT_MESSAGE - 1)}\u2026` : line;
}
function makeAPIError(status, body, headers, secrets, retryAfterMs) {
  const fields = isRecord(body) ? body : void 0;
  const code = stringField(fields, "error") ?? stringField(fields, "code");
  let message = stringField(fields, "message");
  if (message === void 0 && typeof body === "string" && body.trim() !== "")
    message = summarizeText(status, body);
  if (message === void 0)
    message = `Request failed with status ${status}.`;
  const ErrorClass = (code !== void 0 ? CLASS_BY_CODE.get(code) : void 0) ?? classForStatus(status);
  return new ErrorClass({
    status,
    code,
    message: (0, import_redact.redactText)(message, secrets),
    details: (0, import_redact.redactDeep)(fields?.details, secrets),
    body: (0, import_redact.redactDeep)(body, secrets),
    requestId: (0, import_response_meta.readRequestId)(headers) ?? stringField(fields, "request_id") ?? null,
    headers,
    retryAfterMs
  });
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function stringField(fields, key) {
  const value = fields?.[key];
  return typeof value === "string" ? value : void 0;
}
