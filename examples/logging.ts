/**
 * Request logging: one line per request, with the request id the response
 * carries in X-Request-ID, its method, URL, status and time. A 5xx line also
 * carries the error that caused it (message and stack; the client only ever
 * sees "internal error"). Authorization headers are never logged.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { FastifyInstance, FastifyRequest } from "fastify";

// The generated plugin echoes a client's X-Request-ID when it is this sane; anything else gets a fresh id.
const SANE_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;
const prefix = `req_${randomBytes(6).toString("hex")}`;
let counter = 0;

/**
 * Fastify's request id (the `request_id` of every log line) is the API's:
 * the client's own when sane, otherwise one made here and handed on as the
 * request's X-Request-ID, so the response, the handler's logs and this line
 * all name the same id.
 */
export function requestIdFor(raw: IncomingMessage): string {
  const header = raw.headers["x-request-id"];
  const given = Array.isArray(header) ? header[0] : header;
  if (given && SANE_ID.test(given)) return given;
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  const id = `${prefix}${counter.toString(16).padStart(12, "0")}`;
  raw.headers["x-request-id"] = id;
  return id;
}

export function addRequestLog(app: FastifyInstance): void {
  const failures = new WeakMap<FastifyRequest, Error>();
  app.addHook("onError", (request, _reply, error, done) => {
    failures.set(request, error);
    done();
  });
  app.addHook("onResponse", (request, reply, done) => {
    const status = reply.statusCode;
    const line = { method: request.method, url: request.url, status, ms: Math.round(reply.elapsedTime * 100) / 100 };
    if (status >= 500) request.log.error({ ...line, err: failures.get(request) ?? new Error(`answered ${status} without an error`) }, "request failed");
    else request.log.info(line, "request");
    done();
  });
}
