/**
 * Facts the Vantage API reports in response headers on every response.
 */

/** The caller's rate-limit window, from the `X-RateLimit-*` headers. */
export interface RateLimitInfo {
  /** Requests allowed per window (`X-RateLimit-Limit`). */
  limit: number;
  /** Requests left in the current window (`X-RateLimit-Remaining`). */
  remaining: number;
  /** When the window resets, in unix seconds (`X-RateLimit-Reset`). */
  reset: number;
}

/** The server's id for this request (`X-Request-ID`), or null when absent. */
export function readRequestId(headers: Headers): string | null {
  return headers.get("x-request-id");
}

/**
 * Parses the `X-RateLimit-*` headers. Returns null unless all three are
 * present and numeric: a partial window is more misleading than none.
 */
export function readRateLimit(headers: Headers): RateLimitInfo | null {
  const limit = toNumber(headers.get("x-ratelimit-limit"));
  const remaining = toNumber(headers.get("x-ratelimit-remaining"));
  const reset = toNumber(headers.get("x-ratelimit-reset"));
  if (limit === undefined || remaining === undefined || reset === undefined) return null;
  return { limit, remaining, reset };
}

function toNumber(raw: string | null): number | undefined {
  if (raw === null || raw.trim() === "") return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}
