/**
 * Retries, backoff, server-requested waits, timeouts, aborts and connection
 * failures, against a real local HTTP server (and a closed port).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { APIClient, ClientOptions, Logger } from "../templates/client/core/client.js";
import { APIConnectionError, APITimeoutError, APIUserAbortError, InternalServerError, RateLimitError } from "../templates/client/core/errors.js";
import { backoffDelayMs, MAX_SERVER_DELAY_MS, serverRequestedDelayMs } from "../templates/client/core/retry.js";
import { sendJson, startTestServer, type TestServer } from "./helpers/http-server.js";
import { runtimeClient, TEST_API_KEY } from "./helpers/runtime-client.js";

const _API_KEY = TEST_API_KEY;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const makeClient = (options: ClientOptions = {}): APIClient => runtimeClient(server.url, options);

function warnCounter(): { logger: Logger; warnings: Array<Record<string, unknown> | undefined> } {
  const warnings: Array<Record<string, unknown> | undefined> = [];
  return { warnings, logger: { warn: (_msg, data) => warnings.push(data) } };
}

const internalError = { error: "internal_error", message: "try later" };

/** Answers with the given statuses in turn, then 200 {ok: true}. */
function statusSequence(statuses: number[], headers: Record<string, string> = {}) {
  return (_req: unknown, res: import("node:http").ServerResponse, index: number) =>
    index < statuses.length ? sendJson(res, statuses[index]!, internalError, headers) : sendJson(res, 200, { ok: true, attempt: index + 1 });
}

function gapMs(first: number, second: number): number {
  return server.requests[second]!.at - server.requests[first]!.at;
}

