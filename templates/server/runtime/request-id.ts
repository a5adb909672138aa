/**
 * X-Request-ID: the client's own id is echoed when it is a sane token (so a
 * log line can be matched end to end), otherwise a fresh one is made.
 */
import { randomBytes } from "node:crypto";

const SANE_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

// A random per-process prefix and a counter: unique, and far cheaper than random bytes per request.
const prefix = `req_${randomBytes(6).toString("hex")}`;
let counter = 0;

export function requestIdFor(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  if (given && SANE_ID.test(given)) return given;
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  return `${prefix}${counter.toString(16).padStart(12, "0")}`;
}

/**
 * The id of a request: Fastify's own when serverOptions()' genReqId made it
 * (so the logs carry the same id as X-Request-ID), otherwise one made here.
 */
export function requestIdOf(request: { id: unknown; headers: Record<string, string | string[] | undefined> }): string {
  const id = request.id;
  const header = request.headers["x-request-id"];
  if (typeof id === "string" && (id.startsWith(prefix) || (id === header && SANE_ID.test(id)))) return id;
  return requestIdFor(header);
}
