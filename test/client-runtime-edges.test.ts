/**
 * The SDK at the edges where Stainless-generated SDKs (openai-node) hold,
 * each against a real local HTTP server on 127.0.0.1: path values that would
 * leave their endpoint, asResponse, listeners and timers after many
 * downloads, long Retry-After, retry headers, idempotency keys, pagination
 * that always ends, configuration mistakes, error bodies, redaction, custom
 * fetch, streamed uploads, downloads, query values, and the generated
 * declarations' names and JSDoc.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import { getEventListeners } from "node:events";
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  APIUserAbortError,
  InternalServerError,
  InvalidRequestError,
  NotFoundError,
  RateLimitError,
  SDKError,
  toFile,
  Vantage,
} from "../generated/client/index.js";
import { APIClient } from "../templates/client/core/client.js";
import { redactText } from "../templates/client/core/redact.js";
import { loadSpec } from "../generators/load/load.js";
import { buildModel, type OperationModel } from "../generators/model/model.js";
import { envPrefix } from "../generators/client/package.js";
import { sendJson, startTestServer, type TestServer } from "./helpers/http-server.js";
import { runtimeClient } from "./helpers/runtime-client.js";
import { repoRoot } from "./helpers/typecheck.js";

const KEY = "sk-vantage-test-0123456789";
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});
const savedEnv = { key: process.env.VANTAGE_API_KEY, url: process.env.VANTAGE_BASE_URL };
afterEach(() => {
  for (const [name, value] of [
    ["VANTAGE_API_KEY", savedEnv.key],
    ["VANTAGE_BASE_URL", savedEnv.url],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const vantage = (options: ConstructorParameters<typeof Vantage>[0] = {}) => new Vantage({ apiKey: KEY, baseUrl: server.url, maxRetries: 2, ...options });

describe("path parameters never leave their endpoint", () => {
  it('refuses "", "." and ".." before sending, and keeps a "/" inside one segment, for every operation', async () => {
    const { document, file } = await loadSpec(path.join(repoRoot, "spec/openapi.yaml"));
    const model = buildModel(document, { specFile: file });
    const withParams = model.operations.filter((op) => op.pathParams.length > 0);
    expect(withParams.length).toBeGreaterThan(10);
    server.handle((_req, res) => sendJson(res, 200, {}));
    const client = vantage({ maxRetries: 0 });
    const call = (op: OperationModel, value: string) => {
      let target: Record<string, unknown> = client as never;
      for (const segment of op.resource) target = target[segment] as Record<string, unknown>;
      const method = target[op.methodName] as (...args: unknown[]) => Promise<unknown>;
      const args: unknown[] = op.pathParams.map(() => value);
      if (op.requestBody?.bodyType === "binary") args.push(new Blob(["x"]));
      else if (op.requestBody?.bodyType === "text") args.push("x");
      else if (op.requestBody || op.queryParams.length) args.push({});
      return method.apply(target, args);
    };
    for (const op of withParams) {
      for (const bad of ["", ".", ".."]) {
        await expect(call(op, bad), `${op.methodName} ${op.path} with ${JSON.stringify(bad)}`).rejects.toBeInstanceOf(InvalidRequestError);
      }
    }
    expect(server.requests).toHaveLength(0);
    for (const op of withParams) {
      server.handle((_req, res) => sendJson(res, 200, {}));
      await call(op, "a/../b").catch(() => undefined);
      const url = server.requests[0]!.url.split("?")[0]!;
      const expected = op.path.replace(/\{[^}]+\}/g, "a%2F..%2Fb");
      expect(url, `${op.methodName}`).toBe(expected);
    }
  });
});

describe("asResponse and withResponse", () => {
  it("asResponse() hands back the Response unread; withResponse() still parses", async () => {
    server.handle((_req, res) => sendJson(res, 200, { id: "job_1", name: "a" }, { "X-Request-ID": "req_9" }));
    const response = await vantage().jobs.get("job_1").asResponse();
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ id: "job_1", name: "a" });
    const { data, requestId, response: parsed } = await vantage().jobs.get("job_1").withResponse();
    expect(data).toEqual({ id: "job_1", name: "a" });
    expect(requestId).toBe("req_9");
    expect(parsed.bodyUsed).toBe(true);
  });

  it("asResponse() still throws the typed error for an error status", async () => {
    server.handle((_req, res) => sendJson(res, 404, { error: "resource_not_found", message: "no" }));
    await expect(vantage().jobs.get("nope").asResponse()).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("no listeners or timers outlive a request", () => {
  const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;

  it("many downloads sharing one AbortSignal leave nothing attached to it, and no timers", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/csv", "Content-Disposition": 'attachment; filename="data.csv"' });
      res.end("a,b\n1,2\n");
    });
    const controller = new AbortController();
    const before = timers();
    const client = vantage();
    for (let i = 0; i < 40; i++) {
      const download = await client.storage.files.download(`file_${i}`, { signal: controller.signal });
      expect(await download.text()).toBe("a,b\n1,2\n");
    }
    const json = await Promise.all(
      Array.from({ length: 20 }, () =>
        client.jobs
          .get("job_1", { signal: controller.signal })
          .asResponse()
          .then((r) => r.text()),
      ),
    );
    expect(json).toHaveLength(20);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it("a download cancelled unread lets go of the signal too", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/octet-stream" });
      res.end(Buffer.alloc(1024));
    });
    const controller = new AbortController();
    const download = await vantage().storage.files.download("f", { signal: controller.signal });
    expect(getEventListeners(controller.signal, "abort").length).toBe(1);
    await download.cancel();
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("aborting mid-stream raises APIUserAbortError from the stream", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/octet-stream" });
      res.write(Buffer.alloc(16, 1)); // then never finishes
    });
    const controller = new AbortController();
    const download = await vantage().storage.files.download("f", { signal: controller.signal });
    const reader = download.getReader();
    const first = await reader.read();
    expect(first.value?.length).toBe(16);
    controller.abort();
    await expect(reader.read()).rejects.toBeInstanceOf(APIUserAbortError);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});

describe("retries", () => {
  it("a Retry-After beyond the cap gets an immediate RateLimitError carrying retryAfterMs", async () => {
    server.handle((_req, res) => sendJson(res, 429, { error: "rate_limit_exceeded", message: "slow down" }, { "Retry-After": "120" }));
    const started = Date.now();
    const error = await vantage()
      .jobs.get("job_1")
      .catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(server.requests).toHaveLength(1);
  });

  it("honours retry-after-ms, and x-should-retry either way", async () => {
    server.handle((_req, res, i) => (i === 0 ? sendJson(res, 429, {}, { "retry-after-ms": "150", "Retry-After": "30" }) : sendJson(res, 200, { id: "j" })));
    const started = Date.now();
    await vantage().jobs.get("j");
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(140);
    expect(Date.now() - started).toBeLessThan(10_000);

    server.handle((_req, res) => sendJson(res, 503, {}, { "x-should-retry": "false" }));
    await expect(vantage().jobs.get("j")).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);

    server.handle((_req, res, i) => (i === 0 ? sendJson(res, 400, {}, { "x-should-retry": "true", "retry-after-ms": "1" }) : sendJson(res, 200, { id: "j" })));
    await vantage().jobs.get("j");
    expect(server.requests).toHaveLength(2);
  });

  it("each retry sends its count; every request a User-Agent naming the SDK and its version", async () => {
    server.handle((_req, res, i) => (i < 2 ? sendJson(res, 503, {}, { "retry-after-ms": "1" }) : sendJson(res, 200, { id: "j" })));
    await vantage().jobs.get("j");
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, "generated/client/package.json"), "utf8"));
    expect(server.requests.map((r) => r.headers["x-retry-count"])).toEqual([undefined, "1", "2"]);
    for (const r of server.requests) expect(r.headers["user-agent"]).toBe(`${pkg.name}/${pkg.version}`);
  });
});

describe("idempotency keys", () => {
  it("a create that hit a 503 is retried once with the same generated key; each call gets its own", async () => {
    server.handle((req, res, i) =>
      i === 0 ? sendJson(res, 503, {}, { "retry-after-ms": "1" }) : sendJson(res, 201, { id: "job_1", ...JSON.parse(req.body.toString()) }),
    );
    const body = { name: "sim", cluster_id: "c", command: "run" } as never;
    await vantage().jobs.create(body);
    expect(server.requests).toHaveLength(2);
    const [first, retry] = server.requests.map((r) => r.headers["idempotency-key"]);
    expect(first).toMatch(/\S{16,}/);
    expect(retry).toBe(first);
    server.handle((req, res) => sendJson(res, 201, { id: "job_2", ...JSON.parse(req.body.toString()) }));
    await vantage().jobs.create(body);
    expect(server.requests[0]!.headers["idempotency-key"]).not.toBe(first);
    await vantage().jobs.create(body, { idempotencyKey: "mine-1" });
    expect(server.requests[1]!.headers["idempotency-key"]).toBe("mine-1");
  });

  it("refuses an Idempotency-Key in the client-wide headers", () => {
    expect(() => vantage({ headers: { "idempotency-key": "k" } })).toThrow(/Idempotency-Key/);
  });
});

describe("pagination always ends", () => {
  const items = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ id: `job_${from + i}`, name: "n" }));

  it("stops on a page repeating the previous one (a server ignoring offset)", async () => {
    server.handle((_req, res) => sendJson(res, 200, { jobs: items(2), total: null }));
    const seen: string[] = [];
    for await (const job of vantage().jobs.list()) seen.push(job.id);
    expect(seen).toEqual(["job_0", "job_1"]);
    expect(server.requests).toHaveLength(2);
  });

  it("never mixes page and offset; iterPages walks page by page and stops at total", async () => {
    server.handle((req, res) => {
      const q = new URL(req.url, "http://x").searchParams;
      const page = Number(q.get("page") ?? 1);
      sendJson(res, 200, { jobs: items(Math.max(0, Math.min(2, 5 - (page - 1) * 2)), (page - 1) * 2), total: 5 });
    });
    const sizes: number[] = [];
    for await (const page of vantage().jobs.list({ page: 1, limit: 2 }).iterPages()) sizes.push(page.items.length);
    expect(sizes).toEqual([2, 2, 1]);
    expect(server.requests).toHaveLength(3);
    for (const r of server.requests) expect(r.url).not.toMatch(/offset=/);

    server.handle((req, res) => {
      const offset = Number(new URL(req.url, "http://x").searchParams.get("offset") ?? 0);
      sendJson(res, 200, { jobs: items(Math.max(0, Math.min(2, 5 - offset)), offset), total: 5 });
    });
    const ids: string[] = [];
    for await (const job of vantage().jobs.list({ limit: 2 })) ids.push(job.id);
    expect(ids).toEqual(items(5).map((j) => j.id));
    for (const r of server.requests) expect(r.url).not.toMatch(/[?&]page=/);
  });
});

describe("configuration mistakes surface at once", () => {
  it("an invalid baseUrl throws when the client is made", () => {
    expect(() => new Vantage({ apiKey: KEY, baseUrl: "not a url" })).toThrow(/baseUrl/);
    expect(() => new Vantage({ apiKey: KEY, baseUrl: "ftp://x" })).toThrow(/baseUrl/);
  });

  it("no API key at all throws a clear error naming VANTAGE_API_KEY; the env var and VANTAGE_BASE_URL are read", async () => {
    delete process.env.VANTAGE_API_KEY;
    expect(() => new Vantage({ baseUrl: server.url })).toThrow(/VANTAGE_API_KEY/);
    process.env.VANTAGE_API_KEY = "sk-from-env-0123456789";
    process.env.VANTAGE_BASE_URL = server.url;
    server.handle((_req, res) => sendJson(res, 200, { id: "j" }));
    await new Vantage().jobs.get("j");
    expect(server.requests[0]!.headers.authorization).toBe("Bearer sk-from-env-0123456789");
  });

  it("other specs read their own variables, named from the client", () => {
    const names = ["DigitalOcean", "Clerk", "OpenCode"].map((clientName) => envPrefix({ clientName } as never));
    expect(names).toEqual(["DIGITAL_OCEAN", "CLERK", "OPEN_CODE"]);
    expect(readFileSync(path.join(repoRoot, "generated/client/index.js"), "utf8")).toMatch(/env: "VANTAGE"/);
  });
});

describe("errors", () => {
  it("keep the raw body; an HTML error page becomes status plus title, under 300 characters", async () => {
    server.handle((_req, res) =>
      sendJson(res, 404, { error: "resource_not_found", message: "No job", details: { field: "job_id", code: "missing" }, extra: 1 }),
    );
    const notFound = (await vantage()
      .jobs.get("x")
      .catch((e: unknown) => e)) as NotFoundError;
    expect(notFound.code).toBe("resource_not_found");
    expect(notFound.details).toEqual({ field: "job_id", code: "missing" });
    expect(notFound.body).toEqual({ error: "resource_not_found", message: "No job", details: { field: "job_id", code: "missing" }, extra: 1 });

    const page = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>${"x".repeat(5000)}</style></head><body><h1>Bad Gateway</h1></body></html>`;
    server.handle((_req, res) => {
      res.writeHead(502, { "Content-Type": "text/html" });
      res.end(page);
    });
    const error = (await vantage({ maxRetries: 0 })
      .jobs.get("x")
      .catch((e: unknown) => e)) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toBe("502 Bad Gateway");
    expect(error.message.length).toBeLessThan(300);
    expect(error.body).toBe(page);
  });

  it("redaction replaces whole secrets only, and never short ones", () => {
    expect(redactText("abcdef and abc", ["abc"])).toBe("abcdef and abc");
    expect(redactText(`Bearer ${KEY}.`, [KEY])).toBe("Bearer [REDACTED].");
    expect(redactText(`x${KEY}y`, [KEY])).toBe(`x${KEY}y`);
  });
});

describe("custom fetch and per-call options", () => {
  it("calls fetch(url, init) with method, headers and body in init; passes fetchOptions; sends defaultQuery", async () => {
    const calls: [string, RequestInit & Record<string, unknown>][] = [];
    const marker = { dispatcher: true };
    const client = vantage({
      fetchOptions: { dispatcher: marker, cache: "no-store" },
      defaultQuery: { tenant: "t1" },
      fetch: async (url, init) => {
        calls.push([url, init as never]);
        return new Response(JSON.stringify({ id: "job_1" }), { status: 201, headers: { "Content-Type": "application/json" } });
      },
    });
    await client.jobs.create({ name: "a", cluster_id: "c", command: "x" } as never);
    const [url, init] = calls[0]!;
    expect(typeof url).toBe("string");
    expect(url).toBe(`${server.url}/jobs?tenant=t1`);
    expect(init.method).toBe("POST");
    expect((init.headers as Record<string, string>)["Content-Type"]).toBe("application/json");
    expect(JSON.parse(init.body as string)).toEqual({ name: "a", cluster_id: "c", command: "x" });
    expect(init.dispatcher).toBe(marker);
    expect(init.cache).toBe("no-store");
  });

  it("a per-request baseUrl, and withOptions() making a changed copy", async () => {
    const other = await startTestServer((_req, res) => sendJson(res, 200, { id: "other" }));
    try {
      server.handle((_req, res) => sendJson(res, 200, { id: "main" }));
      const client = vantage();
      expect(await client.jobs.get("j", { baseUrl: other.url })).toEqual({ id: "other" });
      const copy = client.withOptions({ baseUrl: other.url, headers: { "X-Copy": "1" } });
      expect(copy).toBeInstanceOf(Vantage);
      expect(await copy.jobs.get("j")).toEqual({ id: "other" });
      expect(other.requests.at(-1)!.headers["x-copy"]).toBe("1");
      expect(await client.jobs.get("j")).toEqual({ id: "main" });
    } finally {
      await other.close();
    }
  });
});

describe("uploads stream; downloads are files", () => {
  let raw: Server;
  let rawUrl = "";
  let onData: ((chunk: Buffer, req: IncomingMessage) => void) | undefined;
  let received: Buffer[] = [];
  let tmp = "";
  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), "vantage-upload-"));
    raw = createServer((req, res) => {
      received = [];
      req.on("data", (chunk: Buffer) => {
        received.push(chunk);
        onData?.(chunk, req);
      });
      req.on("end", () => sendJson(res, 201, { id: "file_1", headers: req.headers }));
    });
    await new Promise<void>((resolve) => raw.listen(0, "127.0.0.1", resolve));
    rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    raw.closeAllConnections();
    await new Promise((resolve) => raw.close(resolve));
    rmSync(tmp, { recursive: true, force: true });
  });

  it("sends a file stream as it is read: the server sees the first part before the stream yields the rest", async () => {
    let firstArrived!: () => void;
    const arrived = new Promise<void>((resolve) => (firstArrived = resolve));
    onData = (chunk) => {
      if (Buffer.concat(received).includes("FIRST-CHUNK")) firstArrived();
      void chunk;
    };
    async function* content() {
      yield new TextEncoder().encode("FIRST-CHUNK\n");
      // A client that buffered the stream before sending would wait here forever.
      await Promise.race([arrived, new Promise((_, reject) => setTimeout(() => reject(new Error("the upload was buffered")), 10_000))]);
      yield new TextEncoder().encode("SECOND-CHUNK\n");
    }
    const client = new Vantage({ apiKey: KEY, baseUrl: rawUrl });
    await client.storage.files.upload({ file: content(), path: "/datasets/a.csv" } as never);
    const body = Buffer.concat(received).toString();
    expect(body).toContain("FIRST-CHUNK\nSECOND-CHUNK\n");
    onData = undefined;
  });

  it("a Node file stream goes with its own file name and a content type from the name; toFile() names buffers", async () => {
    const file = path.join(tmp, "measurements.csv");
    writeFileSync(file, "t,v\n1,2\n");
    const client = new Vantage({ apiKey: KEY, baseUrl: rawUrl });
    await client.storage.files.upload({ file: createReadStream(file), path: "/d/m.csv" } as never);
    const body = Buffer.concat(received).toString();
    expect(body).toMatch(/filename="measurements\.csv"\r\nContent-Type: text\/csv\r\n\r\nt,v\n1,2\n/);

    const named = await toFile(Buffer.from('{"a":1}'), "config.json");
    expect(named.name).toBe("config.json");
    expect(named.type).toBe("application/json");
    await client.storage.files.upload({ file: named, path: "/d/c.json" } as never);
    expect(Buffer.concat(received).toString()).toMatch(/filename="config\.json"\r\nContent-Type: application\/json/);
  });

  it("a download exposes the stream, blob(), arrayBuffer() and the file name from Content-Disposition", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/csv", "Content-Disposition": "attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.csv" });
      res.end("x,y\n");
    });
    const download = await vantage().storage.files.download("f");
    expect(download).toBeInstanceOf(ReadableStream);
    expect(download.fileName).toBe("résumé.csv");
    const blob = await download.blob();
    expect(blob.type).toBe("text/csv");
    expect(await blob.text()).toBe("x,y\n");
    const again = await vantage().storage.files.download("f");
    expect(new TextDecoder().decode(await again.arrayBuffer())).toBe("x,y\n");
  });
});

describe("query values", () => {
  it("Dates go as ISO 8601; null and undefined are left out with no stray ?&", async () => {
    server.handle((_req, res) => sendJson(res, 200, {}));
    const client = runtimeClient(server.url);
    await client.request("get", "/a", { query: { created_after: new Date("2024-01-15T10:30:00Z"), x: null, y: undefined } });
    await client.request("get", "/b", { query: { x: null, y: undefined } });
    await client.request("get", "/c", { query: { x: null, o: {}, z: 1 } });
    expect(server.requests.map((r) => r.url)).toEqual(["/a?created_after=2024-01-15T10%3A30%3A00.000Z", "/b", "/c?z=1"]);
  });
});

describe("the generated declarations", () => {
  it("every method's JSDoc carries an @example built from the spec and @throws", () => {
    const dir = path.join(repoRoot, "generated/client/resources");
    let methods = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".d.ts"))) {
      const text = readFileSync(path.join(dir, file), "utf8");
      const count = [...text.matchAll(/^ {2}[a-zA-Z_$][\w$]*\(.*\): (APIPromise|PagePromise)</gm)].length;
      methods += count;
      expect([...text.matchAll(/@example\n\s*\* .*vantage\./g)].length, file).toBe(count);
      expect([...text.matchAll(/@throws \{APIConnectionError\}/g)].length, file).toBe(count);
    }
    expect(methods).toBeGreaterThan(30);
    const jobs = readFileSync(path.join(dir, "jobs.d.ts"), "utf8");
    expect(jobs).toMatch(/@throws \{NotFoundError\}[\s\S]*get\(jobId/);
    expect(jobs).toMatch(/export type JobListParams = /);
    expect(jobs).toMatch(/export type JobCreateParams = /);
  });

  it("the runtime refuses before sending (SDKError base)", () => {
    expect(new InvalidRequestError("x")).toBeInstanceOf(SDKError);
    expect(() => new APIClient({ apiKey: KEY, baseUrl: "http://a" }, { name: "T", baseUrl: "", auth: { type: "bearer" } })).not.toThrow();
  });
});
