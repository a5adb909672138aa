/**
 * front: the mock's own HTTP server, in front of Prism. Prism routes,
 * validates requests and picks responses (`Prefer: code=`, `example=`,
 * `dynamic=`); this server makes what Prism answers trustworthy:
 * - every JSON body it sends is valid against the spec: Prism's generated
 *   data is checked with ajv and repaired (too many properties or items, a
 *   pattern or format missed…), and a 5xx nobody asked for (Prism failing on
 *   its own output) is replaced by a valid success response;
 * - invalid requests (and malformed JSON, unknown routes, missing
 *   credentials) answer the spec's error status with a body in the API's own
 *   error format naming the field and the rule (Prism puts the real reason
 *   only in its `sl-violations` header);
 * - `Prefer: delay=MS` (or `--delay`) waits before answering.
 */
import http from "node:http";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { conform, sample, type FakeContext } from "./fake.js";
import { ErrorResponses, STATUS_CODES, withRequestId, type Problem } from "./error-body.js";
import { parsePrefer, preferForPrism } from "./prefer.js";
import { createRng, hashString } from "./rng.js";
import { RouteTable, type RouteMatch } from "./routes.js";
import { SpecSchemas } from "./schemas.js";
import { describeViolation, firstRequestViolation, parseViolations } from "./violations.js";
import type { Model } from "../model/model.js";

export interface FrontOptions {
  model: Model;
  /** Where Prism listens. */
  upstream: string;
  port: number;
  host: string;
  /** Seed of the repairs' random data (Prism gets the same seed). */
  seed: number;
  /** Default latency in ms (a request's `Prefer: delay=` wins). */
  delay?: number;
  /** A line for each response repaired or replaced (for the console). */
  onNote?: (line: string) => void;
}

export interface FrontServer {
  url: string;
  close(): Promise<void>;
}

interface Upstream {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "date"]);

