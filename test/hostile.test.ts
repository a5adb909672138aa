/**
 * Hostile input (test/fixtures/hostile/hostile.yaml): every string a
 * generator copies into code, comments or HTML carries a payload that sets
 * globalThis.__pwned if pasted unescaped; names collide after cleaning and
 * shadow globals. The output must compile under tsc --strict, contain the
 * payloads only inside strings and comments, and — compiled with esbuild,
 * every module imported, every SDK method called against a real 127.0.0.1
 * server, the docs page opened in Chromium — run nothing the spec smuggled in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, copyFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import ts from "typescript";
import { chromium } from "playwright-core";
import { generate, foldersOf, PARTS, type Part } from "../generators/pipeline/generate.js";
import { writeAtomically } from "../generators/pipeline/output.js";
import type { Model, OperationModel } from "../generators/model/model.js";
import { serveStatic } from "../generators/cli/static-server.js";
import { listTsFiles, linkNodeModules, repoRoot, typecheckDir } from "./helpers/typecheck.js";
import { sendJson, startTestServer, type TestServer } from "./helpers/http-server.js";

const SPEC = path.join(repoRoot, "test/fixtures/hostile/hostile.yaml");
/** The code parts this build generates: the server joins once `generate --only server` exists. */
const CODE_PARTS = PARTS.filter((p) => p !== "docs") as Part[];
const HAS_SERVER = (PARTS as readonly string[]).includes("server");

declare global {
  // eslint-disable-next-line no-var
  var __pwned: unknown;
}

let root: string;
let out: string;
let model: Model;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), "vantage-hostile-"));
  out = path.join(root, "out");
  const result = await generate({ spec: SPEC, only: CODE_PARTS });
  model = result.model;
  writeAtomically(out, foldersOf(CODE_PARTS), result.files);
}, 120_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  delete globalThis.__pwned;
});

