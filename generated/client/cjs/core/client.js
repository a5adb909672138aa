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
var client_exports = {};
__export(client_exports, {
  APIClient: () => APIClient,
  APIResource: () => APIResource,
  RETRY_COUNT_HEADER: () => RETRY_COUNT_HEADER
});
module.exports = __toCommonJS(client_exports);
var import_api_promise = require("./api-promise.js");
var import_attempt_signal = require("./attempt-signal.js");
var import_auth = require("./auth.js");
var import_download = require("./download.js");
var import_errors = require("./errors.js");
var import_pagination = require("./pagination.js");
var import_request_body = require("./request-body.js");
var import_request_url = require("./request-url.js");
var import_retry = require("./retry.js");
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_TIMEOUT_MS = 6e4;
const IDEMPOTENCY_HEADER = "Idempotency-Key";
const RETRY_COUNT_HEADER = "X-Retry-Count";
function readEnv(name) {
  const env = globalThis.process?.env;
  const value = env?.[name];
  return value === void 0 || value.trim() === "" ? void 0 : value.trim();
}
class APIClient {
  #options;
  #defaults;
  #fetch;
  #baseUrl;
  #headers;
  #maxRetries;
  #timeoutMs;
  #logger;
  #secrets;
  #defaultQuery;
  #authQuery;
  /** `defaults` come from the generator; `options` from the SDK user. Throws on a configuration mistake. */
  constructor(options, defaults) {
    const opts = options ?? {};
    this.#options = opts;
    this.#defaults = defaults;
    const env = defaults.env;
    const apiKey = opts.apiKey ?? (env ? readEnv(`${env}_API_KEY`) : void 0);
    if (defaults.auth.type !== "none" && (apiKey === void 0 || apiKey === "")) {
      throw new import_errors.SDKError(`${defaults.name}: no API key. Pass \`apiKey\` to the constructor${env ? ` or set the ${env}_API_KEY environment variable` : ""}.`);
    }
    const baseUrl = opts.baseUrl ?? (env ? readEnv(`${env}_BASE_URL`) : void 0) ?? defaults.baseUrl;
    this.#baseUrl = (0, import_request_url.checkedBaseUrl)(baseUrl, defaults.name);
    if (hasHeader(opts.headers, IDEMPOTENCY_HEADER)) {
      throw new import_errors.SDKError(`${defaults.name}: an Idempotency-Key in the client-wide \`headers\` would be sent with every request; pass \`idempotencyKey\` per call instead.`);
    }
    const auth = (0, import_auth.resolveAuth)(defaults.auth, apiKey);
    this.#maxRetries = opts.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.#timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#logger = opts.logger;
    this.#secrets = auth.secrets;
    this.#defaultQuery = opts.defaultQuery && Object.keys(opts.defaultQuery).length ? opts.defaultQuery : void 0;
    this.#authQuery = auth.queryParam ? { [auth.queryParam.name]: auth.queryParam.value } : void 0;
    const fetchImpl = opts.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== "function")
      throw new import_errors.SDKError("No fetch implementation: pass `fetch` in the client options.");
    this.#fetch = fetchImpl;
    const headers = { Accept: "application/json" };
    if (defaults.sdk && typeof globalThis.document === "undefined")
      headers["User-Agent"] = defaults.sdk;
    mergeHeaders(headers, opts.headers);
    mergeHeaders(headers, auth.headers);
    this.#headers = headers;
  }
  /**
   * A client like this one with some options changed (same API, same
   * resources): `client.withOptions({ timeoutMs: 5000 })`.
   */
  withOptions(options) {
    const merged = { ...this.#options, ...options };
    const Ctor = this.constructor;
    return new Ctor(merged, this.#defaults);
  }
  /** Calls one operation and resolves to its parsed success body. */
  request(method, path, input, options, meta) {
    return new import_api_promise.APIPromise((raw) => this.#send(method, path, input ?? {}, options, meta, raw));
  }
  /** Calls a list operation and resolves to its first Page. */
  requestPage(method, path, input, options, pagination, meta) {
    const fetchPage = (pageInput, previous) => new import_pagination.PagePromise(this.#send(method, path, pageInput, options, meta).then(({ data, response }) => ({
      data: new import_pagination.Page(data, pagination, pageInput, fetchPage, previous),
      response
    })));
    return fetchPage(input);
  }
  async #send(method, path, input, options, meta, raw = false) {
    const userSignal = options?.signal;
    if (userSignal?.aborted)
      throw new import_errors.APIUserAbortError({ cause: userSignal.reason });
    const baseUrl = options?.baseUrl !== void 0 ? (0, import_request_url.checkedBaseUrl)(options.baseUrl, this.#defaults.name) : this.#baseUrl;
    let query = input.query;
    if (this.#defaultQuery || this.#authQuery)
      query = { ...this.#defaultQuery, ...query, ...this.#authQuery };
    const url = (0, import_request_url.requestUrl)(baseUrl, path, input.path, query);
    const parseAs = meta?.parseAs ?? "json";
    const pending = (0, import_request_body.prepareBody)(input.body, meta?.bodyType ?? "json");
    const body = pending instanceof Promise ? await pending : pending;
    const headers = this.#requestHeaders(parseAs, body.contentType, input.headers, options, meta);
    const init = { ...this.#options.fetchOptions, ...options?.fetchOptions, method: method.toUpperCase(), headers, body: body.body };
    if (body.oneShot)
      init.duplex = "half";
    const maxRetries = options?.maxRetries ?? this.#maxRetries;
    const timeoutMs = options?.timeoutMs ?? this.#timeoutMs;
    const retryable = !body.oneShot && ((0, import_retry.isIdempotentMethod)(method) || hasHeader(headers, IDEMPOTENCY_HEADER));
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0)
        headers[RETRY_COUNT_HEADER] = String(attempt);
      const attemptSignal = new import_attempt_signal.AttemptSignal(timeoutMs, userSignal);
      init.signal = attemptSignal.signal;
      const startedAt = this.#logger?.debug ? Date.now() : 0;
      let response;
      let data;
      try {
        response = await this.#fetch(url, init);
        if (response.ok) {
          if (raw) {
            attemptSignal.finish();
            this.#logAttempt(method, path, response.status, attempt, startedAt);
            return { data: void 0, response };
          }
          if (parseAs === "stream") {
            attemptSignal.finish(true);
            this.#logAttempt(method, path, response.status, attempt, startedAt);
            return { data: new import_download.FileDownload(response, () => attemptSignal.release(), userSignal), response };
          }
          data = await readBody(response, parseAs);
        } else
          data = await readErrorBody(response);
      } catch (cause) {
        attemptSignal.finish();
        const error = classifyFailure(cause, attemptSignal, userSignal, timeoutMs);
        this.#logAttempt(method, path, error.name, attempt, startedAt);
        if (!(error instanceof import_errors.APIConnectionError) || !retryable || attempt >= maxRetries)
          throw error;
        await this.#waitToRetry(method, path, attempt, (0, import_retry.backoffDelayMs)(attempt), error.name, userSignal);
        continue;
      }
      attemptSignal.finish();
      this.#logAttempt(method, path, response.status, attempt, startedAt);
      if (response.ok)
        return { data, response };
      const requested = (0, import_retry.serverRequestedDelayMs)(response.status, response.headers);
      const verdict = (0, import_retry.serverSaysRetry)(response.headers);
      const worthRetrying = verdict ?? (0, import_retry.isRetryableStatus)(response.status);
      if (retryable && attempt < maxRetries && worthRetrying && (requested === void 0 || requested <= import_retry.MAX_SERVER_DELAY_MS)) {
        await this.#waitToRetry(method, path, attempt, requested ?? (0, import_retry.backoffDelayMs)(attempt), response.status, userSignal);
        continue;
      }
      throw (0, import_errors.makeAPIError)(response.status, data, response.headers, this.#secrets, requested);
    }
  }
  /** The headers of one call: the client's, then the operation's, then the call's; a fresh object (retries add to it). */
  #requestHeaders(parseAs, contentType, inputHeaders, options, meta) {
    const headers = { ...this.#headers };
    if (parseAs !== "json")
      headers["Accept"] = "*/*";
    if (contentType)
      headers["Content-Type"] = contentType;
    if (inputHeaders)
      mergeHeaders(headers, inputHeaders);
    if (options?.headers)
      mergeHeaders(headers, options.headers);
    const keyHeader = meta?.idempotencyHeader ?? IDEMPOTENCY_HEADER;
    if (options?.idempotencyKey)
      mergeHeaders(headers, { [keyHeader]: options.idempotencyKey });
    else if (meta?.idempotencyHeader && !hasHeader(headers, keyHeader))
      headers[keyHeader] = newIdempotencyKey();
    return headers;
  }
  #logAttempt(method, path, outcome, attempt, startedAt) {
    const logger = this.#logger;
    if (!logger?.debug)
      return;
    logger.debug("HTTP request", {
      method: method.toUpperCase(),
      path,
      status: typeof outcome === "number" ? outcome : void 0,
      error: typeof outcome === "string" ? outcome : void 0,
      attempt: attempt + 1,
      ms: Date.now() - startedAt
    });
  }
  async #waitToRetry(method, path, attempt, delayMs, reason, userSignal) {
    this.#logger?.warn?.("Retrying request", {
      method: method.toUpperCase(),
      path,
      attempt: attempt + 1,
      reason,
      delayMs: Math.round(delayMs)
    });
    await (0, import_retry.sleep)(delayMs, userSignal);
  }
}
function newIdempotencyKey() {
  const crypto = globalThis.crypto;
  if (crypto?.randomUUID)
    return `sdk-${crypto.randomUUID()}`;
  return `sdk-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}
async function readBody(response, parseAs) {
  const empty = response.status === 204 || response.status === 205 || response.headers.get("content-length") === "0";
  if (parseAs === "text")
    return response.status === 204 || response.status === 205 ? void 0 : response.text();
  if (empty) {
    await response.body?.cancel();
    return void 0;
  }
  if (parseAs === "blob")
    return response.blob();
  const text = await response.text();
  return text === "" ? void 0 : JSON.parse(text);
}
async function readErrorBody(response) {
  const text = await response.text();
  if (text.trim() === "")
    return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
class APIResource {
  /** The client every call of this resource goes through. */
  _client;
  /** Binds the resource to a client. */
  constructor(client) {
    this._client = client;
  }
}
function classifyFailure(cause, attemptSignal, userSignal, timeoutMs) {
  if (userSignal?.aborted)
    return new import_errors.APIUserAbortError({ cause });
  if (attemptSignal.timedOut)
    return new import_errors.APITimeoutError(timeoutMs, { cause });
  if (cause instanceof import_errors.SDKError)
    return cause;
  if (cause instanceof SyntaxError)
    return new import_errors.SDKError("The response body is not valid JSON.", { cause });
  return new import_errors.APIConnectionError(void 0, { cause });
}
function mergeHeaders(target, source) {
  if (!source)
    return;
  for (const name of Object.keys(source)) {
    const value = source[name];
    if (value === void 0)
      continue;
    const lower = name.toLowerCase();
    for (const existing of Object.keys(target))
      if (existing !== name && existing.toLowerCase() === lower)
        delete target[existing];
    if (value === null)
      delete target[name];
    else
      target[name] = String(value);
  }
}
function hasHeader(headers, name) {
  if (!headers)
    return false;
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === wanted && headers[key] !== void 0 && headers[key] !== null)
      return true;
  }
  return false;
}