describe("retries on responses", () => {
  it("503, 503, 200: succeeds on the third attempt with backoff between attempts", async () => {
    server.handle(statusSequence([503, 503]));
    const { logger, warnings } = warnCounter();
    const result = await makeClient({ logger }).request("get", "/jobs");
    expect(result).toEqual({ ok: true, attempt: 3 });
    expect(server.requests).toHaveLength(3);
    // 0.5 s and 1 s, each with up to 25% jitter taken off.
    expect(gapMs(0, 1)).toBeGreaterThanOrEqual(350);
    expect(gapMs(1, 2)).toBeGreaterThanOrEqual(700);
    expect(warnings.map((w) => w?.reason)).toEqual([503, 503]);
  });

  it("with maxRetries 1 fails with InternalServerError after 2 attempts", async () => {
    server.handle(statusSequence([503, 503]));
    const error = await makeClient({ maxRetries: 1 })
      .request("get", "/jobs")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(503);
    expect(server.requests).toHaveLength(2);
  });

  it("per-request maxRetries overrides the client's", async () => {
    server.handle(statusSequence([500, 500, 500]));
    const error = await makeClient({ maxRetries: 5 })
      .request("get", "/jobs", {}, { maxRetries: 0 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("retries 408 and 409 but not 404", async () => {
    server.handle(statusSequence([408, 409]));
    expect(await makeClient().request("get", "/a")).toEqual({ ok: true, attempt: 3 });
    server.handle(statusSequence([404]));
    await expect(makeClient().request("get", "/b")).rejects.toMatchObject({ status: 404 });
    expect(server.requests).toHaveLength(1);
  });

  it("429 with Retry-After: 1 waits about a second", async () => {
    server.handle(statusSequence([429], { "Retry-After": "1" }));
    expect(await makeClient().request("get", "/jobs")).toEqual({ ok: true, attempt: 2 });
    expect(gapMs(0, 1)).toBeGreaterThanOrEqual(900);
    expect(gapMs(0, 1)).toBeLessThan(3000);
  });

  it("429 with X-RateLimit-Remaining 0 waits until X-RateLimit-Reset", async () => {
    server.handle((_req, res, index) => {
      if (index > 0) return sendJson(res, 200, { ok: true });
      const reset = Math.ceil(Date.now() / 1000) + 1;
      sendJson(
        res,
        429,
        { error: "rate_limit_exceeded" },
        {
          "X-RateLimit-Limit": "10",
          "X-RateLimit-Remaining": "0",
          "X-RateLimit-Reset": String(reset),
        },
      );
    });
    await makeClient().request("get", "/jobs");
    expect(gapMs(0, 1)).toBeGreaterThanOrEqual(900);
    expect(gapMs(0, 1)).toBeLessThan(3000);
  });

  it("503 with retry-after-ms waits that many milliseconds", async () => {
    server.handle(statusSequence([503], { "retry-after-ms": "1200" }));
    await makeClient().request("get", "/jobs");
    expect(gapMs(0, 1)).toBeGreaterThanOrEqual(1100);
    expect(gapMs(0, 1)).toBeLessThan(3000);
  });

  it("429 after the last retry becomes RateLimitError", async () => {
    server.handle((_req, res) => sendJson(res, 429, { error: "rate_limit_exceeded", message: "slow down" }, { "Retry-After": "0" }));
    const error = await makeClient({ maxRetries: 1 })
      .request("get", "/jobs")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(2);
  });
});

describe("server-requested delays and backoff", () => {
  const now = Date.parse("2024-01-15T10:30:00Z");
  const headers = (init: Record<string, string>) => new Headers(init);

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(serverRequestedDelayMs(429, headers({ "Retry-After": "2.5" }), now)).toBe(2500);
    expect(serverRequestedDelayMs(503, headers({ "Retry-After": "Mon, 15 Jan 2024 10:30:07 GMT" }), now)).toBe(7000);
  });

  it("reports server-requested waits uncapped (the client refuses long ones) and never negative", () => {
    expect(serverRequestedDelayMs(429, headers({ "Retry-After": "3600" }), now)).toBe(3_600_000);
    expect(serverRequestedDelayMs(429, headers({ "Retry-After": "3600" }), now)).toBeGreaterThan(MAX_SERVER_DELAY_MS);
    expect(serverRequestedDelayMs(429, headers({ "Retry-After": "Mon, 15 Jan 2024 10:00:00 GMT" }), now)).toBe(0);
  });

  it("only uses X-RateLimit-Reset when nothing is remaining, and only for 429/503", () => {
    const reset = String(now / 1000 + 4);
    expect(serverRequestedDelayMs(429, headers({ "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset }), now)).toBe(4000);
    expect(serverRequestedDelayMs(429, headers({ "X-RateLimit-Remaining": "3", "X-RateLimit-Reset": reset }), now)).toBeUndefined();
    expect(serverRequestedDelayMs(500, headers({ "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset }), now)).toBeUndefined();
    expect(serverRequestedDelayMs(500, headers({ "Retry-After": "5" }), now)).toBe(5000);
    expect(serverRequestedDelayMs(429, headers({ "Retry-After": "soon" }), now)).toBeUndefined();
  });

  it("backs off 0.5 s × 2^n, capped at 8 s, minus at most 25% jitter", () => {
    for (let n = 0; n < 8; n++) {
      const base = Math.min(500 * 2 ** n, 8000);
      for (let i = 0; i < 50; i++) {
        const delay = backoffDelayMs(n);
        expect(delay).toBeGreaterThanOrEqual(base * 0.75);
        expect(delay).toBeLessThanOrEqual(base);
      }
    }
  });
});

describe("idempotency", () => {
  it("does not retry a POST without an idempotency key", async () => {
    server.handle(statusSequence([503]));
    const error = await makeClient()
      .request("post", "/jobs", { body: { name: "x" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a POST with idempotencyKey, sending the same key each time", async () => {
    server.handle(statusSequence([503]));
    const result = await makeClient().request("post", "/jobs", { body: { name: "x" } }, { idempotencyKey: "key-42" });
    expect(result).toEqual({ ok: true, attempt: 2 });
    expect(server.requests.map((r) => r.headers["idempotency-key"])).toEqual(["key-42", "key-42"]);
    expect(server.requests.map((r) => r.body.toString())).toEqual(['{"name":"x"}', '{"name":"x"}']);
  });

  it("retries a PATCH whose Idempotency-Key comes from the headers", async () => {
    server.handle(statusSequence([500]));
    await makeClient().request("patch", "/jobs/1", { body: {} }, { headers: { "idempotency-key": "k" } });
    expect(server.requests).toHaveLength(2);
  });
});

describe("timeouts", () => {
  const slow = (delayMs: number) => (_req: unknown, res: import("node:http").ServerResponse) => {
    const timer = setTimeout(() => sendJson(res, 200, { late: true }), delayMs);
    res.on("close", () => clearTimeout(timer));
  };

  it("throws APITimeoutError when the server is slower than timeoutMs", async () => {
    server.handle(slow(2000));
    const started = Date.now();
    const error = await makeClient({ timeoutMs: 150, maxRetries: 0 })
      .request("get", "/slow")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(server.requests).toHaveLength(1);
  });

  it("retries timeouts: maxRetries + 1 attempts in all", async () => {
    server.handle(slow(2000));
    const error = await makeClient({ timeoutMs: 100 })
      .request("get", "/slow", {}, { maxRetries: 2 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(server.requests).toHaveLength(3);
  });

  it("per-request timeoutMs overrides the client's", async () => {
    server.handle(slow(300));
    const result = await makeClient({ timeoutMs: 100, maxRetries: 0 }).request("get", "/slow", {}, { timeoutMs: 5000 });
    expect(result).toEqual({ late: true });
  });
});

describe("aborts", () => {
  it("aborting the caller's signal rejects promptly with APIUserAbortError and is not retried", async () => {
    server.handle((_req, res) => {
      const timer = setTimeout(() => sendJson(res, 200, {}), 3000);
      res.on("close", () => clearTimeout(timer));
    });
    const controller = new AbortController();
    const { logger, warnings } = warnCounter();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    const error = await makeClient({ logger })
      .request("get", "/slow", {}, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(warnings).toEqual([]); // not even scheduled for a retry
    // Give a wrongly scheduled retry the time it would need to show up.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(server.requests).toHaveLength(1);
  });

  it("an abort is reported as such even with retries off", async () => {
    server.handle((_req, res) => {
      const timer = setTimeout(() => sendJson(res, 200, {}), 3000);
      res.on("close", () => clearTimeout(timer));
    });
    const error = await makeClient({ maxRetries: 0 })
      .request("get", "/slow", {}, { signal: AbortSignal.timeout(100) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
  });

  it("aborting during the backoff wait stops at once", async () => {
    server.handle((_req, res) => sendJson(res, 503, internalError, { "Retry-After": "30" }));
    const controller = new AbortController();
    const started = Date.now();
    const pending = makeClient().request("get", "/busy", {}, { signal: controller.signal });
    await expect.poll(() => server.requests.length).toBe(1);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(server.requests).toHaveLength(1);
  });

  it("an already aborted signal sends nothing", async () => {
    server.handle((_req, res) => sendJson(res, 200, {}));
    const error = await makeClient()
      .request("get", "/x", {}, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("connection failures", () => {
  it("connection refused becomes APIConnectionError after the retries", async () => {
    const closed = await startTestServer();
    const deadUrl = closed.url;
    await closed.close();
    const { logger, warnings } = warnCounter();
    const error = await makeClient({ baseUrl: deadUrl, maxRetries: 2, logger })
      .request("get", "/jobs")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APITimeoutError);
    expect((error as APIConnectionError).cause).toBeDefined();
    expect(warnings).toHaveLength(2);
    expect(warnings.map((w) => w?.reason)).toEqual(["APIConnectionError", "APIConnectionError"]);
  });
});
