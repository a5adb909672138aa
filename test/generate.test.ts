/**
 * `vantage-codegen generate`: generality over real and edge-case specs (the
 * output must compile under tsc --strict), refusal of invalid specs, atomic
 * writes, --check, determinism. Generation runs in-process through the CLI's
 * main() (same code as the binary, without a process start per spec); tsc
 * runs once over every output.
 */
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, symlinkSync, existsSync, mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../generators/cli/main.js";
import { mergeResources } from "./helpers/resource-source.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const specsDir = path.resolve(repoRoot, "test/fixtures/specs");
const fixtures = path.join(repoRoot, "test/fixtures/generate");

/** Every document the generators must handle (external-shared.json is only a fragment). */
function allSpecs(): { name: string; file: string }[] {
  const edge = readdirSync(path.join(specsDir, "edge"))
    .filter((f) => /\.(ya?ml|json)$/.test(f) && f !== "external-shared.json")
    .map((f) => ({ name: `edge-${f.replace(/\.\w+$/, "")}`, file: path.join(specsDir, "edge", f) }));
  return [
    { name: "real-clerk", file: path.join(specsDir, "real/clerk-2025-11-10.yaml") },
    { name: "real-opencode", file: path.join(specsDir, "real/opencode.yaml") },
    { name: "real-digital-ocean", file: path.join(specsDir, "real/digital-ocean/DigitalOcean-public.v2.yaml") },
    { name: "fixture-naming", file: path.join(fixtures, "naming.yaml") },
    ...edge,
  ];
}

function readTree(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, readTree(path.join(dir, entry.name), rel));
    else out[rel] = readFileSync(path.join(dir, entry.name), "utf8");
  }
  return out;
}

