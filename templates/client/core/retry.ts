/**
 * When to retry and how long to wait first.
 */
import { APIUserAbortError } from "./errors.js";

const INITIAL_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8_000;
/** Longest wait a server may ask for via Retry-After / X-RateLimit-Reset. */
export const MAX_SERVER_DELAY_MS = 60_000;

/** Methods that are safe to repeat without an idempotency key. */
export function isIdempotentMethod(method: string): boolean {
  return method === "get" || method === "head" || method === "put" || method === "delete" || method === "options";
}

/** Statuses that mean "try again": timeout, conflict, rate limit, server error. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * Exponential backoff for retry number `retryIndex` (0 for the first retry):
 * 0.5 s × 2^n capped at 8 s, minus up to 25% jitter so that many clients
 * failing together do not retry in lockstep.
 */
export function backoffDelayMs(retryIndex: number): number {
  const base = Math.min(INITIAL_DELAY_MS * 2 ** retryIndex, MAX_BACKOFF_MS);
  return base * (1 - Math.random() * 0.25);
}

/**
 * The wait a response asks for, in ms (not capped: the caller decides
 * whether it is worth waiting); undefined when it asks for nothing. Sources,
 * most precise first: `retry-after-ms`, `Retry-After` (seconds or an HTTP
 * date), then, on a 429/503, `X-RateLimit-Reset` (unix seconds) when
 * `X-RateLimit-Remaining` is 0.
 */
export function serverRequestedDelayMs(status: number, headers: Headers, now: number = Date.now()): number | undefined {
  const delay = readDelay(headers, now, status === 429 || status === 503);
  return delay === undefined ? undefined : Math.max(delay, 0);
}

/**
 * The server's own verdict on retrying (`x-should-retry: true|false`), or
 * undefined when it gives none.
 */
export function serverSaysRetry(headers: Headers): boolean | undefined {
  const value = headers.get("x-should-retry");
  if (value === "true") return true;
  if (value === "false") return false;
  return undefined;
}

function readDelay(headers: Headers, now: number, rateLimited: boolean): number | undefined {
  const ms = parseNumber(headers.get("retry-after-ms"));
  if (ms !== undefined) return ms;

  const retryAfter = headers.get("retry-after");
  if (retryAfter !== null) {
    const seconds = parseNumber(retryAfter);
    if (seconds !== undefined) return seconds * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return date - now;
  }

  if (rateLimited && headers.get("x-ratelimit-remaining")?.trim() === "0") {
    const reset = parseNumber(headers.get("x-ratelimit-reset"));
    if (reset !== undefined) return reset * 1000 - now;
  }
  return undefined;
}

function parseNumber(raw: string | null): number | undefined {
  if (raw === null || raw.trim() === "") return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Waits `ms`, rejecting with APIUserAbortError as soon as `signal` aborts so
 * a caller can cancel a request that is sitting in backoff.
 */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(new APIUserAbortError({ cause: signal.reason }));
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new APIUserAbortError({ cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
