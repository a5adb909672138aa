/**
 * Bad input straight to the reference server (no proxy in between): each
 * kind of bad request gets the right status and an error body in the API's
 * format (checked against the spec's Error schema) naming the field, and
 * the server keeps serving afterwards. Plus the errors only a server can
 * make: 403 from a handler, 429 from the limiter, 500 without internals,
 * 501 for a missing handler.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { loadSpec } from "../generators/load/load.js";
import { createSchemaValidator } from "./helpers/openapi-schema.js";
import { buildApp } from "../examples/app.js";
import { vantageRoutes } from "../generated/server/index.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
const AUTH = { authorization: "Bearer test-key" };
let document: any;
let validator: ReturnType<typeof createSchemaValidator>;
let app: FastifyInstance | undefined;
let url: string;

beforeAll(async () => {
  document = (await loadSpec(path.join(repoRoot, "spec/openapi.yaml"))).document;
  validator = createSchemaValidator(document);
  app = await buildApp({ apiKeys: ["test-key", "other-key"] });
  url = await app.listen({ host: "127.0.0.1", port: 0 });
});

afterAll(async () => {
  await app?.close();
});

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

async function call(base: string, route: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(base + route, { ...init, headers: { ...AUTH, ...(init.headers as Record<string, string>) } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text && response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text };
}

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { "content-type": "application/json" },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

function form(filePath: string, content: BlobPart = "hello"): FormData {
  const data = new FormData();
  data.append("file", new Blob([content]), "upload.txt");
  data.append("path", filePath);
  return data;
}

/** The answer is an error in the API's format, valid by the spec, with this status, code and field. */
function expectError(answer: Answer, status: number, code: string, field?: string, detailCode?: string): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(validator.validate(document.components.schemas.Error, answer.body, "response")).toEqual([]);
  expect(answer.body.error).toBe(code);
  expect(answer.body.request_id).toBe(answer.headers.get("x-request-id"));
  expect(answer.headers.get("x-ratelimit-limit")).toMatch(/^\d+$/);
  if (field !== undefined) expect(answer.body.details?.field).toBe(field);
  if (detailCode !== undefined) expect(answer.body.details?.code).toBe(detailCode);
  expect(JSON.stringify(answer.body)).not.toMatch(/\bat .*\.(js|ts):\d+|node_modules|stack/);
}

const job = { name: "bad-input", cluster_id: "cluster_abc", command: "true", resources: { cpus: 1, memory: "1GB" } };

