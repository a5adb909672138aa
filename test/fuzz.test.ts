/**
 * Property-based fuzzing (fast-check): random valid OpenAPI 3.0 and 3.1
 * documents (test/helpers/arbitrary-openapi.ts) through the real pipeline;
 * every generated code part must compile under tsc --strict. One strict
 * program checks all cases of a batch at once. The seed is printed so a
 * failure replays: `node scripts/fuzz.mjs --seed N --runs N --batch N --parts P`.
 *
 * 200 documents for types + client; the server stubs cost ~4x more to type-
 * check (Fastify's generics), so a smaller batch covers every code part.
 * The seed is fixed (DEFAULT_FUZZ_SEED; FUZZ_SEED picks another): a failure
 * prints the one command that replays its batch.
 * Thousands of cases: scripts/fuzz.mjs.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describeFailures, FUZZ_PARTS, fuzzSeed, runFuzzBatch } from "./helpers/fuzz-run.js";
import type { Part } from "../generators/pipeline/generate.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const ALL_PARTS_RUNS = Number(process.env.FUZZ_ALL_PARTS_RUNS ?? 40);
// Fixed, so every run of the suite checks the same documents; new seeds are the long runs' job.
const SEED = fuzzSeed();
const root = mkdtempSync(path.join(os.tmpdir(), "vantage-fuzz-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const batches: { name: string; seed: number; runs: number; parts: Part[] }[] = [
  { name: "types, client", seed: SEED, runs: RUNS, parts: ["types", "client"] },
  { name: FUZZ_PARTS.join(", "), seed: SEED + 1, runs: ALL_PARTS_RUNS, parts: FUZZ_PARTS },
];

describe("fuzz: random OpenAPI documents compile under tsc --strict", () => {
  for (const batch of batches) {
    it(`${batch.runs} documents → ${batch.name} (seed ${batch.seed})`, async () => {
      console.log(`fuzz seed ${batch.seed}, ${batch.runs} runs, parts ${batch.parts.join(",")}`);
      const dir = mkdtempSync(path.join(root, "batch-"));
      const result = await runFuzzBatch({ seed: batch.seed, runs: batch.runs, dir, parts: batch.parts });
      console.log(`fuzz: ${result.passed}/${batch.runs} passed; generate ${result.ms.generate} ms, tsc ${result.ms.typecheck} ms`);
      expect(result.failures.length, describeFailures(result)).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }, 180_000);
  }
});
