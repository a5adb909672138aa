/**
 * Request bodies other than JSON (multipart, binary, text, form) and
 * downloads (stream, blob), against a real local server that parses what it
 * receives.
 */
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { APIClient, ClientOptions } from "../templates/client/core/client.js";
import { APIUserAbortError, InternalServerError } from "../templates/client/core/errors.js";
import { toFormData, type Uploadable } from "../templates/client/core/uploads.js";
import { sendJson, startTestServer, type RecordedRequest, type TestServer } from "./helpers/http-server.js";
import { runtimeClient } from "./helpers/runtime-client.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const makeClient = (options: ClientOptions = {}): APIClient => runtimeClient(server.url, options);

/** Every byte value, in a size that spans several stream chunks. */
const CONTENT = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31 + 7) % 256);

function chunks(bytes: Uint8Array, size = 16_384): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.slice(i, i + size));
  return out;
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  const parts = chunks(bytes);
  return new ReadableStream({
    pull(controller) {
      const next = parts.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
}

async function* iterableOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (const part of chunks(bytes)) yield part;
}

/** Parses a recorded multipart request the way any fetch-based server would. */
function parseMultipart(req: RecordedRequest): Promise<FormData> {
  return new Request("http://x", {
    method: "POST",
    headers: { "content-type": String(req.headers["content-type"]) },
    body: new Uint8Array(req.body),
  }).formData();
}

/**
 * Byte equality via Buffer.equals: vitest's deep toEqual walks large arrays
 * element by element and takes hundreds of milliseconds.
 */
function expectSameBytes(actual: Uint8Array, expected: Uint8Array): void {
  expect(actual.byteLength).toBe(expected.byteLength);
  expect(Buffer.from(actual.buffer, actual.byteOffset, actual.byteLength).equals(expected)).toBe(true);
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("multipart uploads", () => {
  const sources: Array<{ kind: string; make: () => Uploadable; fileName: string }> = [
    { kind: "Blob", make: () => new Blob([CONTENT]), fileName: "file" },
    { kind: "File", make: () => new File([CONTENT], "results.bin", { type: "application/x-hdf5" }), fileName: "results.bin" },
    { kind: "Uint8Array", make: () => CONTENT.slice(), fileName: "file" },
    { kind: "Buffer", make: () => Buffer.from(CONTENT), fileName: "file" },
    { kind: "ArrayBuffer", make: () => CONTENT.slice().buffer, fileName: "file" },
    { kind: "ReadableStream", make: () => streamOf(CONTENT), fileName: "file" },
    { kind: "async iterable", make: () => iterableOf(CONTENT), fileName: "file" },
    { kind: "Node Readable", make: () => Readable.from(chunks(CONTENT).map((c) => Buffer.from(c))), fileName: "file" },
  ];

  for (const { kind, make, fileName } of sources) {
    it(`uploads from a ${kind}: exact bytes, file name and the other fields`, async () => {
      server.handle((_req, res) => sendJson(res, 201, { id: "file_1" }));
      const result = await makeClient().request(
        "post",
        "/storage/files",
        { body: { file: make(), path: "/data/run-1/results.bin", overwrite: false } },
        undefined,
        { bodyType: "multipart" },
      );
      expect(result).toEqual({ id: "file_1" });
      const req = server.requests[0]!;
      expect(String(req.headers["content-type"])).toMatch(/^multipart\/form-data; boundary=/);
      const form = await parseMultipart(req);
      const file = form.get("file");
      expect(file).toBeInstanceOf(File);
      expect((file as File).name).toBe(fileName);
      expectSameBytes(new Uint8Array(await (file as File).arrayBuffer()), CONTENT);
      expect(form.get("path")).toBe("/data/run-1/results.bin");
      expect(form.get("overwrite")).toBe("false");
    });
  }

  it("keeps a File's content type", async () => {
    server.handle((_req, res) => sendJson(res, 201, {}));
    const file = new File(["a,b\n"], "table.csv", { type: "text/csv" });
    await makeClient().request("post", "/storage/files", { body: { file } }, undefined, { bodyType: "multipart" });
    const sent = (await parseMultipart(server.requests[0]!)).get("file") as File;
    expect(sent.type).toBe("text/csv");
    expect(await sent.text()).toBe("a,b\n");
  });

  it("is retried with the whole body when an idempotency key is sent (Blob content)", async () => {
    server.handle((_req, res, index) => (index === 0 ? sendJson(res, 503, {}) : sendJson(res, 201, {})));
    await makeClient().request(
      "post",
      "/storage/files",
      { body: { file: new Blob([CONTENT]), path: "/p" } },
      { idempotencyKey: "upload-1" },
      { bodyType: "multipart" },
    );
    expect(server.requests).toHaveLength(2);
    const retried = (await parseMultipart(server.requests[1]!)).get("file") as File;
    expectSameBytes(new Uint8Array(await retried.arrayBuffer()), CONTENT);
  });

  it("streams a stream's content once: it is never buffered to be replayed, so a 503 is not retried", async () => {
    server.handle((_req, res) => sendJson(res, 503, {}));
    const call = makeClient().request(
      "post",
      "/storage/files",
      { body: { file: streamOf(CONTENT), path: "/p" } },
      { idempotencyKey: "upload-1" },
      { bodyType: "multipart" },
    );
    await expect(call).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
    const sent = (await parseMultipart(server.requests[0]!)).get("file") as File;
    expectSameBytes(new Uint8Array(await sent.arrayBuffer()), CONTENT);
  });
});

describe("toFormData", () => {
  it("repeats arrays, stringifies numbers, booleans, dates and objects, skips undefined and null", async () => {
    const form = await toFormData({
      tags: ["a", "b"],
      count: 3,
      overwrite: true,
      when: new Date("2024-01-15T10:30:00Z"),
      meta: { owner: "ana", n: [1] },
      skipped: undefined,
      nothing: null,
      files: [new Uint8Array([1, 2]), new File(["x"], "x.txt")],
    });
    expect(form.getAll("tags")).toEqual(["a", "b"]);
    expect(form.get("count")).toBe("3");
    expect(form.get("overwrite")).toBe("true");
    expect(form.get("when")).toBe("2024-01-15T10:30:00.000Z");
    expect(form.get("meta")).toBe('{"owner":"ana","n":[1]}');
    expect(form.has("skipped")).toBe(false);
    expect(form.has("nothing")).toBe(false);
    expect(form.getAll("files").map((f) => (f as File).name)).toEqual(["files", "x.txt"]);
  });
});

describe("other request bodies", () => {
  it("binary: streams a ReadableStream as application/octet-stream, exact bytes", async () => {
    server.handle((_req, res) => sendJson(res, 200, { ok: true }));
    await makeClient().request("post", "/upload", { body: streamOf(CONTENT) }, undefined, { bodyType: "binary" });
    const req = server.requests[0]!;
    expect(req.headers["content-type"]).toBe("application/octet-stream");
    expectSameBytes(req.body, CONTENT);
  });

  it("binary: an async iterable is sent as a stream too", async () => {
    server.handle((_req, res) => sendJson(res, 200, {}));
    await makeClient().request("put", "/upload", { body: iterableOf(CONTENT) }, undefined, { bodyType: "binary" });
    expectSameBytes(server.requests[0]!.body, CONTENT);
  });

  it("binary: a one-shot stream is sent on the first attempt and not retried", async () => {
    server.handle((_req, res) => sendJson(res, 503, { error: "internal_error" }));
    const error = await makeClient()
      .request("put", "/upload", { body: streamOf(CONTENT) }, undefined, { bodyType: "binary" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
    expectSameBytes(server.requests[0]!.body, CONTENT);
  });

  it("binary: bytes in memory are resent on retry", async () => {
    server.handle((_req, res, index) => (index === 0 ? sendJson(res, 503, {}) : sendJson(res, 200, {})));
    await makeClient().request("put", "/upload", { body: CONTENT }, undefined, { bodyType: "binary" });
    expect(server.requests).toHaveLength(2);
    for (const req of server.requests) expectSameBytes(req.body, CONTENT);
  });

  it("text and form-urlencoded bodies", async () => {
    server.handle((_req, res) => sendJson(res, 200, {}));
    const client = makeClient();
    await client.request("post", "/text", { body: "héllo" }, undefined, { bodyType: "text" });
    await client.request("post", "/form", { body: { a: "1 2", b: ["x", "y"], c: undefined } }, undefined, {
      bodyType: "form-urlencoded",
    });
    const [text, form] = server.requests;
    expect(text!.headers["content-type"]).toBe("text/plain;charset=UTF-8");
    expect(text!.body.toString("utf8")).toBe("héllo");
    expect(form!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(form!.body.toString()).toBe("a=1+2&b=x&b=y");
  });
});

describe("downloads", () => {
  const DOWNLOAD = Uint8Array.from({ length: 256 * 1024 }, (_, i) => (i * 7 + 3) % 251);

  function serveDownload(pauseMs = 0) {
    server.handle((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/octet-stream" });
      const parts = chunks(DOWNLOAD, 64 * 1024);
      res.write(parts[0]);
      const timer = setTimeout(() => {
        for (const part of parts.slice(1)) res.write(part);
        res.end();
      }, pauseMs);
      res.on("close", () => clearTimeout(timer));
    });
  }

  it('parseAs "stream" resolves to a ReadableStream of exactly the bytes sent', async () => {
    serveDownload();
    const body = await makeClient().request<ReadableStream<Uint8Array>>(
      "get",
      "/storage/files/{file_id}/download",
      {
        path: { file_id: "file_1" },
      },
      undefined,
      { parseAs: "stream" },
    );
    expect(body).toBeInstanceOf(ReadableStream);
    expectSameBytes(await bytesOf(body), DOWNLOAD);
    expect(server.requests[0]!.headers.accept).toBe("*/*");
  });

  it("a streamed body may take longer than timeoutMs to read", async () => {
    serveDownload(300);
    const body = await makeClient({ timeoutMs: 150 }).request<ReadableStream<Uint8Array>>("get", "/d", {}, undefined, {
      parseAs: "stream",
    });
    expectSameBytes(await bytesOf(body), DOWNLOAD);
  });

  it("the caller's signal can still cancel a streamed body", async () => {
    serveDownload(2000);
    const controller = new AbortController();
    const body = await makeClient().request<ReadableStream<Uint8Array>>(
      "get",
      "/d",
      {},
      { signal: controller.signal },
      {
        parseAs: "stream",
      },
    );
    const reader = body.getReader();
    await reader.read();
    controller.abort();
    await expect(
      (async () => {
        for (;;) if ((await reader.read()).done) return "finished";
      })(),
    ).rejects.toBeDefined();
  });

  it('parseAs "blob" resolves to a Blob of the bytes sent', async () => {
    serveDownload();
    const blob = await makeClient().request<Blob>("get", "/d", {}, undefined, { parseAs: "blob" });
    expect(blob).toBeInstanceOf(Blob);
    expectSameBytes(new Uint8Array(await blob.arrayBuffer()), DOWNLOAD);
  });

  it("an already aborted signal sends no upload", async () => {
    server.handle((_req, res) => sendJson(res, 200, {}));
    const error = await makeClient()
      .request("post", "/upload", { body: { file: new Blob(["x"]) } }, { signal: AbortSignal.abort() }, { bodyType: "multipart" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(0);
  });
});
