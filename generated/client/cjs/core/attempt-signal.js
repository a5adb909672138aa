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
var attempt_signal_exports = {};
__export(attempt_signal_exports, {
  AttemptSignal: () => AttemptSignal
});
module.exports = __toCommonJS(attempt_signal_exports);
const MAX_TIMER_MS = 2147483647;
class AttemptSignal {
  /** Pass this to fetch. */
  signal;
  /** True once the attempt's timeout fired. */
  timedOut = false;
  #controller = new AbortController();
  #userSignal;
  #timer;
  #onUserAbort;
  /** Starts the timeout clock and links the caller's signal. */
  constructor(timeoutMs, userSignal) {
    this.signal = this.#controller.signal;
    this.#userSignal = userSignal;
    if (timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS) {
      this.#timer = setTimeout(() => {
        this.timedOut = true;
        this.#controller.abort();
      }, timeoutMs);
    }
    if (userSignal) {
      const controller = this.#controller;
      this.#onUserAbort = () => controller.abort(userSignal.reason);
      userSignal.addEventListener("abort", this.#onUserAbort, { once: true });
    }
  }
  /**
   * Stops the timeout. With `keepUserLink` the caller's signal stays linked,
   * so it can still cancel a streamed response body after we return it.
   */
  finish(keepUserLink = false) {
    if (this.#timer !== void 0)
      clearTimeout(this.#timer);
    if (!keepUserLink && this.#onUserAbort)
      this.#userSignal?.removeEventListener("abort", this.#onUserAbort);
  }
  /** Unlinks the caller's signal; called once a streamed body has ended, failed or been cancelled. */
  release() {
    this.finish(false);
  }
}
