/**
 * The SDK as users install it: generated/client packed with `npm pack`,
 * installed from the tarball into an empty project in os.tmpdir() (so
 * nothing from this repository can be reached), then imported with `import`
 * and `require` in Node against a real local server, type-checked strictly
 * under moduleResolution node16, nodenext and bundler (a wrong type must
 * fail there), bundled for the browser, and linted by publint and
 * @arethetypeswrong/cli. A second spec's client (opencode) is packed the
 * same way, so the packaging is not Vantage's alone.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startTestServer, type TestServer } from "./helpers/http-server.js";
import { packAndInstall, runBin, runNode, tarballFiles, typecheckProject, type PackedProject } from "./helpers/packed.js";
import { repoRoot } from "./helpers/typecheck.js";
import { execFileSync } from "node:child_process";

const CLIENT_DIR = path.join(repoRoot, "generated/client");
const JOB = { id: "job_1", name: "sim-1", status: "running" };

let project: PackedProject;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    if (req.url === "/jobs/job_1") sendJson(res, 200, JOB, { "X-Request-ID": "req_1" });
    else sendJson(res, 404, { error: "resource_not_found", message: `no ${req.url}`, request_id: "req_2" });
  });
  project = await packAndInstall(CLIENT_DIR);
}, 300_000);

afterAll(async () => {
  await server?.close();
  if (project) rmSync(path.dirname(project.dir), { recursive: true, force: true });
});

const installed = () => path.join(project.dir, "node_modules", project.name);

describe("the packed SDK", () => {
  it("is installed outside the repository, as its own package", () => {
    expect(project.dir.startsWith(os.tmpdir())).toBe(true);
    expect(path.relative(repoRoot, project.dir).startsWith("..")).toBe(true);
    const pkg = JSON.parse(readFileSync(path.join(installed(), "package.json"), "utf8"));
    const spec = readFileSync(path.join(repoRoot, "spec/openapi.yaml"), "utf8");
    expect(pkg.version).toBe(/^\s+version:\s*"?([^"\n]+)"?/m.exec(spec)![1]);
    // Only the Node entry's installer has side effects; everything else may be shaken out.
    expect(pkg.sideEffects).toEqual(["./core/node.js", "./cjs/core/node.js"]);
    expect(pkg.exports["."].node.import.default).toBe("./index.node.js");
    expect(pkg.engines.node).toMatch(/>=\s*20/);
    expect(Object.keys(pkg.dependencies)).toEqual(["openapi-fetch"]);
    expect(pkg.exports["."].import).toEqual({ types: "./index.d.ts", default: "./index.js" });
    expect(pkg.exports["."].require).toEqual({ types: "./cjs/index.d.ts", default: "./cjs/index.js" });
  });

  it("holds compiled JavaScript and declarations for every module, and no TypeScript source", async () => {
    const files = await tarballFiles(project.tarball);
    for (const f of [
      "index.js",
      "index.d.ts",
      "models.js",
      "models.d.ts",
      "types.d.ts",
      "cjs/index.js",
      "cjs/index.d.ts",
      "cjs/package.json",
      "README.md",
      "core/client.js",
      "core/client.d.ts",
    ]) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
    for (const js of files.filter((f) => f.endsWith(".js"))) expect(files, js).toContain(js.replace(/\.js$/, ".d.ts"));
  });

  it("imports nothing outside its own folder but its declared dependencies", () => {
    const root = installed();
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    for (const file of walk(root).filter((f) => /\.(js|d\.ts)$/.test(f))) {
      const text = readFileSync(file, "utf8");
      for (const [, spec] of text.matchAll(/(?:from\s+|require\(|import\()\s*["']([^"']+)["']/g)) {
        if (spec!.startsWith(".")) {
          const target = path.resolve(path.dirname(file), spec!);
          expect(path.relative(root, target).startsWith(".."), `${path.relative(root, file)} → ${spec}`).toBe(false);
          const candidates = [target, target.replace(/\.js$/, ".d.ts")];
          expect(
            candidates.some((c) => existsSync(c)),
            `${path.relative(root, file)} → ${spec}`,
          ).toBe(true);
        } else {
          expect(["openapi-fetch"], `${path.relative(root, file)} imports ${spec}`).toContain(spec);
        }
      }
    }
  });

  it("works with `import` in Node", async () => {
    writeFileSync(
      path.join(project.dir, "esm.mjs"),
      `import { Vantage, NotFoundError } from ${JSON.stringify(project.name)};
const client = new Vantage({ apiKey: "sk-test-key-1", baseUrl: process.env.BASE_URL });
const job = await client.jobs.get("job_1");
let notFound = "";
try { await client.jobs.get("nope"); } catch (e) { notFound = e instanceof NotFoundError ? e.code + "/" + e.requestId : String(e); }
console.log(JSON.stringify({ job, notFound }));`,
    );
    const out = JSON.parse(await runNode(project.dir, "esm.mjs", { BASE_URL: server.url }));
    expect(out).toEqual({ job: JOB, notFound: "resource_not_found/req_2" });
  });

  it("works with `require` in Node", async () => {
    writeFileSync(
      path.join(project.dir, "cjs.cjs"),
      `const { Vantage, APIError } = require(${JSON.stringify(project.name)});
new Vantage({ apiKey: "sk-test-key-1", baseUrl: process.env.BASE_URL }).jobs.get("job_1").withResponse()
  .then(({ data, requestId }) => console.log(JSON.stringify({ data, requestId, apiError: typeof APIError })));`,
    );
    const out = JSON.parse(await runNode(project.dir, "cjs.cjs", { BASE_URL: server.url }));
    expect(out).toEqual({ data: JOB, requestId: "req_1", apiError: "function" });
  });

  it("Node's import and require both get the Node entry, which installs the undici transport", async () => {
    writeFileSync(
      path.join(project.dir, "entry.mjs"),
      `import { createRequire } from "node:module";
const esm = import.meta.resolve(${JSON.stringify(project.name)});
const cjs = createRequire(import.meta.url).resolve(${JSON.stringify(project.name)});
await import(${JSON.stringify(project.name)});
const { platform } = await import(new URL("./core/platform.js", esm).href);
console.log(JSON.stringify({ esm: esm.split("/").slice(-1)[0], cjs: cjs.split("/").slice(-2).join("/"), installed: typeof platform.node?.attempt }));`,
    );
    expect(JSON.parse(await runNode(project.dir, "entry.mjs"))).toEqual({ esm: "index.node.js", cjs: "cjs/index.node.js", installed: "function" });
  });

  const good = (
    name: string,
  ) => `import { Vantage, NotFoundError, type Job, type JobListParams, type Logger, type RateLimitInfo, type APIResponseWithMeta } from ${JSON.stringify(name)};
const client = new Vantage({ apiKey: "k" });
export async function main(): Promise<string> {
  const job: Job = await client.jobs.get("job_1");
  const params: JobListParams = { limit: 10 };
  for await (const page of client.jobs.list(params).iterPages()) console.log(page.items.length);
  const meta: APIResponseWithMeta<Job> = await client.jobs.get("job_1").withResponse();
  const rate: RateLimitInfo | null = meta.rateLimit;
  const logger: Logger = { debug: () => undefined };
  try { await client.jobs.get("x"); } catch (e) { if (e instanceof NotFoundError) { const code: string | undefined = e.code; console.log(code); } }
  console.log(rate, logger);
  return job.name;
}
`;
  const bad = (name: string) => `import { Vantage } from ${JSON.stringify(name)};
export async function main(): Promise<void> {
  const job = await new Vantage({ apiKey: "k" }).jobs.get("job_1");
  const n: number = job.name;
  console.log(n);
}
`;

  for (const mode of ["node16", "nodenext", "bundler"] as const) {
    it(`type-checks strictly with moduleResolution ${mode}, and a wrong type fails`, () => {
      const ext = mode === "bundler" ? "ts" : "mts";
      writeFileSync(path.join(project.dir, `good-${mode}.${ext}`), good(project.name));
      writeFileSync(path.join(project.dir, `bad-${mode}.${ext}`), bad(project.name));
      expect(typecheckProject(project.dir, [`good-${mode}.${ext}`], mode)).toEqual([]);
      const errors = typecheckProject(project.dir, [`bad-${mode}.${ext}`], mode);
      expect(errors.join("\n")).toMatch(/TS2322/);
      expect(errors).toHaveLength(1);
    });
  }

  it("types error.code and error.details from the spec's Error schema", () => {
    const program = (code: string) => `import { APIError } from ${JSON.stringify(project.name)};
export function check(e: unknown): void {
  if (e instanceof APIError && e.code === ${JSON.stringify(code)}) console.log(e.details?.field);
}
`;
    writeFileSync(path.join(project.dir, "code-good.ts"), program("resource_not_found"));
    writeFileSync(path.join(project.dir, "code-bad.ts"), program("no_such_code"));
    expect(typecheckProject(project.dir, ["code-good.ts"], "bundler")).toEqual([]);
    expect(typecheckProject(project.dir, ["code-bad.ts"], "bundler").join("\n")).toMatch(/TS2367/);
  });

  it("type-checks from CommonJS (a .cts file under node16 gets the require entry's declarations)", () => {
    writeFileSync(path.join(project.dir, "good.cts"), good(project.name));
    writeFileSync(path.join(project.dir, "bad.cts"), bad(project.name));
    expect(typecheckProject(project.dir, ["good.cts"], "node16")).toEqual([]);
    expect(typecheckProject(project.dir, ["bad.cts"], "node16").join("\n")).toMatch(/TS2322/);
  });

  it("bundles for the browser with no Node built-ins", async () => {
    writeFileSync(
      path.join(project.dir, "browser.js"),
      `import { Vantage } from ${JSON.stringify(project.name)};\nexport const client = new Vantage({ apiKey: "k" });\n`,
    );
    const result = await build({
      entryPoints: [path.join(project.dir, "browser.js")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
      absWorkingDir: project.dir,
    });
    const code = result.outputFiles[0]!.text;
    expect(code).toMatch(/class extends APIClient/);
    expect(code).not.toMatch(/\brequire\s*\(|["']node:/);
    // Node's transport (undici's dispatcher, the shared timeout lists) stays out of a browser bundle.
    expect(code).not.toMatch(/TappedHandler|DeadlineList|undici\.globalDispatcher/);
  });

  it("publint and @arethetypeswrong/cli find no problems in the tarball", async () => {
    expect(await runBin("publint", ["run", project.tarball, "--strict"], project.dir)).toMatch(/All good!/);
    expect(await runBin("attw", [project.tarball, "--format", "ascii"], project.dir)).toMatch(/No problems found/);
  });
});

describe("another spec's SDK packs the same way", () => {
  let other: PackedProject | undefined;
  let out: string | undefined;
  afterAll(() => {
    if (other) rmSync(path.dirname(other.dir), { recursive: true, force: true });
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it("opencode: installs, imports and requires, and passes publint and attw", async () => {
    out = path.join(os.tmpdir(), `vantage-pkg-opencode-${process.pid}`);
    execFileSync(process.execPath, [
      path.join(repoRoot, "bin/vantage-codegen.js"),
      "generate",
      "--spec",
      path.join(repoRoot, "test/fixtures/specs/real/opencode.yaml"),
      "--out",
      out,
      "--only",
      "types,client",
      "--quiet",
    ]);
    other = await packAndInstall(path.join(out, "client"));
    const pkg = JSON.parse(readFileSync(path.join(out, "client/package.json"), "utf8"));
    writeFileSync(path.join(other.dir, "a.mjs"), `import * as sdk from ${JSON.stringify(other.name)}; console.log(typeof sdk.default);`);
    writeFileSync(path.join(other.dir, "b.cjs"), `const sdk = require(${JSON.stringify(other.name)}); console.log(typeof sdk.default);`);
    expect((await runNode(other.dir, "a.mjs")).trim()).toBe("function");
    expect((await runNode(other.dir, "b.cjs")).trim()).toBe("function");
    expect(other.name).toBe(pkg.name);
    expect(await runBin("publint", ["run", other.tarball, "--strict"], other.dir)).toMatch(/All good!/);
    expect(await runBin("attw", [other.tarball, "--format", "ascii"], other.dir)).toMatch(/No problems found/);
  }, 300_000);
});
