/**
 * A fixed-window, in-memory rate limiter: per key (client IP by default), at
 * most `max` requests per `windowMs`. All counters reset together at the end
 * of each window, so memory stays bounded by the keys seen in one window.
 * One process only: behind several instances use a shared store instead.
 */
import { HttpError } from "./errors.js";

export interface RateLimitOptions {
  max: number;
  windowMs: number;
}

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Unix time (seconds) at which the window resets. */
  reset: number;
  limited: boolean;
  retryAfterSeconds: number;
}

const LIMIT = "x-ratelimit-limit";
const REMAINING = "x-ratelimit-remaining";
const RESET = "x-ratelimit-reset";

/** The X-RateLimit-* headers of a state, for answers written outside a route (Retry-After travels with rateLimitedError). */
export function rateLimitHeaders(state: RateLimitState | null): [string, string][] {
  if (!state) return [];
  return [
    [LIMIT, String(state.limit)],
    [REMAINING, String(state.remaining)],
    [RESET, String(state.reset)],
  ];
}

/** The 429 for a request over the limit, carrying its Retry-After. */
export function rateLimitedError(state: RateLimitState): HttpError {
  return new HttpError(429, "rate_limit_exceeded", `Too many requests, retry after ${state.retryAfterSeconds} seconds`, undefined, {
    "retry-after": String(state.retryAfterSeconds),
  });
}

/** Where a reply's X-RateLimit-* headers go (Fastify's reply). */
interface HeaderSink {
  header(name: string, value: string): unknown;
}

export interface RateLimiter {
  /** Counts a request of `key` and tells where it stands. */
  hit(key: string, now?: number): RateLimitState;
  /**
   * The per-request path: counts a request of `key`, writes its three
   * headers and returns null, or the state when the request is over the
   * limit. Nothing is allocated while under it (the header texts are kept).
   */
  hitWithHeaders(key: string, reply: HeaderSink): RateLimitState | null;
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const max = options.max;
  const limitText = String(max);
  let windowEnd = 0;
  let resetText = "";
  // One mutable cell per key: a request costs one lookup, not a get and a set.
  let counts = new Map<string, { used: number }>();

  const count = (key: string, now: number): number => {
    if (now >= windowEnd) {
      windowEnd = (Math.floor(now / options.windowMs) + 1) * options.windowMs;
      resetText = String(Math.ceil(windowEnd / 1000));
      counts = new Map();
    }
    const cell = counts.get(key);
    if (cell === undefined) {
      counts.set(key, { used: 1 });
      return 1;
    }
    return ++cell.used;
  };

  const stateOf = (used: number, now: number): RateLimitState => ({
    limit: max,
    remaining: Math.max(0, max - used),
    reset: Math.ceil(windowEnd / 1000),
    limited: used > max,
    retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now) / 1000)),
  });

  return {
    hit(key, now = Date.now()) {
      return stateOf(count(key, now), now);
    },
    hitWithHeaders(key, reply) {
      const now = Date.now();
      const used = count(key, now);
      reply.header(LIMIT, limitText);
      reply.header(REMAINING, used >= max ? "0" : String(max - used));
      reply.header(RESET, resetText);
      return used > max ? stateOf(used, now) : null;
    },
  };
}
