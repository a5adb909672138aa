/**
 * The fuzzing in `npm test` is reproducible: a fixed seed by default, and a
 * failure report whose command replays the failing document exactly
 * (scripts/fuzz.mjs --print-case, the same sampling as the batch).
 */
import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyOpenapiDocument } from "./helpers/arbitrary-openapi.js";
import { DEFAULT_FUZZ_SEED, describeFailures, fuzzSeed, type BatchResult } from "./helpers/fuzz-run.js";
import { repoRoot } from "./helpers/typecheck.js";

describe("fuzz seeds", () => {
  it("are fixed unless FUZZ_SEED picks one", () => {
    expect(fuzzSeed({})).toBe(DEFAULT_FUZZ_SEED);
    expect(fuzzSeed({ FUZZ_SEED: "" })).toBe(DEFAULT_FUZZ_SEED);
    expect(fuzzSeed({ FUZZ_SEED: "42" })).toBe(42);
    expect(() => fuzzSeed({ FUZZ_SEED: "soon" })).toThrow(/FUZZ_SEED must be an integer/);
  });

  it("a failure prints the one command that reproduces its document", () => {
    const seed = DEFAULT_FUZZ_SEED + 7;
    const runs = 6;
    const documents = fc.sample(anyOpenapiDocument, { seed, numRuns: runs });
    const index = 4;
    const result: BatchResult = {
      seed,
      runs,
      parts: ["types", "client"],
      passed: runs - 1,
      failures: [{ index, problem: "tsc --strict: (example)", document: documents[index] }],
      ms: { generate: 0, typecheck: 0 },
    };
    const report = describeFailures(result);
    const command = /^Case 4 alone: (node .+)$/m.exec(report)?.[1];
    expect(command, report).toBeDefined();
    expect(command).toContain(`--seed ${seed}`);
    const [, ...args] = command!.split(" ");
    const run = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: "utf8", timeout: 240_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(documents[index])));
  }, 300_000);
});
