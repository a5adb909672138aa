/**
 * The generated server against a hostile internet and an unlucky client, on
 * real Fastify servers on 127.0.0.1 (raw sockets where the request must be
 * malformed): responses serialized from their schemas, JSON depth and size
 * limits, request and handler timeouts, errors raised before any handler in
 * the API's format with X-Request-ID (and counted by the rate limiter), the
 * client's request id in the logs, dates JavaScript can't hold refused,
 * undeclared upload parts refused unbuffered, concurrent uploads bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import net from "node:net";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { loadSpec } from "../generators/load/load.js";
import { createSchemaValidator } from "./helpers/openapi-schema.js";
import { createServer, serverOptions, SERVER_DEFAULTS, HttpError } from "../generated/server/index.js";
import { errorCodeResolver } from "../templates/server/runtime/errors.js";
import { dateFormats } from "../templates/server/runtime/formats.js";
import { nestsDeeperThan, valueDeeperThan } from "../templates/server/runtime/json-body.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
const AUTH = { authorization: "Bearer test-key" };
let document: any;
let validator: ReturnType<typeof createSchemaValidator>;

const job = {
  id: "job_1",
  name: "sim",
  status: "running",
  cluster_id: "cluster_abc",
  user_id: "user_456",
  command: "python sim.py",
  resources: { cpus: 4, memory: "8GB", gpus: 1 },
  created_at: "2024-01-15T10:30:00Z",
};

/** Counts what reached each handler, so a test can tell a refusal happened before it. */
const reached: Record<string, number> = { createJob: 0, uploadFile: 0, getJob: 0 };
let releaseUploads: () => void = () => undefined;
let uploadsHeld: Promise<void> = Promise.resolve();
const logs: any[] = [];
let app: FastifyInstance | undefined;
let url: string;
let port: number;

const handlers = {
  getJob: async ({ params }: { params: { job_id: string } }) => {
    reached.getJob++;
    switch (params.job_id) {
      case "job_extra":
        return { status: 200, body: { ...job, internal_note: "not in the schema", resources: { ...job.resources, nested: { deep: true } } } };
      case "job_teapot":
        return { status: 418, body: job };
      case "job_broken": {
        const { id: _id, ...rest } = job;
        return { status: 200, body: rest };
      }
      case "job_slow":
        await new Promise((resolve) => setTimeout(resolve, 1500));
        return { status: 200, body: job };
      case "job_slow_fail":
        await new Promise((resolve) => setTimeout(resolve, 1500));
        throw new Error("too late to matter");
      case "job_404":
        return { status: 404, body: { error: "resource_not_found", message: "no such job", request_id: "x", stack: "at secret.ts:1" } };
      default:
        return { status: 200, body: job };
    }
  },
  createJob: async ({ body }: { body: Record<string, unknown> }) => {
    reached.createJob++;
    return { status: 201, body: { ...job, ...body } };
  },
  createWebhook: async ({ body }: { body: Record<string, unknown> }) => ({
    status: 201,
    // The handler echoes what it stored, secret included: the serializer must not send it.
    body: { id: "wh_1", created_at: "2024-01-15T10:30:00Z", ...body },
  }),
  listJobs: async () => ({ status: 200, body: { total: 0, page: 1, per_page: 50, jobs: [] } }),
  uploadFile: async () => {
    reached.uploadFile++;
    await uploadsHeld;
    return {
      status: 201,
      body: {
        id: "file_1",
        name: "a.txt",
        path: "/a.txt",
        size: 1,
        content_type: "text/plain",
        checksum: "sha256:00",
        owner_id: "user_456",
        created_at: "2024-01-15T10:30:00Z",
        updated_at: "2024-01-15T10:30:00Z",
      },
    };
  },
};

