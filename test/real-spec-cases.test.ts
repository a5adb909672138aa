/**
 * Cases seen in real public specs the other tests never met (fixtures in
 * test/fixtures/specs/edge/, each imitating a public spec, see the README
 * there). Each generates types + client + server into test-output/, starts
 * the generated Fastify plugin on 127.0.0.1 with recording handlers, calls
 * it through the generated SDK, and checks what the handler received and
 * what the SDK returned: the SDK and the server must agree on one document.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Fastify, { type FastifyInstance } from "fastify";
import { generate, foldersOf, type Part } from "../generators/pipeline/generate.js";
import { writeAtomically } from "../generators/pipeline/output.js";
import { main } from "../generators/cli/main.js";
import { typecheckDir } from "./helpers/typecheck.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
const edge = path.join(repoRoot, "test/fixtures/specs/edge");
// Inside the repo so the output resolves fastify & co. from node_modules; test-output/ is git-ignored.
const outRoot = path.join(repoRoot, "test-output", "real-spec-cases");
const PARTS: Part[] = ["types", "client", "server"];

interface Received {
  handler: string;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  contentType: string | undefined;
  files?: Record<string, unknown>;
}

interface Case {
  url: string;
  app: FastifyInstance;
  sdk: any;
  warnings: string[];
  received: Received[];
  sent: { url: string; method: string; headers: Headers }[];
}

const running: FastifyInstance[] = [];
afterAll(async () => {
  for (const app of running) await app.close();
  rmSync(outRoot, { recursive: true, force: true });
});

/** Generates the spec, starts its server with a handler per operation answering `answers[handler]` (or echoing), and makes an SDK for it. */
async function start(file: string, answers: Record<string, (r: Received) => { status: number; body?: unknown; contentType?: string }> = {}): Promise<Case> {
  const name = path.basename(file).replace(/\.\w+$/, "");
  const dir = path.join(outRoot, name);
  const result = await generate({ spec: path.join(edge, file), only: PARTS });
  writeAtomically(dir, foldersOf(PARTS), result.files);
  const server = (await import(pathToFileURL(path.join(dir, "server/index.ts")).href)) as Record<string, any>;
  const client = (await import(pathToFileURL(path.join(dir, "client/index.js")).href)) as Record<string, any>;
  const received: Received[] = [];
  const handlers: Record<string, unknown> = {};
  for (const route of server.api.routes as { handlerName: string; responses: Record<string, unknown> }[]) {
    const ok = Object.keys(route.responses).find((k) => k.startsWith("2")) ?? "200";
    handlers[route.handlerName] = async (request: any) => {
      const r: Received = {
        handler: route.handlerName,
        params: { ...request.params },
        query: { ...request.query },
        body: Buffer.isBuffer(request.body) ? request.body.toString("utf8") : request.body,
        contentType: request.headers["content-type"],
        files: request.files,
      };
      received.push(r);
      const answer = answers[route.handlerName];
      if (answer) return answer(r);
      return { status: Number(ok), body: { ...(r.body && typeof r.body === "object" && !Array.isArray(r.body) ? r.body : {}), ...r.params } };
    };
  }
  const app = Fastify();
  await app.register(server[Object.keys(server).find((k) => k.endsWith("Routes") && typeof server[k] === "function")!], { handlers });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  running.push(app);
  const sent: Case["sent"] = [];
  const recordingFetch = (input: string, init: RequestInit) => {
    sent.push({ url: String(input), method: String(init.method), headers: new Headers(init.headers) });
    return fetch(input, init);
  };
  const sdk = new client[result.model.clientName]({ baseUrl: url, maxRetries: 0, fetch: recordingFetch });
  return { url, app, sdk, warnings: result.warnings, received, sent };
}

const last = <T>(list: T[]): T => list[list.length - 1]!;