export async function startFront(options: FrontOptions): Promise<FrontServer> {
  const schemas = new SpecSchemas(options.model.refs);
  const routes = new RouteTable(options.model.operations);
  const errors = new ErrorResponses(schemas, options.model.operations);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const upstream = new URL(options.upstream);

  const server = http.createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      options.onNote?.(`mock: ${request.method} ${request.url} failed: ${(error as Error).message}`);
      if (!response.headersSent) {
        response.writeHead(502, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: "mock_unavailable", message: "The mock could not reach Prism" }));
      } else response.destroy();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const body = await readBody(request);
    const url = new URL(request.url ?? "/", "http://mock");
    const prefer = parsePrefer(request.headers.prefer);
    const delay = prefer.delay ?? options.delay ?? 0;
    const match = request.method === "OPTIONS" ? null : routes.match(request.method ?? "GET", url.pathname);
    const rng = createRng(hashString(`${options.seed}|${request.method}|${request.url}|${body.toString("latin1")}`));
    const ctx: FakeContext = { schemas, rng };
    const requestId = clientRequestId(request.headers["x-request-id"]) ?? `req_${randomBytes(8).toString("hex")}`;

    const send = async (status: number, headers: http.OutgoingHttpHeaders, payload: Buffer | string) => {
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      const bytes = typeof payload === "string" ? Buffer.from(payload) : payload;
      response.writeHead(status, { ...headers, "content-length": bytes.length });
      response.end(request.method === "HEAD" ? undefined : bytes);
    };
    const sendError = async (problem: Problem, base: http.OutgoingHttpHeaders = corsHeaders(request)) => {
      const built = errors.build(match?.operation ?? null, problem, ctx);
      if (!built)
        return send(
          problem.status,
          { ...base, "content-type": "application/json" },
          JSON.stringify({
            error: problem.code,
            message: problem.message,
            details: { field: problem.field, code: problem.rule },
            request_id: problem.requestId,
          }),
        );
      return send(built.status, { ...base, "content-type": built.contentType, "x-request-id": problem.requestId }, JSON.stringify(built.body));
    };

    // Malformed JSON: Prism answers it in a format of its own.
    if (match && body.length && isJson(request.headers["content-type"])) {
      try {
        JSON.parse(body.toString("utf8"));
      } catch {
        return sendError({
          status: errors.validationStatus(match.operation),
          code: "validation_error",
          message: "The request body is not valid JSON",
          field: "body",
          rule: "malformed_json",
          requestId,
        });
      }
    }

    const forwarded = await forward(request, body);
    const headers = copyHeaders(forwarded.headers);
    if (forwarded.headers["x-request-id"] !== undefined) headers["x-request-id"] = requestId;
    if (request.method === "OPTIONS") return send(forwarded.status, headers, forwarded.body);

    if (!match) {
      if (forwarded.status !== 404 && forwarded.status !== 405) return send(forwarded.status, headers, forwarded.body);
      const wrongMethod = routes.hasPath(url.pathname);
      return sendError(
        {
          status: 404,
          code: STATUS_CODES[404],
          message: wrongMethod ? `${request.method} is not an operation of ${url.pathname}` : `No route for ${request.method} ${url.pathname}`,
          requestId,
        },
        headers,
      );
    }

    const violations = parseViolations(forwarded.headers["sl-violations"]);
    const asked = prefer.code;
    if (forwarded.status >= 400 && forwarded.status !== asked) {
      const violation = firstRequestViolation(violations);
      if (forwarded.status === 401 || (violation && Number(violation.code) === 401)) {
        return sendError(
          { status: 401, code: STATUS_CODES[401], message: "Missing or invalid credentials", field: "authorization", rule: "missing_credentials", requestId },
          headers,
        );
      }
      if (forwarded.status === 403 && violation && Number(violation.code) === 403) {
        return sendError({ status: 403, code: STATUS_CODES[403], message: violation.message ?? "Forbidden", requestId }, headers);
      }
      if (violation && (forwarded.status === 400 || forwarded.status === 422 || forwarded.status === 415 || forwarded.status === 406)) {
        const { field, rule, message } = describeViolation(violation);
        const status = forwarded.status === 415 || forwarded.status === 406 ? forwarded.status : errors.validationStatus(match.operation, forwarded.status);
        return sendError({ status, code: STATUS_CODES[status] ?? "validation_error", message, field, rule, requestId }, headers);
      }
    }

    // A 5xx nobody asked for is Prism failing, not the API: answer the success response instead.
    let status = forwarded.status;
    if (status >= 500 && asked !== status) {
      const success = schemas.success(match.operation);
      options.onNote?.(`mock: Prism answered ${status} on ${request.method} ${url.pathname}; sent a generated ${success?.status ?? 200} instead`);
      status = success?.status ?? 200;
      const made = success?.schema ? makeValid(success.schema, success.example, ctx) : undefined;
      return send(status, { ...headers, "content-type": success?.mediaType ?? "application/json" }, made === undefined ? "" : JSON.stringify(made));
    }
    return send(status, headers, repairBody(match, status, headers, forwarded.body, ctx, requestId));
  }

  /** The body as sent when it is valid, else repaired; error bodies carry this request's id. */
  function repairBody(match: RouteMatch, status: number, headers: http.OutgoingHttpHeaders, body: Buffer, ctx: FakeContext, requestId: string): Buffer {
    const declared = schemas.declared(match.operation, status);
    const type = String(headers["content-type"] ?? "");
    if (!declared?.schema || !body.length || !isJson(type)) return body;
    let value: unknown;
    try {
      value = JSON.parse(body.toString("utf8"));
    } catch {
      value = undefined;
    }
    if (status >= 400 && value && typeof value === "object") value = withRequestId(value, requestId, schemas.validator(declared.schema));
    const validate = schemas.validator(declared.schema);
    if (value !== undefined && validate(value)) return Buffer.from(JSON.stringify(value));
    const fixed = makeValid(declared.schema, value, ctx, declared.example);
    options.onNote?.(`mock: repaired the ${status} body of ${match.operation.method.toUpperCase()} ${match.operation.path} (${describe(validate.errors)})`);
    return Buffer.from(JSON.stringify(fixed));
  }

  function makeValid(schema: Record<string, unknown>, value: unknown, ctx: FakeContext, example?: unknown): unknown {
    const validate = schemas.validator(schema);
    const candidates = [
      () => conform(schema, value === undefined ? sample(schema, ctx) : value, ctx),
      () => example,
      () => conform(schema, sample(schema, ctx), ctx),
    ];
    let last: unknown;
    for (const next of candidates) {
      const candidate = next();
      if (candidate === undefined) continue;
      last = candidate;
      if (validate(candidate)) return candidate;
    }
    options.onNote?.(`mock: could not make a body valid against its schema (${describe(validate.errors)}); sent the closest`);
    return last;
  }

  function forward(request: http.IncomingMessage, body: Buffer): Promise<Upstream> {
    const headers: http.OutgoingHttpHeaders = { ...request.headers, host: upstream.host };
    const preferHeader = preferForPrism(request.headers.prefer);
    if (preferHeader) headers.prefer = preferHeader;
    else delete headers.prefer;
    delete headers["content-length"];
    delete headers["transfer-encoding"];
    if (body.length) headers["content-length"] = body.length;
    return new Promise((resolve, reject) => {
      const outgoing = http.request({ host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers, agent }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (c: Buffer) => chunks.push(c));
        incoming.on("end", () => resolve({ status: incoming.statusCode ?? 502, headers: incoming.headers, body: Buffer.concat(chunks) }));
        incoming.on("error", reject);
      });
      outgoing.on("error", reject);
      outgoing.end(body.length ? body : undefined);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function isJson(type: string | string[] | undefined): boolean {
  const t = String(Array.isArray(type) ? type[0] : (type ?? "")).toLowerCase();
  return /^application\/([a-z0-9.+-]*\+)?json\b/.test(t) || /[/+]json\b/.test(t);
}

function copyHeaders(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
  return out;
}

function corsHeaders(request: http.IncomingMessage): http.OutgoingHttpHeaders {
  return request.headers.origin ? { "access-control-allow-origin": "*", "access-control-expose-headers": "*" } : {};
}

/** The client's X-Request-ID when it is sane (what the generated server echoes). */
function clientRequestId(value: string | string[] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return v && /^[A-Za-z0-9._:-]{1,128}$/.test(v) ? v : null;
}

function describe(errors: { instancePath: string; message?: string }[] | null | undefined): string {
  const first = errors?.[0];
  return first ? `${first.instancePath || "/"} ${first.message ?? "invalid"}` : "invalid";
}
