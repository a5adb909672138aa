/**
 * What a Fastify server needs, beyond the routes plugin, to hold against a
 * hostile client: limits and timeouts that only exist as server options
 * (Fastify() and Node's http.Server), and handlers for the errors Fastify and
 * Node raise before any route or hook runs — a bad percent-encoding, an
 * over-long path parameter, oversized headers, a request that is not HTTP,
 * one that arrives too slowly — so that these too answer in the API's format
 * with X-Request-ID and count towards the rate limit. Use `serverOptions()`
 * with `Fastify()`, or the generated `createServer()`.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from "fastify";
import { errorBody, type HttpError, toHttpError } from "./errors.js";
import { rateLimitedError, rateLimitHeaders, type RateLimitState } from "./rate-limit.js";
import { requestIdFor } from "./request-id.js";

export interface ServerLimits {
  /** Whole request, headers and body, in ms (default 30 s): a body that trickles in is cut off with 408. */
  requestTimeout?: number;
  /** Headers alone, in ms (default 10 s, at most requestTimeout). */
  headersTimeout?: number;
  /** A socket idle this many ms mid-request or mid-response is closed (default 120 s). */
  connectionTimeout?: number;
  /** Idle keep-alive connections are closed after this many ms (default 72 s, Fastify's: above the usual load balancer's 60 s). */
  keepAliveTimeout?: number;
  /** How often Node checks requests against the two timeouts above, in ms (default 1 s, or less for short timeouts). */
  connectionsCheckingInterval?: number;
  /** Longest path parameter, in characters (default 100): longer ones answer 414. */
  maxParamLength?: number;
  /** Largest request head (request line and headers), in bytes (default 16 KiB): larger ones answer 431. */
  maxHeaderSize?: number;
  /** Largest body of routes outside the plugin, in bytes (default 1 MiB; the plugin has its own `bodyLimit`). */
  bodyLimit?: number;
}

export type ServerOptions = ServerLimits & Omit<FastifyServerOptions, keyof ServerLimits>;

export const SERVER_DEFAULTS: Required<Omit<ServerLimits, "connectionsCheckingInterval">> = {
  requestTimeout: 30_000,
  headersTimeout: 10_000,
  connectionTimeout: 120_000,
  keepAliveTimeout: 72_000,
  maxParamLength: 100,
  maxHeaderSize: 16 * 1024,
  bodyLimit: 1024 * 1024,
};

/** What the routes plugin registers for the framework-level handlers of its server. */
export interface FrameworkContext {
  /** Counts a request from `ip` (null when rate limiting is off). */
  hit(ip: string, request?: FastifyRequest): RateLimitState | null;
  codeOf(code: string): string;
}

const contexts = new WeakMap<object, FrameworkContext>();

/** Called by the routes plugin: errors raised on `server` before a route runs use its limiter and error codes. */
export function registerFrameworkContext(server: object, context: FrameworkContext): void {
  contexts.set(server, context);
}

const plainCodes = (code: string) => code;

function limitedError(state: RateLimitState | null, error: HttpError): HttpError {
  return state?.limited ? rateLimitedError(state) : error;
}

/** Fastify's `frameworkErrors`: a bad URL or an over-long parameter, with a request but before any hook. */
function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const context = contexts.get(request.server.server);
  const state = context?.hit(request.ip, request) ?? null;
  const http = limitedError(state, toHttpError(error));
  const requestId = String(request.id);
  request.log.info({ err: error, reqId: requestId }, "request refused before routing");
  for (const [name, value] of rateLimitHeaders(state)) reply.header(name, value);
  for (const [name, value] of Object.entries(http.headers)) reply.header(name, value);
  reply
    .header("x-request-id", requestId)
    .code(http.status)
    .type("application/json; charset=utf-8")
    .send(JSON.stringify(errorBody(http, requestId, context?.codeOf ?? plainCodes)));
}

type ServerSocket = Socket & { server?: object; _httpMessage?: (ServerResponse & { req?: IncomingMessage }) | null };