describe("request bodies whose only media types are +json (Kubernetes)", () => {
  it("the SDK sends the declared media type and the server parses and validates it", async () => {
    const c = await start("plus-json-bodies.yaml", {
      patchAppsV1NamespacedDeployment: (r) => ({ status: 200, body: { kind: "Deployment", metadata: { name: String(r.params.name) }, spec: { replicas: 3 } } }),
      patchBatchV1JobStatus: (r) =>
        Array.isArray(r.body) && r.body.length > 1
          ? { status: 422, body: { title: "too many operations", status: 422 }, contentType: "application/problem+json" }
          : { status: 200, body: { status: "Success", applied: (r.body as unknown[]).length }, contentType: "application/vnd.kubernetes.status+json" },
    });
    const deployment = await c.sdk.appsV1.patchNamespacedDeployment("default", "web", { spec: { replicas: 3 }, query: { dryRun: "All" } });
    expect(deployment).toEqual({ kind: "Deployment", metadata: { name: "web" }, spec: { replicas: 3 } });
    expect(last(c.received)).toMatchObject({
      contentType: "application/json-patch+json",
      params: { namespace: "default", name: "web" },
      query: { dryRun: "All" },
      body: { spec: { replicas: 3 } },
    });

    // An array body under `application/json-patch+json; charset=utf-8`, answered in a vendor +json type.
    const status = await c.sdk.batchV1.patchJobStatus("pi", [{ op: "replace", path: "/status/active", value: 1 }]);
    expect(status).toEqual({ status: "Success", applied: 1 });
    expect(last(c.received).contentType).toBe("application/json-patch+json; charset=utf-8");
    expect(last(c.received).body).toEqual([{ op: "replace", path: "/status/active", value: 1 }]);

    // application/problem+json errors are parsed as JSON by the SDK.
    const error = await c.sdk.batchV1
      .patchJobStatus("pi", [
        { op: "remove", path: "/a" },
        { op: "remove", path: "/b" },
      ])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422, body: { title: "too many operations", status: 422 } });

    // The server validates a +json body against that media type's schema.
    const invalid = await fetch(`${c.url}/apis/batch/v1/jobs/pi/status`, {
      method: "PATCH",
      headers: { "content-type": "application/json-patch+json; charset=utf-8" },
      body: JSON.stringify([{ op: "jump" }]),
    });
    expect(invalid.status).toBe(400);
    expect(c.received).toHaveLength(3);
  });

  it("with both JSON and a +json type declared, the SDK sends application/json and the server takes either", async () => {
    const c = await start("plus-json-bodies.yaml");
    expect(await c.sdk.mixed.createWidget({ name: "w" })).toEqual({ name: "w" });
    expect(last(c.received).contentType).toBe("application/json");
    const merge = await fetch(`${c.url}/apis/mixed/v1/widgets`, {
      method: "POST",
      headers: { "content-type": "application/merge-patch+json" },
      body: '{"name":"m"}',
    });
    expect(merge.status).toBe(201);
    expect(last(c.received)).toMatchObject({ contentType: "application/merge-patch+json", body: { name: "m" } });
  });
});

describe("a request body on GET or HEAD (OAS 3.0: ignored)", () => {
  it("is dropped with a warning naming its pointer; the SDK sends none, the server expects none; DELETE keeps its body", async () => {
    const c = await start("get-request-body.yaml", { search: (r) => ({ status: 200, body: { q: String(r.query.q), hits: 2 } }) });
    expect(c.warnings.some((w) => w.includes("(#/paths/~1search/get/requestBody)") && /GET/.test(w))).toBe(true);
    expect(c.warnings.some((w) => w.includes("(#/paths/~1search/head/requestBody)"))).toBe(true);
    expect(c.sdk.search.search.length).toBe(2); // (query, options): no body argument
    expect(await c.sdk.search.search({ q: "gpu" })).toEqual({ q: "gpu", hits: 2 });
    expect(last(c.received)).toMatchObject({ query: { q: "gpu" }, body: undefined });
    expect(last(c.sent).method).toBe("GET");

    expect(await c.sdk.items.delete("7", { reason: "duplicate" })).toEqual({ id: "7", reason: "duplicate" });
    expect(last(c.received)).toMatchObject({ params: { id: "7" }, body: { reason: "duplicate" } });
  });

  it("generate prints the warning", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "real-spec-cli-"));
    const printed: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void printed.push(args.map(String).join(" "));
    try {
      const code = await main(["generate", "--spec", path.join(edge, "get-request-body.yaml"), "--out", out, "--only", "types,client"]);
      expect(code).toBe(0);
    } finally {
      console.error = original;
      rmSync(out, { recursive: true, force: true });
    }
    expect(printed.join("\n")).toMatch(/warning: .*\(#\/paths\/~1search\/get\/requestBody\): a request body on GET/);
  }, 120_000);
});

