/**
 * The long fuzz run: thousands of random OpenAPI documents in batches (each
 * batch: generate all, then one tsc program), until --runs is reached or a
 * batch fails. The seed is printed at start and on failure; a batch replays
 * exactly from its seed.
 *
 * Without --seed a new one is drawn (and printed): the long runs look for new
 * bugs; `npm test` fuzzes with a fixed seed.
 *
 *   node scripts/fuzz.mjs [--seed N] [--runs 2000] [--batch 200] [--parts types,client] [--keep]
 *   node scripts/fuzz.mjs --seed N --runs R --print-case I     (prints case I's document)
 *
 * Batch k uses seed N + k, so `--seed <printed seed> --runs <batch size>`
 * replays a failing batch alone.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { describeFailures, FUZZ_PARTS, replayCommand, runFuzzBatch } from "../test/helpers/fuzz-run.js";
import type { Part } from "../generators/pipeline/generate.js";
import fc from "fast-check";
import { anyOpenapiDocument } from "../test/helpers/arbitrary-openapi.js";

const { values } = parseArgs({
  options: {
    seed: { type: "string" },
    runs: { type: "string", default: "2000" },
    batch: { type: "string", default: "200" },
    keep: { type: "boolean", default: false },
    parts: { type: "string" },
    "print-case": { type: "string" },
  },
});
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
if (values["print-case"] !== undefined) {
  // One document of a batch, to save as a fixture or debug: --seed S --runs R --print-case I.
  const documents = fc.sample(anyOpenapiDocument, { seed, numRuns: Number(values.runs) });
  console.log(JSON.stringify(documents[Number(values["print-case"])], null, 2));
  process.exit(0);
}
const runs = Number(values.runs);
const batchSize = Math.min(Number(values.batch), runs);
const parts = values.parts ? (values.parts.split(",") as Part[]) : FUZZ_PARTS;
console.log(`fuzz: seed ${seed}, ${runs} runs in batches of ${batchSize}, parts ${parts.join(", ")}`);

let passed = 0;
let failed = 0;
const started = Date.now();
for (let k = 0; k * batchSize < runs; k++) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "vantage-fuzz-long-"));
  const batchSeed = seed + k;
  const result = await runFuzzBatch({ seed: batchSeed, runs: Math.min(batchSize, runs - k * batchSize), dir, parts });
  passed += result.passed;
  failed += result.runs - result.passed;
  console.log(`batch ${k} (seed ${batchSeed}): ${result.passed}/${result.runs} passed; generate ${result.ms.generate} ms, tsc ${result.ms.typecheck} ms`);
  if (result.failures.length) {
    console.log(describeFailures(result));
    console.log(`FAILED: replay with ${replayCommand(result)}${values.keep ? `; output kept in ${dir}` : ""}`);
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
    process.exitCode = 1;
    break;
  }
  rmSync(dir, { recursive: true, force: true });
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`fuzz: ${passed} passed, ${failed} failed in ${seconds} s (seed ${seed}); peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