/** The built command, as users run it (exit code and stderr are what is checked). */
function cli(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, "bin/vantage-codegen.js"), ...args], { cwd: repoRoot, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** tsc --strict --noEmit over a folder, with the repo's node_modules reachable. */
function typecheck(dir: string): { ok: boolean; output: string } {
  if (!existsSync(path.join(dir, "node_modules"))) symlinkSync(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        lib: ["ES2023", "DOM", "DOM.Iterable"],
        // The resources ship as .d.ts: checked like the rest (only TypeScript's own lib files skipped).
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        skipDefaultLibCheck: true,
        types: [],
      },
      include: ["**/*.ts"],
      exclude: ["node_modules"],
    }),
  );
  const result = spawnSync(process.execPath, [path.join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", dir], { encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

describe("generate: every real and edge spec", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "vantage-gen-all-"));
  const specs = allSpecs();
  const failures: string[] = [];

  beforeAll(async () => {
    for (const spec of specs) {
      const code = await main(["generate", "--spec", spec.file, "--out", path.join(root, spec.name), "--only", "types,client", "--quiet"]);
      if (code !== 0) failures.push(`${spec.name}: exit ${code}`);
    }
  }, 240_000);

  it("generates types and a client for each", () => {
    expect(failures).toEqual([]);
    for (const spec of specs) {
      expect(existsSync(path.join(root, spec.name, "types/index.ts")), spec.name).toBe(true);
      expect(existsSync(path.join(root, spec.name, "client/index.js")), spec.name).toBe(true);
      expect(existsSync(path.join(root, spec.name, "client/index.d.ts")), spec.name).toBe(true);
    }
  });

  it("the output compiles under tsc --strict", () => {
    const { ok, output } = typecheck(root);
    expect(output).toBe("");
    expect(ok).toBe(true);
  }, 180_000);

  it("each resource's .js implements exactly its .d.ts, and the two merged compile under tsc --strict", () => {
    // Users' builds read the declarations only; put back together, tsc holds every call against its signature.
    const merged = `${root}-merged`;
    expect(mergeResources(root, merged)).toEqual([]);
    const { ok, output } = typecheck(merged);
    expect(output).toBe("");
    expect(ok).toBe(true);
    rmSync(merged, { recursive: true, force: true });
  }, 180_000);

  it("that check fails when a body drifts from its declaration", () => {
    const copy = `${root}-tampered`;
    const resources = path.join(copy, "fixture-naming/client/resources");
    rmSync(copy, { recursive: true, force: true });
    cpSync(path.join(root, "fixture-naming"), path.join(copy, "fixture-naming"), { recursive: true });
    const things = path.join(resources, "things.js");
    const original = readFileSync(things, "utf8");
    // A path parameter passed as a bare string, and a method the .d.ts does not declare.
    const drifted = original.replace(/\{ path: \{ (\w+): (\w+) \} \}/, "{ path: $2 }").replace(/\}\n$/, "\n  extra(options) {\n    return options;\n  }\n}\n");
    expect(drifted).not.toBe(original);
    writeFileSync(things, drifted);
    const merged = `${copy}-merged`;
    expect(mergeResources(copy, merged)).toEqual(["fixture-naming/client/resources/things: extra implemented but not declared"]);
    writeFileSync(things, drifted.replace(/\n {2}extra\(options\) \{[^}]*\}\n/, ""));
    expect(mergeResources(copy, merged)).toEqual([]);
    const { ok, output } = typecheck(merged);
    expect(ok).toBe(false);
    expect(output).toMatch(/things\.ts\(\d+,\d+\): error TS2322/);
    rmSync(copy, { recursive: true, force: true });
    rmSync(merged, { recursive: true, force: true });
  }, 120_000);

  it("every generated file starts with the do-not-edit header", () => {
    const tree = readTree(path.join(root, "edge-full"));
    for (const [name, text] of Object.entries(tree)) {
      const header = name.endsWith(".json")
        ? /"\/\/": "Generated by vantage-codegen from full\.yaml\. Do not edit/
        : name.endsWith(".md")
          ? /^<!-- Generated by vantage-codegen from full\.yaml\. Do not edit/
          : /^\/\/ Generated by vantage-codegen from full\.yaml\. Do not edit/;
      expect(text, name).toMatch(header);
    }
  });

  it("names resources and methods safely for any spec", () => {
    const things = readFileSync(path.join(root, "fixture-naming/client/resources/things.d.ts"), "utf8");
    // Reserved words and class-breaking names made safe. On a clash an explicit x-sdk-method
    // keeps the name (GET /things/{id} asks for `new`); the derived one (operationId `new`) is suffixed.
    expect(things).toMatch(/^ {2}new_\(id: number, options\?: RequestOptions\)/m);
    expect(things).toMatch(/^ {2}constructor_\(options\?: RequestOptions\)/m);
    expect(things).toMatch(/^ {2}new_2\(options\?: RequestOptions\)/m);
    expect(things).toMatch(/^ {2}delete\(id: number/m);
    // A method can't take a sub-resource's name.
    expect(things).toMatch(/^ {2}readonly parts: ThingsParts/m);
    expect(things).toMatch(/^ {2}parts2\(id: number/m);
    expect(things).toContain("@deprecated");
    // `*/` in a description does not end the comment early.
    expect(things).toContain("close the comment *\\/ and continue");
    const index = readFileSync(path.join(root, "fixture-naming/client/index.d.ts"), "utf8");
    expect(index).toContain("export declare class Naming extends APIClient");
    // A tag named like a client member gets a suffix.
    expect(index).toContain("readonly requestResource: RequestResource");
    const indexJs = readFileSync(path.join(root, "fixture-naming/client/index.js"), "utf8");
    expect(indexJs).toContain('baseUrl: "https://eu.example.com/v2", auth: { type: "apiKey", in: "header", name: "X-Key" }');
    const request = readFileSync(path.join(root, "fixture-naming/client/resources/request-resource.d.ts"), "utf8");
    expect(request).toContain("class_(class_: string, options?: RequestOptions): APIPromise<string>;");
    const requestImplementation = readFileSync(path.join(root, "fixture-naming/client/resources/request-resource.js"), "utf8");
    expect(requestImplementation).toContain("class_(class_, options) {");
    expect(requestImplementation).toContain('{ path: { class: class_ } }, options, { parseAs: "text" }');
  });
});