describe("#fragment path keys (Box)", () => {
  it("the fragment never reaches the URL; operations sharing a route are picked by the query each requires", async () => {
    const c = await start("path-fragments.yaml");
    const handlerOf = () => last(c.received).handler;
    await c.sdk.files.getId("12");
    expect(handlerOf()).toBe("get_files_id");
    expect(last(c.sent).url).toMatch(/\/files\/12$/);
    // Present required query parameters decide (the most of them wins): `fields` present picks get_shared_link.
    await c.sdk.files.getIdGetSharedLink("12", { fields: "shared_link" });
    expect(handlerOf()).toBe("getFilesIdGetSharedLink");
    expect(last(c.sent).url).toMatch(/\/files\/12\?fields=shared_link$/);
    expect(last(c.received)).toMatchObject({ params: { file_id: "12" }, query: { fields: "shared_link" } });

    await c.sdk.files.putId("12", { name: "renamed" });
    expect(last(c.received)).toMatchObject({ handler: "put_files_id", body: { name: "renamed" } });
    await c.sdk.files.putIdAddSharedLink("12", { shared_link: { access: "open" }, query: { fields: "shared_link" } });
    expect(last(c.received)).toMatchObject({ handler: "putFilesIdAddSharedLink", query: { fields: "shared_link" }, body: { shared_link: { access: "open" } } });
    expect(c.sent.every((s) => !s.url.includes("#"))).toBe(true);
  });

  it("two operations no required query tells apart are refused, naming both pointers", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "real-spec-frag-"));
    try {
      const spec = path.join(dir, "openapi.json");
      const op = (id: string) => ({
        operationId: id,
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "ok" } },
      });
      const { writeFileSync } = await import("node:fs");
      writeFileSync(
        spec,
        JSON.stringify({ openapi: "3.0.3", info: { title: "t", version: "1" }, paths: { "/f/{id}#a": { get: op("a") }, "/f/{id}#b": { get: op("b") } } }),
      );
      await expect(generate({ spec, only: ["client"] })).rejects.toThrow(
        /#\/paths\/~1f~1\{id\}#a\/get and #\/paths\/~1f~1\{id\}#b\/get\): .*same URL once the fragment is dropped/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("enum: [] (Discord)", () => {
  it("types compile, the server starts, and an empty enum reads as no known values (warned, any value of the type)", async () => {
    const c = await start("empty-enum.json", {
      update_application_flags: (r) => ({ status: 200, body: { ...(r.body as object), kind: 7 } }),
    });
    expect(c.warnings.some((w) => /enum: \[\]` lists no values/.test(w) && w.includes("#/components/schemas/"))).toBe(true);
    expect(await c.sdk.applications.updateFlags("app1", { flags: 4, tier: null, label: "x" })).toEqual({ flags: 4, tier: null, label: "x", kind: 7 });
    expect(last(c.received).body).toEqual({ flags: 4, tier: null, label: "x" });
    // The type still holds: a string where an integer is declared is refused.
    const wrong = await fetch(`${c.url}/applications/app1/flags`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: '{"flags":"many"}',
    });
    expect(wrong.status).toBe(400);
  });
});

describe("TRACE and RFC 6570 path templates", () => {
  it("TRACE is left out of the SDK with a warning and still served", async () => {
    const c = await start("trace-and-templates.yaml", { traceDebug: () => ({ status: 200, body: "traced" }), getDebug: () => ({ status: 200, body: "got" }) });
    expect(c.warnings.some((w) => w.includes("(#/paths/~1debug/trace)") && /fetch cannot send TRACE/.test(w))).toBe(true);
    expect(c.sdk.debug.trace).toBeUndefined();
    expect(await c.sdk.debug.get()).toBe("got");
    const port = new URL(c.url).port;
    const traced = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, method: "TRACE", path: "/debug" }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on("error", reject);
      request.end();
    });
    expect(traced).toEqual({ status: 200, body: "traced" });
  });

  it("label, matrix, explode and reserved expressions: bare names, path order, expanded per operator, routed and extracted", async () => {
    const c = await start("trace-and-templates.yaml");
    expect(c.warnings.filter((w) => /is not declared/.test(w))).toEqual([]);
    expect(c.sdk.reports.get.length).toBe(4); // (year, month, format, options): path order, not declaration order
    expect(await c.sdk.reports.get(2024, 7, "json")).toEqual({ year: 2024, month: 7, format: "json" });
    expect(last(c.sent).url).toMatch(/\/reports\/2024\/7\.json$/);

    expect(await c.sdk.maps.get(1.5, -2.25)).toEqual({ lat: 1.5, lng: -2.25 });
    expect(last(c.sent).url).toMatch(/\/maps\/;lat=1\.5;lng=-2\.25$/);

    expect(await c.sdk.tags.get("gpu")).toEqual({ names: "gpu" });
    expect(last(c.sent).url).toMatch(/\/tags\/gpu$/);

    // Reserved: `/` stays a slash, a space is still escaped.
    expect(await c.sdk.raw.get("dir/sub/my file.txt")).toEqual({ key: "dir/sub/my file.txt" });
    expect(last(c.sent).url).toMatch(/\/raw\/dir\/sub\/my%20file\.txt$/);

    // OpenAPI's own `style: label | matrix` on `{id}`.
    expect(await c.sdk.styled.get("x1", "y2")).toEqual({ id: "x1", coords: "y2" });
    expect(last(c.sent).url).toMatch(/\/styled\/\.x1\/;coords=y2$/);
    const miss = await fetch(`${c.url}/styled/x1/coords=y2`);
    expect(miss.status).toBe(404);
  });
});

describe("the other body kinds, each its operation's only media type", () => {
  it("text, form, multipart with a file part, binary and */*: what the SDK sends is what the server takes", async () => {
    const c = await start("body-kinds.yaml", {
      postText: (r) => ({ status: 200, body: `echo ${String(r.body)}` }),
      upload: (r) => ({
        status: 200,
        body: { title: (r.body as Record<string, string>).title, size: (r.files?.file as { size?: number; buffer?: Buffer })?.size ?? -1 },
      }),
      putBlob: (r) => ({ status: 200, body: { size: String(r.body).length } }),
    });
    expect(await c.sdk.text.post("hello")).toBe("echo hello");
    expect(last(c.received).contentType).toMatch(/^text\/plain/);
    expect(await c.sdk.form.post({ name: "n", count: 2 })).toEqual({ name: "n", count: 2 });
    expect(last(c.received).contentType).toBe("application/x-www-form-urlencoded");
    const uploaded = await c.sdk.upload.upload({ title: "t", file: new Blob(["abcd"], { type: "text/plain" }) });
    expect(uploaded.title).toBe("t");
    expect(last(c.received).contentType).toMatch(/^multipart\/form-data/);
    expect(await c.sdk.blob.put(new Uint8Array([65, 66, 67]))).toEqual({ size: 3 });
    expect(last(c.received).contentType).toBe("application/octet-stream");
    expect(await c.sdk.anything.post({ any: "x" })).toEqual({ any: "x" });
    expect(last(c.received)).toMatchObject({ contentType: "application/json", body: { any: "x" } });
  });
});

describe("the generated code", () => {
  it("of every case (types, client, server) compiles under tsc --strict, in one run", async () => {
    const dir = path.join(outRoot, "compile");
    for (const file of [
      "plus-json-bodies.yaml",
      "get-request-body.yaml",
      "path-fragments.yaml",
      "empty-enum.json",
      "trace-and-templates.yaml",
      "body-kinds.yaml",
    ]) {
      const result = await generate({ spec: path.join(edge, file), only: PARTS });
      writeAtomically(path.join(dir, file.replace(/\.\w+$/, "")), foldersOf(PARTS), result.files);
    }
    expect(typecheckDir(dir)).toEqual([]);
  }, 300_000);
});
