/**
 * The SDK's Node transport (core/node.ts, installed by the package's Node
 * entry): attempts cut off through undici's own abort instead of an
 * AbortSignal, and timeouts kept in shared lists instead of a timer per
 * attempt. The other runtime tests run the portable transport; these run
 * the same promises (timeouts, aborts, nothing left behind) on this one,
 * against a real local server, and check that the abort really reaches the
 * connection.
 */
import "../templates/client/core/node.js";
import type { ServerResponse } from "node:http";
import { getEventListeners } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APITimeoutError, APIUserAbortError } from "../templates/client/core/errors.js";
import { sendJson, startTestServer, type TestServer } from "./helpers/http-server.js";
import { runtimeClient } from "./helpers/runtime-client.js";

const GLOBAL_DISPATCHER = Symbol.for("undici.globalDispatcher.1");
type Dispatcher = { dispatch(options: unknown, handler: object): boolean; close?(): Promise<void> };
const globalDispatcher = () => (globalThis as unknown as Record<symbol, Dispatcher>)[GLOBAL_DISPATCHER]!;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // Node creates its global dispatcher on the first fetch.
  await fetch(`${server.url}/warm`).then((r) => r.text());
});
afterAll(() => server.close());

const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;

/** A handler that answers after `ms` unless the client goes first; resolves `closed` when the connection drops. */
function slow(ms: number) {
  let closedAt = 0;
  const closed = new Promise<void>((resolve) => {
    server.handle((_req, res: ServerResponse) => {
      const timer = setTimeout(() => sendJson(res, 200, { late: true }), ms);
      res.on("close", () => {
        clearTimeout(timer);
        closedAt = Date.now();
        resolve();
      });
    });
  });
  return { closed, closedAt: () => closedAt };
}

describe("the Node transport", () => {
  it("sends through undici's dispatcher with its own handler, and no signal", async () => {
    server.handle((_req, res) => sendJson(res, 200, { ok: true }));
    const real = globalDispatcher();
    const seen: string[] = [];
    const spy: Dispatcher = {
      dispatch(options, handler) {
        seen.push(handler.constructor.name);
        return real.dispatch(options, handler);
      },
    };
    const result = await runtimeClient(server.url).request("get", "/x", {}, { fetchOptions: { dispatcher: spy } });
    expect(result).toEqual({ ok: true });
    expect(seen).toEqual(["TappedHandler"]);
  });

  it("a timeout cuts the connection, not just the promise", async () => {
    const { closed, closedAt } = slow(3000);
    const started = Date.now();
    const error = await runtimeClient(server.url, { timeoutMs: 150, maxRetries: 0 })
      .request("get", "/slow")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(Date.now() - started).toBeLessThan(1500);
    await closed;
    expect(closedAt() - started).toBeLessThan(1500);
  });

  it("a timeout before undici has connected still rejects at once (one connection, busy)", async () => {
    const real = globalDispatcher() as unknown as { constructor: new (options: object) => Dispatcher };
    const oneConnection = new real.constructor({ connections: 1 });
    try {
      slow(1500);
      const client = runtimeClient(server.url, { maxRetries: 0, fetchOptions: { dispatcher: oneConnection } });
      const first = client.request("get", "/slow", {}, { timeoutMs: 5000 });
      await new Promise((r) => setTimeout(r, 50));
      const started = Date.now();
      const error = await client.request("get", "/queued", {}, { timeoutMs: 150 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APITimeoutError);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(await first).toEqual({ late: true });
    } finally {
      await oneConnection.close?.();
    }
  });

  it("the caller's abort cuts the connection and leaves no listener", async () => {
    const { closed } = slow(3000);
    const controller = new AbortController();
    const pending = runtimeClient(server.url).request("get", "/slow", {}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    await closed;
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("aborting a download mid-stream errors the stream with APIUserAbortError", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/octet-stream" });
      res.write(Buffer.alloc(16, 1));
    });
    const controller = new AbortController();
    const download = await runtimeClient(server.url).request<ReadableStream<Uint8Array>>("get", "/d", {}, { signal: controller.signal }, { parseAs: "stream" });
    const reader = download.getReader();
    expect((await reader.read()).value?.length).toBe(16);
    controller.abort();
    await expect(reader.read()).rejects.toBeInstanceOf(APIUserAbortError);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("timeouts of different lengths expire in deadline order, and no timer is left", async () => {
    server.handle((req, res) => {
      const timer = setTimeout(() => sendJson(res, 200, { path: req.url }), 2000);
      res.on("close", () => clearTimeout(timer));
    });
    const before = timers();
    const client = runtimeClient(server.url, { maxRetries: 0 });
    const order: number[] = [];
    const call = (timeoutMs: number) =>
      client.request("get", `/t${timeoutMs}`, {}, { timeoutMs }).catch((e: unknown) => {
        expect(e).toBeInstanceOf(APITimeoutError);
        order.push(timeoutMs);
      });
    await Promise.all([call(600), call(150), call(400), call(150), call(300)]);
    expect(order).toEqual([150, 150, 300, 400, 600]);
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it("many requests in flight finish with no timer and no listener left", async () => {
    server.handle((_req, res) => sendJson(res, 200, { ok: true }));
    const controller = new AbortController();
    const before = timers();
    const client = runtimeClient(server.url);
    const results = await Promise.all(
      Array.from({ length: 64 }, (_, i) => client.request("get", `/n${i}`, {}, { signal: controller.signal, timeoutMs: 5000 + (i % 3) })),
    );
    expect(results).toHaveLength(64);
    expect(timers()).toBeLessThanOrEqual(before);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  // Last: it switches the transport off for this module.
  it("a global fetch that never reaches undici (a mock) makes later attempts use a signal", async () => {
    const realFetch = globalThis.fetch;
    const inits: RequestInit[] = [];
    globalThis.fetch = (async (url: string, init: RequestInit) => {
      inits.push(init);
      if (String(url).endsWith("/hang")) {
        return new Promise<Response>((_resolve, reject) => init.signal?.addEventListener("abort", () => reject(new Error("aborted"))));
      }
      return new Response(JSON.stringify({ mocked: true }), { headers: { "content-type": "application/json" } });
    }) as typeof fetch;
    try {
      const client = runtimeClient(server.url, { maxRetries: 0 });
      expect(await client.request("get", "/a")).toEqual({ mocked: true });
      expect(inits[0]!.signal).toBeUndefined();
      const error = await client.request("get", "/hang", {}, { timeoutMs: 100 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APITimeoutError);
      expect(inits[1]!.signal).toBeInstanceOf(AbortSignal);
      expect(inits[1]!.signal!.aborted).toBe(true);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
