/**
 * fuzz-run: one fuzz batch, shared by test/fuzz.test.ts and scripts/fuzz.ts.
 * Samples `runs` documents from a seed (so a batch replays exactly), runs the
 * real pipeline (`generate()`: load → model → generators) on each, writes
 * every output, then type-checks all of them in ONE strict program. The
 * runtime folders (client/core, server/runtime) are the same bytes in every
 * case: they are linked to one copy so tsc checks them once.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { generate, foldersOf, PARTS, type Part } from "../../generators/pipeline/generate.js";
import { writeAtomically } from "../../generators/pipeline/output.js";
import { anyOpenapiDocument } from "./arbitrary-openapi.js";
import { typecheckDir } from "./typecheck.js";

/**
 * The seed `npm test` fuzzes with: fixed, so a run is the same run every
 * time and a failure is reproducible; FUZZ_SEED picks another. The long runs
 * (scripts/fuzz.mjs) take --seed.
 */
export const DEFAULT_FUZZ_SEED = 20_240_601;

export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.FUZZ_SEED;
  if (raw === undefined || raw === "") return DEFAULT_FUZZ_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got "${raw}"`);
  return seed;
}

/** The code parts of this build: types, client, and server once it joins the pipeline. */
export const FUZZ_PARTS = PARTS.filter((p) => p !== "docs") as Part[];

export interface CaseFailure {
  index: number;
  /** What went wrong: the error, or the tsc diagnostics. */
  problem: string;
  document: unknown;
}

export interface BatchResult {
  seed: number;
  runs: number;
  parts: Part[];
  /** Cases that generated and compiled. */
  passed: number;
  failures: CaseFailure[];
  ms: { generate: number; typecheck: number };
}

const SHARED_RUNTIME = ["client/core", "server/runtime"];

function sameTree(a: string, b: string): boolean {
  const names = readdirSync(a).sort();
  if (names.join("\n") !== readdirSync(b).sort().join("\n")) return false;
  return names.every((n) => readFileSync(path.join(a, n), "utf8") === readFileSync(path.join(b, n), "utf8"));
}

export async function runFuzzBatch(options: { seed: number; runs: number; dir: string; parts?: Part[] }): Promise<BatchResult> {
  const { seed, runs, dir, parts = FUZZ_PARTS } = options;
  const documents = fc.sample(anyOpenapiDocument, { seed, numRuns: runs });
  const failures: CaseFailure[] = [];
  const written: number[] = [];
  const started = Date.now();
  for (const [index, document] of documents.entries()) {
    const caseDir = path.join(dir, `case-${index}`);
    mkdirSync(caseDir, { recursive: true });
    // Same file name in every case, so the generated headers (and the runtime copies) are identical.
    const spec = path.join(caseDir, "openapi.json");
    writeFileSync(spec, JSON.stringify(document, null, 2));
    try {
      const { files } = await generate({ spec, only: parts });
      const out = path.join(caseDir, "out");
      writeAtomically(out, foldersOf(parts), files);
      for (const shared of SHARED_RUNTIME) {
        const mine = path.join(out, shared);
        const first = path.join(dir, "case-shared", shared);
        if (!existsSync(mine)) continue;
        if (!existsSync(first)) {
          mkdirSync(path.dirname(first), { recursive: true });
          symlinkSync(mine, first, "dir");
        } else if (sameTree(mine, first)) {
          rmSync(mine, { recursive: true });
          symlinkSync(first, mine, "dir");
        }
      }
      written.push(index);
    } catch (error) {
      failures.push({ index, problem: `generate threw: ${(error as Error).stack ?? error}`, document });
    }
  }
  const generated = Date.now();
  const diagnostics = written.length ? typecheckDir(dir) : [];
  const byCase = new Map<number, string[]>();
  for (const line of diagnostics) {
    const m = /^case-(\d+)\//.exec(line);
    const index = m ? Number(m[1]) : -1;
    if (!byCase.has(index)) byCase.set(index, []);
    byCase.get(index)!.push(line);
  }
  for (const [index, lines] of byCase) {
    failures.push({ index, problem: `tsc --strict:\n${lines.slice(0, 10).join("\n")}`, document: documents[index] });
  }
  failures.sort((a, b) => a.index - b.index);
  return {
    seed,
    runs,
    parts,
    passed: runs - new Set(failures.map((f) => f.index)).size,
    failures,
    ms: { generate: generated - started, typecheck: Date.now() - generated },
  };
}

/** The one command that replays a batch (the script builds dist/ first when a source changed). */
export function replayCommand(batch: { seed: number; runs: number; parts: Part[] }): string {
  return `node scripts/fuzz.mjs --seed ${batch.seed} --runs ${batch.runs} --batch ${batch.runs} --parts ${batch.parts.join(",")}`;
}

/** A failure report that says how to replay it. */
export function describeFailures(result: BatchResult, limit = 3): string {
  const first = result.failures[0];
  const head = [
    `${result.failures.length} failing case(s) of ${result.runs}, seed ${result.seed}.`,
    `Replay: ${replayCommand(result)}`,
    ...(first ? [`Case ${first.index} alone: ${replayCommand(result)} --print-case ${first.index}`] : []),
  ].join("\n");
  const cases = result.failures.slice(0, limit).map((f) => {
    const doc = JSON.stringify(f.document);
    return `--- case ${f.index}\n${f.problem}\ndocument: ${doc.length > 4000 ? `${doc.slice(0, 4000)}…` : doc}`;
  });
  return [head, ...cases].join("\n");
}