describe("bad input gets the right status and error body", () => {
  it("no token, or a token not in VANTAGE_API_KEYS: 401 authentication_failed", async () => {
    const none = await fetch(`${url}/users/me`);
    expectError({ status: none.status, headers: none.headers, body: await none.json() }, 401, "authentication_failed");
    expectError(await call(url, "/users/me", { headers: { authorization: "Bearer wrong-key" } }), 401, "authentication_failed");
    expectError(await call(url, "/users/me", { headers: { authorization: "Basic dGVzdC1rZXk6" } }), 401, "authentication_failed");
    expect((await call(url, "/users/me", { headers: { authorization: "Bearer other-key" } })).status).toBe(200);
  });

  it("wrong types in the body, path and query", async () => {
    expectError(
      await call(url, "/jobs", json("POST", { ...job, resources: { cpus: "four", memory: "1GB" } })),
      400,
      "validation_error",
      "resources.cpus",
      "invalid_type",
    );
    // A JSON string is not a number, even one that looks like it (query strings are coerced; JSON is not).
    expectError(
      await call(url, "/jobs", json("POST", { ...job, resources: { cpus: "4", memory: "1GB" } })),
      400,
      "validation_error",
      "resources.cpus",
      "invalid_type",
    );
    expectError(await call(url, "/jobs?limit=ten"), 400, "validation_error", "limit", "invalid_type");
    expectError(await call(url, "/webhooks?active=maybe"), 400, "validation_error", "active", "invalid_type");
    expectError(await call(url, "/jobs/not%20an%20id"), 400, "validation_error", "job_id", "invalid_format");
    expectError(await call(url, "/jobs", json("POST", [job])), 400, "validation_error", "body", "invalid_type");
  });

  it("missing required fields", async () => {
    expectError(
      await call(url, "/jobs", json("POST", { name: "x", command: "y", resources: { cpus: 1, memory: "1GB" } })),
      400,
      "validation_error",
      "cluster_id",
      "required",
    );
    expectError(await call(url, "/jobs", json("POST", { ...job, resources: { cpus: 1 } })), 400, "validation_error", "resources.memory", "required");
    expectError(await call(url, "/jobs", { method: "POST" }), 400, "validation_error", "body", "required");
    expectError(await call(url, "/jobs/job_101", json("PATCH", {})), 400, "validation_error", "body", "too_few");
    const noFile = new FormData();
    noFile.append("path", "/x.txt");
    expectError(await call(url, "/storage/files", { method: "POST", body: noFile }), 400, "validation_error", "file", "required");
  });

  it("unknown enum values", async () => {
    expectError(await call(url, "/jobs?status=exploded"), 400, "validation_error", "status", "invalid_value");
    expectError(await call(url, "/jobs?sort=color"), 400, "validation_error", "sort", "invalid_value");
    expectError(await call(url, "/jobs/job_102", json("PATCH", { status: "running" })), 400, "validation_error", "status", "invalid_value");
    expectError(
      await call(url, "/webhooks", json("POST", { url: "https://e.com/h", events: ["job.exploded"], active: true })),
      400,
      "validation_error",
      "events.0",
      "invalid_value",
    );
  });

  it("limit 0 and 101 are out of range; 1 and 100 are fine", async () => {
    expectError(await call(url, "/jobs?limit=0"), 400, "validation_error", "limit", "out_of_range");
    expectError(await call(url, "/jobs?limit=101"), 400, "validation_error", "limit", "out_of_range");
    expect((await call(url, "/jobs?limit=1")).body.per_page).toBe(1);
    expect((await call(url, "/jobs?limit=100")).body.per_page).toBe(100);
    expect((await call(url, "/jobs")).body.per_page).toBe(50);
  });

  it("malformed JSON, and a media type the operation does not take", async () => {
    expectError(await call(url, "/jobs", json("POST", '{"name": "x",')), 400, "validation_error", "body", "malformed_json");
    expectError(
      await call(url, "/jobs", { method: "POST", headers: { "content-type": "application/json" }, body: "" }),
      400,
      "validation_error",
      "body",
      "malformed_json",
    );
    expectError(
      await call(url, "/jobs", { method: "POST", headers: { "content-type": "text/plain" }, body: "name=x" }),
      400,
      "validation_error",
      "content-type",
      "unsupported_media_type",
    );
    expectError(
      await call(url, "/jobs", { method: "POST", headers: { "content-type": "application/xml" }, body: "<job/>" }),
      400,
      "validation_error",
      "content-type",
      "unsupported_media_type",
    );
  });

  it("oversized bodies: 413 for JSON over 1 MiB and for files over 10 MiB", async () => {
    const huge = JSON.stringify({ ...job, environment: { BIG: "x".repeat(2 * 1024 * 1024) } });
    expectError(await call(url, "/jobs", json("POST", huge)), 413, "validation_error", "body", "too_large");
    expectError(
      await call(url, "/storage/files", { method: "POST", body: form("/big.bin", new Uint8Array(11 * 1024 * 1024)) }),
      413,
      "validation_error",
      undefined,
      "too_large",
    );
  });

  it("upload paths that climb out of their root are refused", async () => {
    for (const bad of ["/data/../../etc/passwd", "/data/..", "/data\\..\\secrets", "/data/a\u0000.txt", "/data/%2e%2e/x", "/./x"]) {
      expectError(await call(url, "/storage/files", { method: "POST", body: form(bad) }), 400, "validation_error", "path", "unsafe_path");
    }
    expectError(await call(url, "/storage/files", { method: "POST", body: form("relative/path.txt") }), 400, "validation_error", "path", "invalid_format");
    const ok = await call(url, "/storage/files", { method: "POST", body: form("/data/ok..txt") });
    expect(ok.status).toBe(201);
    expect((await call(url, "/storage/files?path=/etc/")).body.total).toBe(0);
  });

  it("server-owned (readOnly) fields are refused in requests", async () => {
    const hook = { url: "https://example.com/h", events: ["job.failed"], active: true };
    expectError(await call(url, "/webhooks", json("POST", { ...hook, id: "wh_mine" })), 400, "validation_error", "id", "read_only");
    expectError(
      await call(url, "/webhooks", json("POST", { ...hook, created_at: "2024-01-01T00:00:00Z" })),
      400,
      "validation_error",
      "created_at",
      "read_only",
    );
  });

  it("unknown routes and unknown ids: 404 resource_not_found", async () => {
    expectError(await call(url, "/nothing/here"), 404, "resource_not_found");
    expectError(await call(url, "/jobs", { method: "PUT" }), 404, "resource_not_found");
    expectError(await call(url, "/jobs/job_999999"), 404, "resource_not_found");
    expectError(await call(url, "/teams/team_1/members/user_1", { method: "DELETE" }), 404, "resource_not_found");
  });

  it("a handler's typed error: 403 permission_denied", async () => {
    expectError(await call(url, "/teams/team_77/members", json("POST", { user_id: "user_202" })), 403, "permission_denied");
  });

  it("X-Request-ID is echoed when sent, generated otherwise, on errors too", async () => {
    const echoed = await call(url, "/jobs?limit=0", { headers: { "x-request-id": "trace-abc-123" } });
    expect(echoed.headers.get("x-request-id")).toBe("trace-abc-123");
    expect(echoed.body.request_id).toBe("trace-abc-123");
    const hostile = await call(url, "/jobs/job_101", { headers: { "x-request-id": "<script>" } });
    expect(hostile.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{24}$/);
  });

  it("after all that, the server still serves", async () => {
    const me = await call(url, "/users/me");
    expect(me.status).toBe(200);
    expect(me.body.id).toBe("user_456");
    expect((await call(url, "/jobs/job_101")).body.id).toBe("job_101");
  });
});

