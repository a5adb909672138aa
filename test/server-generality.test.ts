/**
 * The server generator is general: for every spec in test/fixtures/specs/real
 * and test/fixtures/specs/edge (plus a hostile one made here: descriptions with
 * `*​/`, backticks and `${`, odd operationIds and path names) the types +
 * server output compiles under `tsc --strict` — one tsc run over all of
 * them — and the plugin starts: Fastify registers every route, ajv
 * compiles every request schema and fast-json-stringify every response
 * schema (both in the worker, none on the main thread).
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Fastify from "fastify";
import AjvCore from "ajv/dist/core.js";
import { loadSpec } from "../generators/load/load.js";
import { buildModel } from "../generators/model/model.js";
import { generateTypes } from "../generators/types/generate-types.js";
import { generateServer } from "../generators/server/generate-server.js";
import { serverOptions } from "../templates/server/runtime/server-options.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
const specsRoot = path.resolve(repoRoot, "test/fixtures/specs");
// Inside the repo so the output resolves fastify & co. from node_modules; test-output/ is git-ignored.
const outRoot = path.join(repoRoot, "test-output", "server-generality");
const require = createRequire(import.meta.url);

function specFiles(): { name: string; file: string }[] {
  const out: { name: string; file: string }[] = [];
  const real = path.join(specsRoot, "real");
  for (const entry of readdirSync(real).sort()) {
    const full = path.join(real, entry);
    if (statSync(full).isDirectory()) {
      const root = readdirSync(full).find((f) => /^(openapi|.*public.*|.*\.v\d+)\.(ya?ml|json)$/i.test(f));
      if (root) out.push({ name: `real-${entry}`, file: path.join(full, root) });
    } else if (/\.(ya?ml|json)$/.test(entry)) out.push({ name: `real-${entry.replace(/\.\w+$/, "")}`, file: full });
  }
  const edge = path.join(specsRoot, "edge");
  for (const entry of readdirSync(edge).sort()) {
    if (/\.(ya?ml|json)$/.test(entry) && entry !== "external-shared.json")
      out.push({ name: `edge-${entry.replace(/\.\w+$/, "")}`, file: path.join(edge, entry) });
  }
  return out;
}

/** A spec written to break naive templating. */
function hostileSpec(): object {
  const evil = 'ends */ a comment, `backticks`, ${injection} and "quotes" \\ backslash';
  return {
    openapi: "3.0.3",
    info: { title: `Evil */ API ${"${x}"}`, version: "1" },
    components: {
      securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Api-Key" } },
      schemas: {
        "Thing`${x}`": {
          type: "object",
          description: evil,
          required: ["id"],
          properties: { id: { type: "string", readOnly: true }, "na`me": { type: "string", description: evil }, __proto__: { type: "string" } },
        },
      },
    },
    security: [{ key: [] }],
    paths: {
      "/things/{thing-id}.json": {
        get: {
          operationId: "get-thing */ `${x}`",
          summary: evil,
          description: evil,
          parameters: [
            { name: "thing-id", in: "path", required: true, schema: { type: "string" } },
            { name: "q`uery", in: "query", schema: { type: "string", pattern: "[" } },
            { name: "X-Trace */", in: "header", schema: { type: "integer" } },
          ],
          responses: {
            "200": { description: evil, content: { "application/json": { schema: { $ref: "#/components/schemas/Thing`${x}`" } } } },
            "4XX": { description: "client error" },
            default: { description: "other", content: { "text/plain": { schema: { type: "string" } } } },
          },
        },
        post: {
          requestBody: {
            content: {
              "multipart/form-data": { schema: { type: "object", properties: { "fi`le": { type: "string", format: "binary" }, path: { type: "string" } } } },
            },
          },
          responses: { "201": { description: "ok", content: { "image/*": { schema: { type: "string", format: "binary" } } } } },
        },
      },
      "/a:b/{x}": {
        put: {
          parameters: [{ name: "x", in: "path", required: true, schema: { type: "integer" } }],
          requestBody: { content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } },
          responses: { "204": { description: "ok" } },
        },
      },
    },
  };
}

interface Output {
  name: string;
  dir: string;
}
const outputs: Output[] = [];
const failures: string[] = [];

