/**
 * A fixed-window, in-memory rate limiter: per key (client IP by default), at
 * most `max` requests per `windowMs`. All counters reset together at the end
 * of each window, so memory stays bounded by the keys seen in one window.
 * One process only: behind several instances use a shared store instead.
 */
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

export function createRateLimiter(options: RateLimitOptions) {
  let windowEnd = 0;
  let counts = new Map<string, number>();
  return {
    hit(key: string, now = Date.now()): RateLimitState {
      if (now >= windowEnd) {
        windowEnd = (Math.floor(now / options.windowMs) + 1) * options.windowMs;
        counts = new Map();
      }
      const used = (counts.get(key) ?? 0) + 1;
      counts.set(key, used);
      return {
        limit: options.max,
        remaining: Math.max(0, options.max - used),
        reset: Math.ceil(windowEnd / 1000),
        limited: used > options.max,
        retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now) / 1000)),
      };
    },
  };
}