beforeAll(async () => {
  document = (await loadSpec(path.join(repoRoot, "spec/openapi.yaml"))).document;
  validator = createSchemaValidator(document);
  app = await createServer({
    handlers: handlers as never,
    authenticate: (token: string) => (token === "test-key" ? { userId: "user_456" } : null),
    handlerTimeout: 400,
    maxConcurrentUploads: 1,
    server: {
      requestTimeout: 2500,
      headersTimeout: 2000,
      logger: { level: "info", stream: { write: (line: string) => logs.push(JSON.parse(line)) } },
    },
  });
  url = await app.listen({ host: "127.0.0.1", port: 0 });
  port = (app.server.address() as net.AddressInfo).port;
}, 120_000);

afterAll(async () => {
  releaseUploads();
  await app?.close();
});

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: any;
  ms: number;
}

async function call(route: string, init: RequestInit = {}): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(url + route, { ...init, headers: { ...AUTH, ...(init.headers as Record<string, string>) } });
  const text = await response.text();
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: text && response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text,
    ms: Date.now() - started,
  };
}

/**
 * Writes `parts` to a raw socket (waiting `gapMs` between them, stopping once
 * the server has answered) and parses the one response it gets back.
 */
function raw(target: number, parts: (string | Buffer)[], gapMs = 0): Promise<Answer & { closed: boolean }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(target, "127.0.0.1");
    const chunks: Buffer[] = [];
    let answered = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString("utf8");
      const end = text.indexOf("\r\n\r\n");
      if (end < 0) return reject(new Error(`no HTTP response, got ${JSON.stringify(text.slice(0, 200))}`));
      const [statusLine, ...lines] = text.slice(0, end).split("\r\n");
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
      const bodyText = text.slice(end + 4, headers["content-length"] ? end + 4 + Number(headers["content-length"]) : undefined);
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body: bodyText ? JSON.parse(bodyText) : bodyText, ms: Date.now() - started, closed });
    };
    socket.on("data", (chunk) => {
      chunks.push(chunk);
      const text = Buffer.concat(chunks).toString("utf8");
      const end = text.indexOf("\r\n\r\n");
      const length = /content-length: (\d+)/i.exec(text)?.[1];
      if (end >= 0 && length !== undefined && Buffer.byteLength(text) >= end + 4 + Number(length)) {
        answered = true;
        socket.destroy();
        finish(false);
      }
    });
    socket.on("close", () => {
      if (!answered) finish(true);
    });
    socket.on("error", () => undefined);
    let index = 0;
    const next = () => {
      if (answered || socket.destroyed || index >= parts.length) return;
      socket.write(parts[index++]);
      timer = setTimeout(next, gapMs);
    };
    socket.on("connect", next);
  });
}

/** An error in the API's format, valid by the spec's Error schema, with X-Request-ID and the rate-limit headers. */
function expectApiError(answer: Answer, status: number, code: string, detailCode?: string): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(validator.validate(document.components.schemas.Error, answer.body, "response")).toEqual([]);
  expect(answer.body.error).toBe(code);
  expect(answer.headers["x-request-id"]).toMatch(/\S/);
  expect(answer.body.request_id).toBe(answer.headers["x-request-id"]);
  expect(answer.headers["x-ratelimit-limit"]).toMatch(/^\d+$/);
  if (detailCode !== undefined) expect(answer.body.details?.code).toBe(detailCode);
  expect(JSON.stringify(answer.body)).not.toMatch(/FST_|HPE_|node_modules|\.(js|ts):\d+/);
}

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { "content-type": "application/json" },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

