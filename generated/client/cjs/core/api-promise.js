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
var api_promise_exports = {};
__export(api_promise_exports, {
  APIPromise: () => APIPromise
});
module.exports = __toCommonJS(api_promise_exports);
var import_response_meta = require("./response-meta.js");
class APIPromise extends Promise {
  #start;
  #response;
  #dataPromise;
  /** Wraps a request (a running one, or a starter). Called by APIClient, not by SDK users. */
  constructor(request) {
    super((resolve) => resolve(void 0));
    if (typeof request === "function") {
      this.#start = request;
      queueMicrotask(() => void this.#responseOnce(false).catch(() => void 0));
    } else
      this.#response = request;
  }
  get #responsePromise() {
    return this.#responseOnce(false);
  }
  #responseOnce(raw) {
    if (this.#response === void 0) {
      const start = this.#start;
      this.#start = void 0;
      this.#response = start(raw);
    }
    return this.#response;
  }
  // Derived promises (from catch/finally) must be plain Promises: our
  // constructor does not take an executor.
  static get [Symbol.species]() {
    return Promise;
  }
  /** Resolves to the body plus the Response, request id and rate-limit info. */
  withResponse() {
    return this.#responsePromise.then(({ data, response }) => ({
      data,
      response,
      requestId: (0, import_response_meta.readRequestId)(response.headers),
      rateLimit: (0, import_response_meta.readRateLimit)(response.headers)
    }));
  }
  /**
   * Resolves to the Response with its body unread (read it yourself), once
   * the status is known; errors still throw. Call it right away: once the
   * request has started reading the body, the Response comes back read.
   */
  asResponse() {
    return this.#responseOnce(true).then(({ response }) => response);
  }
  /** Standard Promise `then`, over the response body. */
  then(onfulfilled, onrejected) {
    this.#dataPromise ??= this.#responsePromise.then(({ data }) => data);
    return this.#dataPromise.then(onfulfilled, onrejected);
  }
}
