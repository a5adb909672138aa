/**
 * The command's V8 code cache (generators/cli/compile-cache.ts): the real
 * command, run as users run it, with the cache in a temporary folder. The
 * cache must be written on the first run, used on the next, survive being
 * corrupted, change nothing in the output, and stay off when asked.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module from "node:module";
import os from "node:os";
import path from "node:path";
import { enableCompileCache } from "../generators/cli/compile-cache.js";
import { repoRoot } from "./helpers/typecheck.js";

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "vantage-compile-cache-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function generate(out: string, cache: string) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, "bin/vantage-codegen.js"), "generate", "--out", out, "--only", "types,client", "--quiet"], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, VANTAGE_CODEGEN_COMPILE_CACHE: cache },
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
}

function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, file), readFileSync(file, "utf8"));
    }
  }
  return files;
}

const cacheEntries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".bin"));

describe("compile cache", () => {
  it("is written on the first run, read on the next, and changes no output", () => {
    const cache = path.join(root, "cache");
    const uncached = path.join(root, "uncached");
    generate(uncached, "off");
    generate(path.join(root, "first"), cache);
    // The TypeScript compilers (two copies) and ts-morph's libraries are the big files.
    const entries = cacheEntries(cache);
    expect(entries.length).toBeGreaterThanOrEqual(3);
    const written = new Map(entries.map((name) => [name, statSync(path.join(cache, name)).mtimeMs]));
    generate(path.join(root, "second"), cache);
    // A used entry is not rewritten; no temp file is left behind.
    for (const [name, mtime] of written) expect(statSync(path.join(cache, name)).mtimeMs).toBe(mtime);
    expect(readdirSync(cache).filter((name) => !name.endsWith(".bin"))).toEqual([]);
    const expected = filesOf(uncached);
    expect(filesOf(path.join(root, "first"))).toEqual(expected);
    expect(filesOf(path.join(root, "second"))).toEqual(expected);
  });

  it("recovers from corrupt entries: V8 rejects them, the run succeeds and rewrites them", () => {
    const cache = path.join(root, "cache");
    const entries = cacheEntries(cache);
    for (const name of entries) writeFileSync(path.join(cache, name), Buffer.from("not a code cache"));
    generate(path.join(root, "after-corruption"), cache);
    for (const name of entries) expect(statSync(path.join(cache, name)).size).toBeGreaterThan(1000);
    expect(filesOf(path.join(root, "after-corruption"))).toEqual(filesOf(path.join(root, "uncached")));
  });

  it("leaves Node's loader alone when turned off", () => {
    const loader = Module.prototype as unknown as { _compile: unknown };
    const original = loader._compile;
    enableCompileCache("off");
    expect(loader._compile).toBe(original);
  });
});