describe("responses are serialized from their response schema", () => {
  it("undeclared fields are dropped, at every level; declared and readOnly ones are sent", async () => {
    const answer = await call("/jobs/job_extra");
    expect(answer.status).toBe(200);
    expect(answer.body).not.toHaveProperty("internal_note");
    expect(answer.body.resources).toEqual(job.resources);
    // readOnly fields are server-owned: responses carry them.
    expect(answer.body).toMatchObject({ id: "job_1", status: "running", user_id: "user_456", created_at: job.created_at });
    expect(validator.validate(document.components.schemas.Job, answer.body, "response")).toEqual([]);
  });

  it("a writeOnly field (the webhook secret) never leaves, even when the handler returns it", async () => {
    const answer = await call(
      "/webhooks",
      json("POST", { url: "https://example.com/hook", events: ["job.failed"], active: true, secret: "s3cret-value-0123456789" }),
    );
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ id: "wh_1", url: "https://example.com/hook", active: true });
    expect(JSON.stringify(answer.body)).not.toContain("s3cret-value");
    expect(answer.body).not.toHaveProperty("secret");
  });

  it("an error body a handler returns is filtered by the Error schema too", async () => {
    const answer = await call("/jobs/job_404");
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ error: "resource_not_found", message: "no such job", request_id: "x" });
  });

  it("an undeclared status, or a body missing a required field, is a logged 500 internal_error", async () => {
    for (const id of ["job_teapot", "job_broken"]) {
      const before = logs.length;
      const answer = await call(`/jobs/${id}`);
      expectApiError(answer, 500, "internal_error");
      expect(JSON.stringify(answer.body)).not.toMatch(/418|required|does not declare/);
      const logged = logs.slice(before).find((l) => l.level >= 50 && l.reqId === answer.headers["x-request-id"]);
      expect(logged, `no error log for ${id}`).toBeDefined();
      expect(logged.err.message).toMatch(id === "job_teapot" ? /418/ : /"id" is required/);
    }
  });
});

describe("request bodies: closed objects, depth and size", () => {
  it("a value nested 5,000 levels deep answers 400 too_deep and never reaches the handler", async () => {
    const deep = `{"name":"deep","cluster_id":"cluster_abc","command":"x","resources":{"cpus":1,"memory":"1GB","x":${"[".repeat(5000)}${"]".repeat(5000)}}}`;
    const before = reached.createJob;
    expectApiError(await call("/jobs", json("POST", deep)), 400, "validation_error", "too_deep");
    // A short body (checked once parsed, not scanned) just past the limit: 65 levels.
    const short = `{"name":"deep","cluster_id":"cluster_abc","command":"x","resources":{"cpus":1,"memory":"1GB","x":${"[".repeat(63)}${"]".repeat(63)}}}`;
    expectApiError(await call("/jobs", json("POST", short)), 400, "validation_error", "too_deep");
    // Brackets inside strings are text, not nesting.
    const text = await call("/jobs", json("POST", { name: "ok", cluster_id: "cluster_abc", command: "[".repeat(5000), resources: { cpus: 1, memory: "1GB" } }));
    expect(text.status).toBe(201);
    expect(reached.createJob).toBe(before + 1);
  });

  it("over the body limit: 413 too_large", async () => {
    const huge = JSON.stringify({ name: "big", cluster_id: "cluster_abc", command: "x".repeat(2 * 1024 * 1024), resources: { cpus: 1, memory: "1GB" } });
    expectApiError(await call("/jobs", json("POST", huge)), 413, "validation_error", "too_large");
  });

  it("the depth checks count only real nesting, on text and on parsed values alike", () => {
    for (const [text, deep] of [
      ['{"a":[[1]]}', false],
      ['{"a":[[[1]]]}', true],
      ['{"a":"[[[[\\"[[[["}', false],
      ['[{},{"b":{"c":[]}}]', true],
      ['[1,[2],{"x":3}]', false],
    ] as const) {
      expect(nestsDeeperThan(text, 3), text).toBe(deep);
      expect(valueDeeperThan(JSON.parse(text), 3), text).toBe(deep);
    }
  });
});