/**
 * Fastify's `clientErrorHandler`: Node could not read a request (not HTTP,
 * headers too large, too slow). Written straight to the socket, which is
 * then closed, as Node itself does — but in the API's format.
 */
function clientErrorHandler(this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
  const s = socket as ServerSocket;
  if (error.code === "ECONNRESET" || error.code === "EPIPE" || socket.destroyed) return;
  const inFlight = s._httpMessage;
  // Part of a response already left: nothing valid can be written any more.
  if (!socket.writable || inFlight?.headersSent) {
    socket.destroy(error);
    return;
  }
  const context = s.server ? contexts.get(s.server) : undefined;
  const state = context?.hit(socket.remoteAddress ?? "") ?? null;
  const http = limitedError(state, toHttpError(error));
  const requestId = requestIdFor(inFlight?.req?.headers["x-request-id"]);
  this.log.info({ err: error, reqId: requestId }, "client error");
  const body = JSON.stringify(errorBody(http, requestId, context?.codeOf ?? plainCodes));
  const headers: [string, string][] = [
    ["connection", "close"],
    ["content-type", "application/json; charset=utf-8"],
    ["content-length", String(Buffer.byteLength(body))],
    ["x-request-id", requestId],
    ...rateLimitHeaders(state),
    ...Object.entries(http.headers),
  ];
  socket.write(`HTTP/1.1 ${http.status} ${STATUS_CODES[http.status] ?? "Error"}\r\n${headers.map(([k, v]) => `${k}: ${v}`).join("\r\n")}\r\n\r\n${body}`);
  socket.destroy(error);
}

/**
 * Fastify server options with safe defaults: request and header timeouts
 * (408), socket and keep-alive timeouts, parameter and header size limits
 * (414, 431), request ids from X-Request-ID (when sane) in every log line,
 * and the pre-routing errors above in the API's format. Missing Host headers
 * reach the plugin, which refuses them in the API's format (Node would answer
 * a bare 400). Any Fastify option may be given too and wins.
 */
export function serverOptions(options: ServerOptions = {}): FastifyServerOptions {
  const {
    requestTimeout,
    headersTimeout,
    connectionTimeout,
    keepAliveTimeout,
    connectionsCheckingInterval,
    maxParamLength,
    maxHeaderSize,
    bodyLimit,
    ...fastify
  } = options;
  const limits = {
    ...SERVER_DEFAULTS,
    ...definedOnly({ requestTimeout, headersTimeout, connectionTimeout, keepAliveTimeout, maxParamLength, maxHeaderSize, bodyLimit }),
  };
  // Node requires headersTimeout ≤ requestTimeout (0 turns a timeout off).
  const headers = limits.requestTimeout > 0 ? Math.min(limits.headersTimeout || limits.requestTimeout, limits.requestTimeout) : limits.headersTimeout;
  const shortest = Math.min(...[limits.requestTimeout, headers].filter((t) => t > 0), 4000);
  return {
    requestTimeout: limits.requestTimeout,
    connectionTimeout: limits.connectionTimeout,
    keepAliveTimeout: limits.keepAliveTimeout,
    bodyLimit: limits.bodyLimit,
    // The routes plugin builds its validators and serializers at start-up (seconds for a large spec on a busy machine).
    pluginTimeout: 120_000,
    genReqId: (request: IncomingMessage) => requestIdFor(request.headers["x-request-id"]),
    requestIdHeader: false,
    frameworkErrors: frameworkErrors as FastifyServerOptions["frameworkErrors"],
    clientErrorHandler: clientErrorHandler as FastifyServerOptions["clientErrorHandler"],
    ...fastify,
    routerOptions: { maxParamLength: limits.maxParamLength, ...fastify.routerOptions },
    http: {
      requireHostHeader: false,
      headersTimeout: headers,
      // Node checks the timeouts on this interval (its default, 30 s, would let a slow client run over by as much).
      connectionsCheckingInterval: connectionsCheckingInterval ?? Math.max(50, Math.floor(shortest / 4)),
      maxHeaderSize: limits.maxHeaderSize,
      ...(fastify as { http?: object }).http,
    },
  } as FastifyServerOptions;
}

function definedOnly<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