describe("errors only the server makes", () => {
  let limited: FastifyInstance | undefined;
  let broken: FastifyInstance | undefined;

  afterAll(async () => {
    await limited?.close();
    await broken?.close();
  });

  it("429 rate_limit_exceeded with Retry-After once the window's budget is spent", async () => {
    limited = await buildApp({ apiKeys: ["test-key"], rateLimit: { max: 3, windowMs: 60_000 } });
    const base = await limited.listen({ host: "127.0.0.1", port: 0 });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await call(base, "/users/me"));
    expect(answers.slice(0, 3).map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => a.headers.get("x-ratelimit-remaining"))).toEqual(["2", "1", "0", "0"]);
    expectError(answers[3], 429, "rate_limit_exceeded");
    expect(Number(answers[3].headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(answers[3].headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
  });

  it("500 internal_error without internals; 501 not_implemented for a missing handler", async () => {
    broken = Fastify();
    await broken.register(vantageRoutes, {
      handlers: {
        getJob: () => {
          throw new Error("connect ECONNREFUSED db.internal:5432 password=hunter2");
        },
      },
      authenticate: (token) => (token === "test-key" ? { userId: "user_456" } : null),
    });
    const base = await broken.listen({ host: "127.0.0.1", port: 0 });
    const failed = await call(base, "/jobs/job_101");
    expectError(failed, 500, "internal_error");
    expect(JSON.stringify(failed.body)).not.toMatch(/hunter2|ECONNREFUSED|db\.internal/);
    const missing = await call(base, "/clusters");
    expect(missing.status).toBe(501);
    expect(missing.body).toMatchObject({ error: "not_implemented", request_id: missing.headers.get("x-request-id") });
    // Still validated before the (missing) handler: bad input is a 400, not a 501.
    expectError(await call(base, "/clusters?limit=0"), 400, "validation_error", "limit");
  });

  it("a handler for an operation that does not exist is refused at start-up", async () => {
    const app = Fastify();
    try {
      await expect(app.register(vantageRoutes, { handlers: { getJobz: () => ({ status: 200 }) } as never }).ready()).rejects.toThrow(
        /unknown operations: getJobz/,
      );
    } finally {
      await app.close().catch(() => undefined);
    }
  });
});
