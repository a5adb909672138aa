/**
 * One AbortSignal per attempt that fires on the attempt's timeout or on the
 * caller's signal, remembering which of the two it was.
 */

// setTimeout fires at once for delays above 2^31-1 ms; treat those as "none".
const MAX_TIMER_MS = 2_147_483_647;

/** The signal handed to fetch for one attempt. */
export class AttemptSignal {
  /** Pass this to fetch. */
  readonly signal: AbortSignal;
  /** True once the attempt's timeout fired. */
  timedOut = false;
  readonly #controller = new AbortController();
  readonly #userSignal: AbortSignal | undefined;
  readonly #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #onUserAbort: (() => void) | undefined;

  /** Starts the timeout clock and links the caller's signal. */
  constructor(timeoutMs: number, userSignal: AbortSignal | undefined) {
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
  finish(keepUserLink = false): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    if (!keepUserLink && this.#onUserAbort) this.#userSignal?.removeEventListener("abort", this.#onUserAbort);
  }

  /** Unlinks the caller's signal; called once a streamed body has ended, failed or been cancelled. */
  release(): void {
    this.finish(false);
  }
}