describe("generate: refusing invalid specs", () => {
  const out = () => mkdtempSync(path.join(os.tmpdir(), "vantage-gen-invalid-"));
  const cases: [string, RegExp[]][] = [
    ["operationId-unique.yaml", [/duplicate operationId "foo"/, /#\/paths\/~1foo\/post\/operationId/]],
    ["servers-array.yaml", [/`servers` must be an array/, /\(#\/servers\)/]],
    ["servers-entry.yaml", [/server entry must be an object/, /#\/servers\/0/]],
    ["servers-required.yaml", [/server entry has no `url`/, /#\/servers\/0/]],
    ["type-invalid.json", [/type-invalid\.json:10 /, /unknown schema type "invalid"/, /#\/components\/schemas\/Foo\/type/]],
  ];
  for (const [file, patterns] of cases) {
    it(`refuses edge/invalid/${file}`, () => {
      const dir = out();
      const { code, stderr } = cli(["generate", "--spec", path.join(specsDir, "edge/invalid", file), "--out", dir]);
      expect(code).not.toBe(0);
      expect(stderr).toContain(file);
      for (const p of patterns) expect(stderr).toMatch(p);
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it("explains Swagger 2.0, unknown versions and non-OpenAPI files; warns on undeclared path params", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "vantage-gen-bad-"));
    const write = (name: string, text: string) => (writeFileSync(path.join(dir, name), text), path.join(dir, name));
    const swagger = cli([
      "generate",
      "--spec",
      write("swagger.yaml", 'swagger: "2.0"\ninfo: {title: x, version: "1"}\npaths: {}\n'),
      "--out",
      path.join(dir, "out"),
    ]);
    expect(swagger.code).toBe(1);
    expect(swagger.stderr).toMatch(/Swagger 2\.0 document.*Convert it/);
    const v4 = cli(["generate", "--spec", write("v4.yaml", 'openapi: 4.0.0\ninfo: {title: x, version: "1"}\npaths: {}\n'), "--out", path.join(dir, "out")]);
    expect(v4.stderr).toMatch(/unsupported OpenAPI version "4\.0\.0"/);
    const other = cli(["generate", "--spec", write("other.yaml", "name: not a spec\n"), "--out", path.join(dir, "out")]);
    expect(other.stderr).toMatch(/not an OpenAPI document/);
    const params = cli([
      "generate",
      "--spec",
      write("params.yaml", 'openapi: 3.0.3\ninfo: {title: x, version: "1"}\npaths:\n  /a/{id}:\n    get:\n      responses: {"200": {description: ok}}\n'),
      "--out",
      path.join(dir, "out"),
    ]);
    // Real specs (edge/full.yaml) leave template params undeclared: a warning naming the pointer, and a string argument.
    expect(params.code).toBe(0);
    expect(params.stderr).toMatch(
      /warning: \S*params\.yaml \(#\/paths\/~1a~1\{id\}\/get\/parameters\): path parameter "id" of GET \/a\/\{id\} is not declared/,
    );
    expect(readFileSync(path.join(dir, "out/client/resources/a.d.ts"), "utf8")).toContain("getAById(id: string, options?: RequestOptions)");
    const swaggerOut = existsSync(path.join(dir, "out/types/index.ts"));
    expect(swaggerOut).toBe(true);
  });
});

describe("generate: writing", () => {
  const spec = path.join(specsDir, "edge/full.yaml");

  it("a failing run leaves the previous output byte-identical", async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "vantage-gen-atomic-")), "generated");
    expect(await main(["generate", "--spec", spec, "--out", out, "--only", "types,client", "--quiet"])).toBe(0);
    mkdirSync(path.join(out, "mine"));
    writeFileSync(path.join(out, "mine/keep.ts"), "// not ours\n");
    const before = readTree(out);
    const { code, stderr } = cli(["generate", "--spec", path.join(fixtures, "dangling-ref.yaml"), "--out", out, "--only", "types,client"]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(
      /dangling-ref\.yaml:\d+(:\d+)? \(#\/paths\/~1things\/get\/responses\/200\/content\/application~1json\/schema\): can't resolve \$ref "#\/components\/schemas\/DoesNotExist"/,
    );
    expect(readTree(out)).toEqual(before);
    expect(readdirSync(path.dirname(out))).toEqual(["generated"]);
  });

  it("--only replaces only the selected parts (and the types the client imports)", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "vantage-gen-only-"));
    expect(await main(["generate", "--spec", spec, "--out", out, "--only", "types,client", "--quiet"])).toBe(0);
    const types = readFileSync(path.join(out, "types/index.ts"), "utf8");
    mkdirSync(path.join(out, "mine"));
    mkdirSync(path.join(out, "server"));
    writeFileSync(path.join(out, "mine/keep.ts"), "// not ours\n");
    writeFileSync(path.join(out, "server/index.ts"), "// edited\n");
    writeFileSync(path.join(out, "types/index.ts"), "// edited\n");
    writeFileSync(path.join(out, "client/stray.ts"), "// stray\n");
    expect(await main(["generate", "--spec", spec, "--out", out, "--only", "client", "--quiet"])).toBe(0);
    expect(readFileSync(path.join(out, "server/index.ts"), "utf8")).toBe("// edited\n");
    expect(readFileSync(path.join(out, "types/index.ts"), "utf8")).toBe(types);
    expect(readFileSync(path.join(out, "mine/keep.ts"), "utf8")).toBe("// not ours\n");
    expect(existsSync(path.join(out, "client/stray.ts"))).toBe(false);
    expect(existsSync(path.join(out, "client/index.js"))).toBe(true);
  });

  it("--check: 0 when fresh, 1 naming each stale, missing or extra file", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "vantage-gen-check-"));
    expect(await main(["generate", "--spec", spec, "--out", out, "--only", "types,client", "--quiet"])).toBe(0);
    const fresh = cli(["generate", "--spec", spec, "--out", out, "--only", "types,client", "--check"]);
    expect(fresh.code).toBe(0);
    const before = readTree(out);
    writeFileSync(path.join(out, "client/models.d.ts"), `${before["client/models.d.ts"]}// edited\n`);
    rmSync(path.join(out, "types/index.ts"));
    writeFileSync(path.join(out, "client/extra.ts"), "// extra\n");
    const stale = cli(["generate", "--spec", spec, "--out", out, "--only", "types,client", "--check"]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/stale\s+\S*client\/models\.d\.ts/);
    expect(stale.stderr).toMatch(/missing\s+\S*types\/index\.ts/);
    expect(stale.stderr).toMatch(/extra\s+\S*client\/extra\.ts/);
    // --check writes nothing.
    expect(readFileSync(path.join(out, "client/extra.ts"), "utf8")).toBe("// extra\n");
    expect(existsSync(path.join(out, "types/index.ts"))).toBe(false);
  });

  it("--json prints one object with ok, files and timings; --quiet prints nothing", () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "vantage-gen-json-"));
    const json = cli(["generate", "--spec", spec, "--out", out, "--only", "types,client", "--json"]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.ok).toBe(true);
    expect(parsed.files).toContain("client/index.js");
    expect(parsed.files).toContain("client/index.d.ts");
    expect(parsed.files).toContain("types/index.ts");
    expect(Object.keys(parsed.timings)).toEqual(["load", "model", "types", "client", "write"]);
    const quiet = cli(["generate", "--spec", spec, "--out", out, "--only", "types,client", "--quiet"]);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout + quiet.stderr).toBe("");
    const progress = cli(["generate", "--spec", spec, "--out", out, "--only", "types,client"]);
    expect(progress.stderr).toMatch(/^load \d+ms\nmodel \d+ms\ntypes \d+ms\nclient \d+ms\nwrite \d+ms\n/);
  });

  it("two runs produce identical bytes", async () => {
    const base = mkdtempSync(path.join(os.tmpdir(), "vantage-gen-det-"));
    const vantage = path.join(repoRoot, "spec/openapi.yaml");
    for (const run of ["a", "b"]) {
      expect(await main(["generate", "--spec", vantage, "--out", path.join(base, run), "--quiet"])).toBe(0);
    }
    const a = readTree(path.join(base, "a"));
    expect(Object.keys(a).length).toBeGreaterThan(10);
    expect(readTree(path.join(base, "b"))).toEqual(a);
  });
});
