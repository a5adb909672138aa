/**
 * An attempt on Node's built-in fetch, cut off through undici itself.
 *
 * Node's fetch pays for any AbortSignal it is given, on every request (a
 * WeakRef, a FinalizationRegistry entry and listeners on both sides): about
 * a tenth of a small request's cost. Undici hands each request's handler an
 * `abort` function instead, so the attempt passes itself to fetch as the
 * `dispatcher` (a documented fetch option in Node), forwards every call to
 * the real dispatcher (the caller's `fetchOptions.dispatcher`, else the
 * global one) and keeps that function. Until undici has connected there is
 * no function yet; the attempt then settles its own promise at once and
 * aborts the request the moment it connects.
 */
import { Attempt, type FetchLike } from "./attempt.js";

/** The part of undici's Dispatcher that fetch uses. */
export interface UndiciDispatcher {
  dispatch(options: unknown, handler: UndiciHandler): boolean;
  readonly isMockActive?: boolean;
}

type Abort = (reason?: unknown) => void;

/** Undici's request handler, as fetch writes it. */
interface UndiciHandler {
  onConnect(abort: Abort, context?: unknown): void;
  onResponseStarted?(): void;
  onHeaders(status: number, headers: unknown, resume: () => void, statusText: string): boolean;
  onData(chunk: unknown): boolean;
  onComplete(trailers: unknown): void;
  onError(error: unknown): void;
  onUpgrade?(status: number, headers: unknown, socket: unknown): void;
  onBodySent?(chunk: unknown): void;
  onRequestSent?(): void;
}

// The key under which Node's fetch and the undici package share the global dispatcher.
const GLOBAL_DISPATCHER = Symbol.for("undici.globalDispatcher.1");

/** True where `fetch` is Node's own (undici's), so a dispatcher option reaches undici. */
export function isNodeFetch(fetchImpl: unknown): boolean {
  const versions = (globalThis as { process?: { versions?: Record<string, string | undefined> } }).process?.versions;
  return typeof versions?.undici === "string" && fetchImpl === globalThis.fetch;
}

// Set once a fetch that looked like Node's resolved without dispatching through us (a mock, a wrapper).
let notUndici = false;

/** The dispatcher a request with these fetch options goes through, if it is a usable one. */
export function dispatcherFor(init: Record<string, unknown>): UndiciDispatcher | undefined {
  if (notUndici) return undefined;
  const dispatcher = (init.dispatcher ?? (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER]) as UndiciDispatcher | undefined;
  return dispatcher && typeof dispatcher.dispatch === "function" ? dispatcher : undefined;
}

/** An attempt that is its own request's dispatcher. */
export class UndiciAttempt extends Attempt {
  #dispatched = false;
  readonly #dispatcher: UndiciDispatcher;
  #abort: Abort | undefined;
  #reject: ((reason: unknown) => void) | undefined;
  #cut = false;
  #cutReason: unknown;

  /** Like Attempt's, with the dispatcher (from dispatcherFor) the request really goes through. */
  constructor(timeoutMs: number, userSignal: AbortSignal | undefined, dispatcher: UndiciDispatcher) {
    super(timeoutMs, userSignal);
    this.#dispatcher = dispatcher;
  }

  send(fetchImpl: FetchLike, url: string, init: RequestInit & Record<string, unknown>): Promise<Response> {
    init.dispatcher = this;
    init.signal = undefined;
    return new Promise<Response>((resolve, reject) => {
      this.#reject = reject;
      fetchImpl(url, init).then((response) => {
        // That fetch never reached undici: from now on every attempt uses a signal.
        if (!this.#dispatched) notUndici = true;
        resolve(response);
      }, reject);
    });
  }

  /** Fetch reads this from its dispatcher (undici's MockAgent sets it). */
  get isMockActive(): boolean | undefined {
    return this.#dispatcher.isMockActive;
  }

  /** @internal Called by fetch, once per request it sends (a redirect sends another). */
  dispatch(options: unknown, handler: UndiciHandler): boolean {
    this.#dispatched = true;
    return this.#dispatcher.dispatch(options, new TappedHandler(handler, this));
  }

  /** @internal Undici has connected the request and says how to abort it. */
  connected(abort: Abort): void {
    if (this.#cut) abort(this.#cutReason);
    else this.#abort = abort;
  }

  protected cut(reason: unknown): void {
    if (this.#cut) return;
    this.#cut = true;
    this.#cutReason = reason;
    // Settles the attempt even before undici has connected; a no-op once fetch has resolved.
    this.#reject?.(reason);
    this.#abort?.(reason);
  }
}

/** Fetch's handler, unchanged but for keeping the abort function it is given. */
class TappedHandler implements UndiciHandler {
  readonly #inner: UndiciHandler;
  readonly #attempt: UndiciAttempt;

  constructor(inner: UndiciHandler, attempt: UndiciAttempt) {
    this.#inner = inner;
    this.#attempt = attempt;
  }

  onConnect(abort: Abort, context?: unknown): void {
    this.#inner.onConnect(abort, context);
    this.#attempt.connected(abort);
  }

  onResponseStarted(): void {
    this.#inner.onResponseStarted?.();
  }

  onHeaders(status: number, headers: unknown, resume: () => void, statusText: string): boolean {
    return this.#inner.onHeaders(status, headers, resume, statusText);
  }

  onData(chunk: unknown): boolean {
    return this.#inner.onData(chunk);
  }

  onComplete(trailers: unknown): void {
    this.#inner.onComplete(trailers);
  }

  onError(error: unknown): void {
    this.#inner.onError(error);
  }

  onUpgrade(status: number, headers: unknown, socket: unknown): void {
    this.#inner.onUpgrade?.(status, headers, socket);
  }

  onBodySent(chunk: unknown): void {
    this.#inner.onBodySent?.(chunk);
  }

  onRequestSent(): void {
    this.#inner.onRequestSent?.();
  }
}