describe("timeouts", () => {
  it("a body trickling in one byte every 2 s is cut off: 408 request_timeout in the API's format", async () => {
    const head =
      "POST /jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer test-key\r\nContent-Type: application/json\r\nX-Request-ID: trickle-1\r\nContent-Length: 200\r\n\r\n";
    const answer = await raw(port, [head, ...'{"name":"slow","cluster_id":"c"'.split("")], 2000);
    expect(answer.status).toBe(408);
    expect(answer.body).toMatchObject({ error: "request_timeout", request_id: "trickle-1" });
    expect(answer.headers["x-request-id"]).toBe("trickle-1");
    expect(validator.validate(document.components.schemas.Error, answer.body, "response")).toEqual([]);
    // requestTimeout 2.5 s, checked every 0.5 s.
    expect(answer.ms).toBeLessThan(6000);
  }, 20_000);

  it("headers trickling in are cut off too", async () => {
    const answer = await raw(port, ["GET /users/me HTTP/1.1\r\nHost: 127.0.0.1\r\n", ...Array.from({ length: 10 }, (_, i) => `X-Slow-${i}: 1\r\n`)], 700);
    expect(answer.status).toBe(408);
    expect(answer.body.error).toBe("request_timeout");
    expect(answer.ms).toBeLessThan(5000);
  }, 20_000);

  it("a handler past its timeout answers 503 service_unavailable; what it does afterwards is dropped", async () => {
    const slow = await call("/jobs/job_slow");
    expectApiError(slow, 503, "service_unavailable");
    expect(slow.headers["retry-after"]).toBe("1");
    expect(slow.ms).toBeLessThan(1400);
    const failing = await call("/jobs/job_slow_fail");
    expectApiError(failing, 503, "service_unavailable");
    // Let both handlers finish late; the server keeps serving and logged no 500 for them.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await call("/jobs/job_ok")).status).toBe(200);
    expect(logs.filter((l) => l.msg === "handler timed out").length).toBeGreaterThanOrEqual(2);
    expect(logs.some((l) => l.err?.message === "too late to matter" && l.level >= 50)).toBe(false);
  }, 20_000);

  it("serverOptions() has safe defaults, each configurable", () => {
    const defaults = serverOptions() as any;
    expect(defaults.requestTimeout).toBe(SERVER_DEFAULTS.requestTimeout);
    expect(defaults.requestTimeout).toBeGreaterThan(0);
    expect(defaults.http.headersTimeout).toBeLessThanOrEqual(defaults.requestTimeout);
    expect(defaults.http.connectionsCheckingInterval).toBeLessThanOrEqual(1000);
    expect(defaults.connectionTimeout).toBeGreaterThan(0);
    const custom = serverOptions({ requestTimeout: 1000, headersTimeout: 5000, maxParamLength: 20, logger: true }) as any;
    expect(custom.requestTimeout).toBe(1000);
    expect(custom.http.headersTimeout).toBe(1000);
    expect(custom.routerOptions.maxParamLength).toBe(20);
    expect(custom.logger).toBe(true);
  });
});

