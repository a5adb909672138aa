/**
 * One HTTP attempt: it is cut off by its timeout or by the caller's signal,
 * and remembers which. How the request is cut off belongs to the transport:
 * an AbortSignal given to fetch (attempt-signal.ts), or undici's own abort
 * on Node's built-in fetch (attempt-undici.ts, installed by node.ts), which
 * spares fetch the cost of following a signal on every request.
 */
import { clock, type Deadline } from "./deadline.js";

// setTimeout fires at once for delays above 2^31-1 ms; treat those as "none".
const MAX_TIMER_MS = 2_147_483_647;

/** The fetch the client calls. */
export type FetchLike = (url: string, init: RequestInit & Record<string, unknown>) => Promise<Response>;

/** An attempt's clock and its link to the caller's signal; subclasses say how the request is cut off. */
export abstract class Attempt implements Deadline {
  /** True once the attempt's timeout fired. */
  timedOut = false;
  /** @internal The portable clock's timer. */
  timer: ReturnType<typeof setTimeout> | undefined;
  readonly #userSignal: AbortSignal | undefined;
  readonly #onUserAbort: (() => void) | undefined;

  /** Starts the timeout clock and links the caller's signal (checked not to be aborted already). */
  constructor(timeoutMs: number, userSignal: AbortSignal | undefined) {
    if (timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS) clock.start(this, timeoutMs);
    this.#userSignal = userSignal;
    if (userSignal) {
      this.#onUserAbort = () => this.cut(userSignal.reason);
      // A signal aborts once, and finish() removes the listener: no `once` needed.
      userSignal.addEventListener("abort", this.#onUserAbort);
    }
  }

  /** Calls `fetchImpl(url, init)`, with what cuts this attempt off added to `init`. */
  abstract send(fetchImpl: FetchLike, url: string, init: RequestInit & Record<string, unknown>): Promise<Response>;

  /** Cuts the request off, wherever it is: connecting, waiting for headers or reading the body. */
  protected abstract cut(reason: unknown): void;

  /** @internal The clock's call. */
  onDeadline(): void {
    this.timedOut = true;
    // The transport's own abort error is the cause; APITimeoutError says what happened.
    this.cut(undefined);
  }

  /**
   * Stops the timeout. With `keepUserLink` the caller's signal stays linked,
   * so it can still cancel a streamed response body after we return it.
   */
  finish(keepUserLink = false): void {
    clock.stop(this);
    // Removing twice (finish, then release) is harmless.
    if (!keepUserLink && this.#onUserAbort) this.#userSignal?.removeEventListener("abort", this.#onUserAbort);
  }

  /** Unlinks the caller's signal; called once a streamed body has ended, failed or been cancelled. */
  release(): void {
    this.finish(false);
  }
}
