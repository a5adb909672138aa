/**
 * csp: where the docs page may send requests (CSP `connect-src`). A meta
 * Content-Security-Policy is fixed when the page loads and cannot follow the
 * server a reader picks in the try-it panel, so the page allows, up front,
 * exactly the places the panel offers: its own origin, the origins of the
 * spec's servers (every value their variables' enums allow), and loopback
 * (127.0.0.1 and localhost on any port, where `vantage-codegen mock` and a
 * local backend run). A custom URL anywhere else is refused by the browser;
 * the panel says so before trying.
 */
import type { ServerModel } from "../model/model.js";

/** More expansions than this and a server's variables are taken at their defaults only. */
const MAX_EXPANSIONS = 64;

export const LOOPBACK_SOURCES = ["http://127.0.0.1:*", "http://localhost:*", "https://127.0.0.1:*", "https://localhost:*"];

/** Every URL one server can stand for: the cartesian product of its variables' values (capped). */
export function serverExpansions(server: ServerModel): string[] {
  let urls = [server.template];
  for (const [name, variable] of Object.entries(server.variables)) {
    const next: string[] = [];
    for (const url of urls) for (const value of variable.values) next.push(url.split(`{${name}}`).join(value));
    if (next.length > MAX_EXPANSIONS) return [server.url];
    urls = next;
  }
  return urls;
}

/**
 * The http(s) origin of an absolute URL, normalised by the URL parser (so it
 * can hold no space, quote or `;` that would break out of the policy), or
 * null for relative URLs (covered by 'self'), other schemes and leftover
 * `{variables}`.
 */
export function originOf(url: string): string | null {
  if (!/^https?:\/\//i.test(url) || /[{}]/.test(url)) return null;
  try {
    const origin = new URL(url).origin;
    return /^https?:\/\/[A-Za-z0-9.\-[\]:]+$/.test(origin) ? origin : null;
  } catch {
    return null;
  }
}

/** The spec's server origins a page may connect to, deduplicated, loopback ones left to LOOPBACK_SOURCES. */
export function serverOrigins(servers: ServerModel[]): string[] {
  const origins = new Set<string>();
  for (const server of servers) {
    for (const url of serverExpansions(server)) {
      const origin = originOf(url);
      if (origin && !isLoopback(origin)) origins.add(origin);
    }
  }
  return [...origins];
}

function isLoopback(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host === "127.0.0.1" || host === "localhost";
}

/** The `connect-src` value: 'self', the spec's servers, loopback. */
export function connectSources(servers: ServerModel[]): string[] {
  return ["'self'", ...serverOrigins(servers), ...LOOPBACK_SOURCES];
}