beforeAll(async () => {
  rmSync(outRoot, { recursive: true, force: true });
  mkdirSync(outRoot, { recursive: true });
  const hostileFile = path.join(outRoot, "hostile.json");
  writeFileSync(hostileFile, JSON.stringify(hostileSpec()));
  for (const { name, file } of [...specFiles(), { name: "hostile", file: hostileFile }]) {
    try {
      const { document, file: resolved } = await loadSpec(file);
      const model = buildModel(document, { specFile: resolved });
      const files = new Map([...(await generateTypes(model)), ...generateServer(model)]);
      const dir = path.join(outRoot, name);
      for (const [rel, text] of files) {
        mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        writeFileSync(path.join(dir, rel), text);
      }
      outputs.push({ name, dir });
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message}`);
    }
  }
}, 300_000);

afterAll(() => {
  // Kept on failure for inspection; removed when everything passed.
  if (failures.length === 0 && process.env.KEEP_TEST_OUTPUT !== "1") rmSync(outRoot, { recursive: true, force: true });
});

describe("generate --only server for every real and edge spec", () => {
  it("finds the specs and generates server output for each", () => {
    expect(specFiles().length).toBeGreaterThan(40);
    expect(failures).toEqual([]);
    expect(outputs.length).toBe(specFiles().length + 1);
  });

  it("all outputs compile under tsc --strict, in one run", async () => {
    const tsconfig = path.join(outRoot, "tsconfig.json");
    writeFileSync(
      tsconfig,
      JSON.stringify({
        extends: path.join(repoRoot, "tsconfig.json"),
        compilerOptions: { noEmit: true, strict: true, noUnusedLocals: true, noUnusedParameters: false, skipLibCheck: true },
        include: outputs.map((o) => `${o.name}/**/*.ts`),
      }),
    );
    const tsc = path.join(path.dirname(require.resolve("typescript/package.json")), "bin", "tsc");
    const result = await new Promise<{ code: number; output: string }>((resolve) =>
      execFile(process.execPath, ["--max-old-space-size=6144", tsc, "-p", tsconfig], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` }),
      ),
    );
    const errors = result.output.split("\n").filter((l) => /error TS/.test(l));
    expect(errors.slice(0, 30)).toEqual([]);
    expect(result.code).toBe(0);
  }, 600_000);

  it("the hostile spec's text stays inside comments and strings", async () => {
    const { readFileSync } = await import("node:fs");
    const dir = outputs.find((o) => o.name === "hostile")!.dir;
    const handlers = readFileSync(path.join(dir, "server/handlers.ts"), "utf8");
    // Every `*/` from the spec was neutralised: the only comment ends are the generator's own.
    expect(handlers).not.toMatch(/ends \*\//);
    expect(handlers).toContain("ends *\\/ a comment");
  });

  it("every plugin starts: Fastify registers each route and ajv compiles each schema (off the main thread)", async () => {
    const problems: string[] = [];
    // Every route schema is compiled in a worker and loaded as code: compiling in this thread
    // slows every later request of the process (guides/performance.md), so it must not happen here.
    const ajvPrototype = (AjvCore as unknown as { prototype: { compile: (...args: unknown[]) => unknown } }).prototype;
    const compile = ajvPrototype.compile;
    let mainThreadCompiles = 0;
    ajvPrototype.compile = function (this: unknown, ...args: unknown[]) {
      mainThreadCompiles++;
      return compile.apply(this, args);
    };
    onTestFinished(() => {
      ajvPrototype.compile = compile;
    });
    for (const output of outputs) {
      // serverOptions(): as users start it (a large spec's serializers take longer than Fastify's default 10 s plugin timeout on a busy machine).
      const app = Fastify(serverOptions());
      mainThreadCompiles = 0;
      try {
        const entry = pathToFileURL(path.join(output.dir, "server/index.ts")).href;
        const mod = (await import(entry)) as Record<string, unknown>;
        const plugin = Object.entries(mod).find(([key, value]) => key.endsWith("Routes") && typeof value === "function")?.[1];
        if (!plugin) throw new Error("no …Routes export");
        await app.register(plugin as never, { handlers: {} });
        await app.ready();
        if (mainThreadCompiles) problems.push(`${output.name}: ajv compiled ${mainThreadCompiles} schema(s) on the main thread`);
      } catch (error) {
        problems.push(`${output.name}: ${(error as Error).message.split("\n")[0]}`);
      } finally {
        await app.close();
      }
    }
    expect(problems).toEqual([]);
  }, 900_000);

  it("writes nothing outside its own folder", () => {
    expect(existsSync(path.join(outRoot, "hostile", "server", "index.ts"))).toBe(true);
  });
});
