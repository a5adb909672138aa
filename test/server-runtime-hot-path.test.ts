/**
 * The pieces of the generated server's runtime every request goes through,
 * rewritten for speed (see guides/performance.md, "Server"): the handler
 * clock's intrusive list, the rate limiter's allocation-free path, and the
 * per-route memory of Content-Type verdicts. Each is checked for what it must
 * still do, including where a faster version most easily goes wrong.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { FastifyInstance } from "fastify";
import { createHandlerClock } from "../templates/server/runtime/handler-timeout.js";
import { createRateLimiter } from "../templates/server/runtime/rate-limit.js";
import { createServer } from "../generated/server/index.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("handler clock", () => {
  it("expires exactly the entries still running, oldest first, wherever the finished ones sat in the list", async () => {
    const expired: string[] = [];
    const clock = createHandlerClock<string, number>(40, (value, detail) => expired.push(`${value}:${detail}`));
    const entries = ["a", "b", "c", "d", "e"].map((name, i) => clock.start(name, i));
    // Head, middle and tail finish in time; b and d run on.
    clock.finish(entries[0]);
    clock.finish(entries[2]);
    clock.finish(entries[4]);
    await sleep(120);
    expect(expired).toEqual(["b:1", "d:3"]);
    expect(entries[1].timedOut && entries[3].timedOut).toBe(true);
    expect(entries[0].timedOut || entries[2].timedOut || entries[4].timedOut).toBe(false);
    // A handler that returns after its timeout: finishing it again changes nothing.
    clock.finish(entries[1]);
    clock.finish(entries[0]);
    const late = clock.start("f", 5);
    await sleep(120);
    expect(expired).toEqual(["b:1", "d:3", "f:5"]);
    expect(late.timedOut).toBe(true);
    clock.close();
  });

  it("keeps the list whole under churn: entries started later expire after earlier ones, none is lost", async () => {
    const expired: number[] = [];
    const clock = createHandlerClock<number, null>(30, (value) => expired.push(value));
    const running: number[] = [];
    for (let round = 0; round < 3; round++) {
      const batch = Array.from({ length: 50 }, (_, i) => ({ id: round * 50 + i, entry: clock.start(round * 50 + i, null) }));
      // Finish every entry but each seventh, in reverse order (tail first, then from the middle).
      for (const { id, entry } of [...batch].reverse()) {
        if (id % 7 === 0) running.push(id);
        else clock.finish(entry);
      }
      await sleep(5);
    }
    await sleep(150);
    expect(expired).toEqual(running.sort((a, b) => a - b));
    clock.close();
  });

  it("stops its interval once nothing is in flight, and close() leaves late finishes harmless", async () => {
    // The clock's interval is unref'd (invisible to getActiveResourcesInfo): count what it sets and clears instead.
    const set = vi.spyOn(globalThis, "setInterval");
    const cleared = vi.spyOn(globalThis, "clearInterval");
    const expired: string[] = [];
    try {
      const clock = createHandlerClock<string, null>(20, (value) => expired.push(value));
      const entry = clock.start("x", null);
      clock.start("y", null).timedOut = false;
      expect(set).toHaveBeenCalledTimes(1);
      clock.finish(entry);
      await sleep(60);
      // y expired, and with nothing left in flight the interval is gone.
      expect(expired).toEqual(["y"]);
      expect(cleared).toHaveBeenCalledTimes(1);
      const a = clock.start("a", null);
      const b = clock.start("b", null);
      expect(set).toHaveBeenCalledTimes(2);
      clock.close();
      expect(cleared).toHaveBeenCalledTimes(2);
      clock.finish(b);
      clock.finish(a);
      await sleep(60);
      expect(expired).toEqual(["y"]);
    } finally {
      set.mockRestore();
      cleared.mockRestore();
    }
  });
});

describe("rate limiter", () => {
  const headersOf = () => {
    const written: Record<string, string> = {};
    return { written, reply: { header: (name: string, value: string) => (written[name] = value) } };
  };

  it("writes the three headers as text, counts down to 0 and only then returns the over-limit state", () => {
    const limiter = createRateLimiter({ max: 3, windowMs: 60_000 });
    const seen: (string | boolean)[][] = [];
    for (let i = 0; i < 5; i++) {
      const { written, reply } = headersOf();
      const state = limiter.hitWithHeaders("10.0.0.1", reply);
      seen.push([written["x-ratelimit-limit"], written["x-ratelimit-remaining"], state?.limited ?? false]);
      expect(Number(written["x-ratelimit-reset"]) * 1000).toBeGreaterThan(Date.now());
      if (state) expect(state.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    expect(seen).toEqual([
      ["3", "2", false],
      ["3", "1", false],
      ["3", "0", false],
      ["3", "0", true],
      ["3", "0", true],
    ]);
    // Another client has its own count; hit() and hitWithHeaders() share one.
    expect(limiter.hitWithHeaders("10.0.0.2", headersOf().reply)).toBeNull();
    expect(limiter.hit("10.0.0.2").remaining).toBe(1);
  });

  it("starts every count afresh in the next window, with that window's reset time", async () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 50 });
    const first = headersOf();
    limiter.hitWithHeaders("k", first.reply);
    expect(limiter.hitWithHeaders("k", headersOf().reply)?.limited).toBe(true);
    await sleep(60);
    const next = headersOf();
    expect(limiter.hitWithHeaders("k", next.reply)).toBeNull();
    expect(next.written["x-ratelimit-remaining"]).toBe("0");
    expect(Number(next.written["x-ratelimit-reset"])).toBeGreaterThanOrEqual(Number(first.written["x-ratelimit-reset"]));
  });
});

describe("Content-Type verdicts remembered per route", () => {
  let app: FastifyInstance;
  const jobCreate = JSON.stringify({ name: "run", cluster_id: "cluster_abc", command: "true", resources: { cpus: 1, memory: "1GB" } });

  beforeAll(async () => {
    app = await createServer({
      handlers: { createJob: async () => ({ status: 201, body: undefined }) } as never,
      authenticate: () => ({ userId: "u" }),
      rateLimit: false,
    });
  });
  afterAll(() => app?.close());

  const post = (contentType: string) =>
    app.inject({ method: "POST", url: "/jobs", headers: { authorization: "Bearer k", "content-type": contentType }, payload: jobCreate });

  it("answers each spelling the same the first time and every later time, past the number it remembers", async () => {
    // 40 accepted and 40 refused spellings: more than a route remembers (32), interleaved, twice over.
    const accepted = Array.from({ length: 40 }, (_, i) => (i % 2 ? `application/json; v=${i}` : `Application/JSON;charset=utf-8;n=${i}`));
    // text/plain has a body parser (Fastify's own), so it reaches the route's check, which refuses it.
    const refused = Array.from({ length: 40 }, (_, i) => (i % 2 ? `text/plain; v=${i}` : `TEXT/Plain;charset=utf-8;n=${i}`));
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < 40; i++) {
        const ok = await post(accepted[i]);
        expect(ok.statusCode, `${accepted[i]} (pass ${pass + 1}): ${ok.body}`).toBe(201);
        const no = await post(refused[i]);
        expect(no.statusCode, `${refused[i]} (pass ${pass + 1})`).toBe(400);
        expect(no.json().details?.code).toBe("unsupported_media_type");
        expect(no.json().message).toBe("Content-Type text/plain is not accepted; send application/json");
      }
    }
  });
});