describe(`hostile spec → ${CODE_PARTS.join(", ")}`, () => {
  it("compiles under tsc --strict", () => {
    expect(typecheckDir(out)).toEqual([]);
  }, 120_000);

  it("keeps every payload inside a string literal or a comment", () => {
    // The TypeScript scanner sees comments and strings as single tokens: `__pwned` as a code token means
    // a payload escaped its string or comment.
    const leaks: string[] = [];
    for (const file of listTsFiles(out, true)) {
      const text = readFileSync(file, "utf8");
      const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
      for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
        if (token === ts.SyntaxKind.Identifier && scanner.getTokenText() === "__pwned") {
          leaks.push(`${path.relative(out, file)}@${scanner.getTokenStart()}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it("names colliding and reserved things apart, and never shadows a global", () => {
    const models = readFileSync(path.join(out, "client/models.d.ts"), "utf8");
    // Foo-Bar, Foo_Bar, FooBar clean to one name: each keeps its own alias, in a stable order.
    // (Schemas with no readOnly/writeOnly inside are aliased as they are, without Readable/Writable.)
    expect(models).toContain('export type FooBar = components["schemas"]["Foo-Bar"];');
    expect(models).toContain('export type FooBar2 = Writable<components["schemas"]["FooBar"]>;');
    expect(models).toContain('export type FooBar3 = components["schemas"]["Foo_Bar"];');
    for (const global of ["Promise", "Array", "Error", "Object", "Response", "Record"]) {
      expect(models).not.toMatch(new RegExp(`export (type|const) ${global}\\b`));
      expect(models).toMatch(new RegExp(`export type ${global}Model = `));
    }
    // get-job, get_job, getJob under the tags Jobs, jobs, JOBS: one resource, three methods.
    const jobs = model.operations
      .filter((op) => op.resource.join(".") === "jobs")
      .map((op) => op.methodName)
      .sort();
    expect(jobs).toEqual(["get", "get2", "get3", "globalThisPwned1"]);
  });

  it("runs none of the payloads: every module imported, every method called against a real server", async () => {
    const js = path.join(root, "js");
    // Each file on its own (no bundling), so every generated module is loaded as itself.
    const sources = listTsFiles(out).filter((file) => !file.endsWith(".d.ts"));
    await build({ entryPoints: sources, outdir: js, outbase: out, bundle: false, format: "esm", platform: "node", logLevel: "silent" });
    // The SDK runtime and resources ship as JavaScript (client/core, client/resources): they go beside the compiled modules as they are.
    const shipped = listTsFiles(out, true)
      .filter((file) => file.endsWith(".js"))
      .map((file) => path.relative(out, file));
    expect(shipped.some((file) => file.startsWith("client/core/"))).toBe(true);
    expect(shipped.some((file) => file.startsWith("client/resources/"))).toBe(true);
    for (const file of shipped) {
      mkdirSync(path.dirname(path.join(js, file)), { recursive: true });
      copyFileSync(path.join(out, file), path.join(js, file));
    }
    linkNodeModules(js);
    delete globalThis.__pwned;
    const modules = [...sources.map((file) => path.join(js, path.relative(out, file)).replace(/\.ts$/, ".js")), ...shipped.map((file) => path.join(js, file))];
    for (const file of modules) {
      await import(pathToFileURL(file).href);
    }
    const server: TestServer = await startTestServer((req, res) => {
      if (req.method === "DELETE") return res.writeHead(204).end();
      return sendJson(res, 200, req.method === "GET" && req.url.startsWith("/v1/jobs?") ? [] : {});
    });
    try {
      const sdk = (await import(pathToFileURL(path.join(js, "client/index.js")).href)) as Record<string, unknown>;
      const Client = sdk[model.clientName] as new (options: object) => Record<string, unknown>;
      const client = new Client({ baseUrl: `${server.url}/v1`, apiKey: "k", maxRetries: 0 });
      for (const op of model.operations) await callOperation(client, op);
      expect(server.requests.map((r) => `${r.method} ${r.url.replace(/\?.*/, "")}`).sort()).toEqual(
        model.operations.map((op) => `${op.method.toUpperCase()} /v1${samplePath(op)}`).sort(),
      );
    } finally {
      await server.close();
    }
    if (HAS_SERVER) await exerciseServer(js);
    expect(globalThis.__pwned).toBeUndefined();
  }, 120_000);
});

describe("hostile spec → docs", () => {
  let docsDir: string;

  beforeAll(async () => {
    docsDir = path.join(root, "docs-out");
    const result = await generate({ spec: SPEC, only: ["docs"] });
    writeAtomically(docsDir, foldersOf(["docs"]), result.files);
  }, 120_000);

  it("escapes the spec's text in the page's own HTML", () => {
    const html = readFileSync(path.join(docsDir, "docs/index.html"), "utf8");
    // Only the page's five scripts; the payload's <script> is text.
    expect(html.match(/<script\b/g)).toHaveLength(5);
    expect(html).not.toContain("<script>globalThis");
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    // …and shown, escaped, rather than dropped.
    expect(html).toContain("&lt;/script&gt;&lt;script&gt;globalThis.__pwned&#x3D;1&lt;/script&gt;");
  });

  it("renders in Chromium without running a payload", async () => {
    const server = await serveStatic(docsDir, { port: 0 });
    const profile = mkdtempSync(path.join(os.tmpdir(), "hostile-chromium-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()));
      await page.goto(`${server.url}/docs/`);
      await page.waitForSelector('html[data-docs-ready="true"]', { timeout: 60_000 });
      const state = await page.evaluate(() => ({
        pwned: (globalThis as { __pwned?: unknown }).__pwned,
        scripts: [...document.querySelectorAll("script")].map((s) => s.getAttribute("src")),
        handlers: document.querySelectorAll("[onerror], [onload], [onclick]").length,
        text: document.body.innerText,
      }));
      expect(state.pwned).toBeUndefined();
      expect(state.scripts).toEqual(["redoc.standalone.js", "spec.js", "try-it-data.js", "docs.js", "try-it.js"]);
      expect(state.handlers).toBe(0);
      // The summary is shown as text, not swallowed.
      expect(state.text).toContain("List jobs */ globalThis.__pwned = 1; /*");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 120_000);
});

/** Path params filled with "a" (strings) or 1 (numbers): the URL the call must reach. */
function sampleArgs(op: OperationModel): (string | number)[] {
  return op.pathParams.map((p) => (p.simpleType === "number" ? 1 : "a"));
}

function samplePath(op: OperationModel): string {
  const args = sampleArgs(op);
  return op.pathParams.reduce((route, p, i) => route.replace(`{${p.name}}`, String(args[i])), op.path);
}

async function callOperation(client: Record<string, unknown>, op: OperationModel): Promise<void> {
  let target = client;
  for (const segment of op.resource) target = target[segment] as Record<string, unknown>;
  const method = target[op.methodName] as (...args: unknown[]) => PromiseLike<unknown>;
  expect(typeof method, `${op.resource.join(".")}.${op.methodName}`).toBe("function");
  const input = op.requestBody || op.queryParams.length ? [op.requestBody?.bodyType === "json" || op.queryParams.length ? { name: "x" } : "x"] : [];
  await method.call(target, ...sampleArgs(op), ...input);
}

/** The server stubs: the plugin registers on a real Fastify and answers (501 for a missing handler). */
async function exerciseServer(js: string): Promise<void> {
  const { default: Fastify } = await import("fastify");
  const server = (await import(pathToFileURL(path.join(js, "server/index.js")).href)) as Record<string, unknown>;
  const plugin = Object.entries(server).find(([name, value]) => /Routes$/.test(name) && typeof value === "function")?.[1];
  expect(plugin, "the server's routes plugin").toBeTypeOf("function");
  const app = Fastify();
  await app.register(plugin as never, { handlers: {} } as never);
  const response = await app.inject({ method: "DELETE", url: "/jobs/a" });
  expect(response.statusCode).toBe(501);
  await app.close();
}