describe("errors before any handler: the API's format, X-Request-ID, rate limit", () => {
  const head = (line: string, extra = "") => `${line}\r\nHost: 127.0.0.1\r\nAuthorization: Bearer test-key\r\n${extra}\r\n`;

  it("bad percent-encoding in the URL", async () => {
    expectApiError(await raw(port, [head("GET /jobs/%E0%A4%A HTTP/1.1")]), 400, "validation_error", "invalid_encoding");
  });

  it("an over-long path parameter (maxParamLength)", async () => {
    expectApiError(await raw(port, [head(`GET /jobs/job_${"a".repeat(300)} HTTP/1.1`)]), 414, "validation_error", "too_long");
  });

  it("oversized headers: 431", async () => {
    const answer = await raw(port, [head("GET /users/me HTTP/1.1", `X-Big: ${"b".repeat(20 * 1024)}\r\n`)]);
    expectApiError(answer, 431, "validation_error", "too_large");
  });

  it("a missing Host header", async () => {
    expectApiError(await raw(port, ["GET /users/me HTTP/1.1\r\nAuthorization: Bearer test-key\r\n\r\n"]), 400, "validation_error", "required");
  });

  it("a request that is not HTTP at all", async () => {
    expectApiError(await raw(port, ["HELLO THERE\r\n\r\n"]), 400, "validation_error", "malformed_request");
  });

  it("malformed JSON, an unsupported media type, an empty required body", async () => {
    expectApiError(await call("/jobs", json("POST", '{"name": ')), 400, "validation_error", "malformed_json");
    expectApiError(
      await call("/jobs", { method: "POST", headers: { "content-type": "application/xml" }, body: "<job/>" }),
      400,
      "validation_error",
      "unsupported_media_type",
    );
    expectApiError(await call("/jobs", { method: "POST" }), 400, "validation_error", "required");
  });

  it("the client's sane X-Request-ID is the id in the logs; an insane one is replaced, in the logs too", async () => {
    const sane = await call("/jobs/job_ok", { headers: { "x-request-id": "trace-hardening-1" } });
    expect(sane.headers["x-request-id"]).toBe("trace-hardening-1");
    expect(logs.some((l) => l.reqId === "trace-hardening-1" && l.msg === "incoming request")).toBe(true);
    const insane = await call("/jobs/job_ok", { headers: { "x-request-id": "<script>alert(1)</script>" } });
    const given = insane.headers["x-request-id"];
    expect(given).toMatch(/^req_[0-9a-f]{24}$/);
    expect(logs.some((l) => l.reqId === given && l.msg === "incoming request")).toBe(true);
    expect(JSON.stringify(logs)).not.toContain("<script>");
    // A framework error keeps the client's id as well.
    const bad = await raw(port, [head("GET /jobs/%ZZ HTTP/1.1", "X-Request-ID: trace-bad-url\r\n")]);
    expect(bad.body.request_id).toBe("trace-bad-url");
  });

  it("each of them counts towards the rate limit", async () => {
    const limited = await createServer({ handlers: handlers as never, authenticate: () => ({}), rateLimit: { max: 4, windowMs: 60_000 } });
    try {
      await limited.listen({ host: "127.0.0.1", port: 0 });
      const p = (limited.server.address() as net.AddressInfo).port;
      const answers = [
        await raw(p, [head("GET /jobs/%E0%A4%A HTTP/1.1")]),
        await raw(p, [head(`GET /jobs/${"a".repeat(300)} HTTP/1.1`)]),
        await raw(p, ["HELLO\r\n\r\n"]),
        await raw(p, [head("GET /users/me HTTP/1.1", `X-Big: ${"b".repeat(20 * 1024)}\r\n`)]),
      ];
      expect(answers.map((a) => a.headers["x-ratelimit-remaining"])).toEqual(["3", "2", "1", "0"]);
      const after = await raw(p, [head("GET /jobs/job_ok HTTP/1.1")]);
      expectApiError(after, 429, "rate_limit_exceeded");
      expect(Number(after.headers["retry-after"])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  }, 60_000);
});

describe("dates the validator accepts are dates handlers can use", () => {
  it("a leap second, or an offset without minutes, is refused as invalid_format", async () => {
    for (const value of ["2016-12-31T23:59:60Z", "2024-01-01T00:00:00+05", "2024-02-30T00:00:00Z"]) {
      const answer = await call(`/jobs?created_after=${encodeURIComponent(value)}`);
      expectApiError(answer, 400, "validation_error", "invalid_format");
      expect(answer.body.details.field).toBe("created_after");
    }
    for (const value of ["2024-01-15T10:30:00Z", "2024-01-15T10:30:00.123+05:30", "2024-02-29T00:00:00Z"]) {
      expect((await call(`/jobs?created_after=${encodeURIComponent(value)}`)).status).toBe(200);
    }
  });

  it("every date, time and date-time format accepts only what new Date() can represent", () => {
    expect(dateFormats["date-time"].validate("2016-12-31T23:59:60Z")).toBe(false);
    expect(dateFormats["date-time"].validate("2016-12-31T23:59:59Z")).toBe(true);
    expect(dateFormats["iso-date-time"].validate("2016-12-31T23:59:60")).toBe(false);
    expect(dateFormats.time.validate("23:59:60Z")).toBe(false);
    expect(dateFormats.time.validate("23:59:59+01:00")).toBe(true);
    expect(dateFormats.date.validate("2023-02-29")).toBe(false);
    expect(dateFormats.date.validate("2024-02-29")).toBe(true);
    for (const value of ["2024-01-01T00:00:00Z", "2024-06-30t12:00:00.5z", "1999-12-31 23:00:00-08:00"]) {
      expect(dateFormats["date-time"].validate(value)).toBe(!Number.isNaN(new Date(value).getTime()));
    }
  });
});

describe("multipart uploads", () => {
  function form(parts: [string, Blob | string, string?][]): FormData {
    const data = new FormData();
    for (const [name, value, filename] of parts) {
      if (typeof value === "string") data.append(name, value);
      else data.append(name, value, filename);
    }
    return data;
  }

  it("an undeclared file part is refused before it is buffered (an 11 MiB one is not a 413)", async () => {
    const before = reached.uploadFile;
    const answer = await call("/storage/files", {
      method: "POST",
      body: form([
        ["evil", new Blob([new Uint8Array(11 * 1024 * 1024)]), "x.bin"],
        ["file", new Blob(["a"]), "a.txt"],
        ["path", "/a.txt"],
      ]),
    });
    expectApiError(answer, 400, "validation_error", "unknown_field");
    expect(answer.body.details.field).toBe("evil");
    // A declared text field sent as a file is not a file field either.
    expectApiError(
      await call("/storage/files", {
        method: "POST",
        body: form([
          ["path", new Blob(["/a.txt"]), "p.txt"],
          ["file", new Blob(["a"]), "a.txt"],
        ]),
      }),
      400,
      "validation_error",
      "unknown_field",
    );
    expect(reached.uploadFile).toBe(before);
  });

  it("concurrent uploads are bounded: above maxConcurrentUploads, 503 with Retry-After", async () => {
    uploadsHeld = new Promise((resolve) => (releaseUploads = resolve));
    const good = () =>
      form([
        ["file", new Blob(["hello"]), "a.txt"],
        ["path", "/a.txt"],
      ]);
    const before = reached.uploadFile;
    const first = call("/storage/files", { method: "POST", body: good() });
    // Until the first upload is inside its (held) handler.
    for (let i = 0; i < 400 && reached.uploadFile === before; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(reached.uploadFile).toBe(before + 1);
    const second = await call("/storage/files", { method: "POST", body: good() });
    expectApiError(second, 503, "service_unavailable", "too_many_uploads");
    expect(second.headers["retry-after"]).toBe("1");
    releaseUploads();
    expect((await first).status).toBe(201);
    expect((await call("/storage/files", { method: "POST", body: good() })).status).toBe(201);
  }, 30_000);
});

describe("error codes the spec declares", () => {
  it("a missing handler answers 501 not_implemented, which the Vantage spec now declares", async () => {
    const answer = await call("/clusters");
    expectApiError(answer, 501, "not_implemented");
    expect(document.components.schemas.ErrorCode.enum).toContain("not_implemented");
  });

  it("for a spec without such codes, the nearest one it declares", () => {
    const codeOf = errorCodeResolver(["bad_request", "internal_error", "timeout"]);
    expect(codeOf("not_implemented")).toBe("internal_error");
    expect(codeOf("validation_error")).toBe("bad_request");
    expect(codeOf("request_timeout")).toBe("timeout");
    expect(codeOf("service_unavailable")).toBe("internal_error");
    expect(errorCodeResolver(null)("not_implemented")).toBe("not_implemented");
    expect(new HttpError(501).code).toBe("not_implemented");
  });
});
