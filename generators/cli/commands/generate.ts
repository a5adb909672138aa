/**
 * The `generate` command: flags → generate() → write, --check or --watch.
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { generate, foldersOf, PARTS, type Part } from "../../pipeline/generate.js";
import { checkOutput, writeAtomically } from "../../pipeline/output.js";
import { DEFAULT_SPEC, SpecError } from "../../load/load.js";
import { watchGenerate } from "../../pipeline/watch.js";
import { PART_NEEDS, withNeeds } from "../../pipeline/parts.js";
import { COMMAND_USAGE } from "../usage.js";

/**
 * `generate`: load → model → generators → one file set → one atomic write
 * (or, with --check, a comparison). Progress lines go to stderr so stdout
 * stays clean for --json.
 */
export async function generateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      spec: { type: "string", default: DEFAULT_SPEC },
      out: { type: "string", default: "generated" },
      only: { type: "string" },
      name: { type: "string" },
      check: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      watch: { type: "boolean", default: false },
      "allow-remote-refs": { type: "boolean", default: false },
    },
  });
  const usageError = (message: string) => {
    console.error(`vantage-codegen generate: ${message}\n\n${COMMAND_USAGE.generate}`);
    return 2;
  };
  if (values.check && values.watch) return usageError("--check and --watch don't go together: --check writes nothing, --watch writes on every save.");
  const asked = parseOnly(values.only);
  if (typeof asked === "string") return usageError(asked);
  const progress = !values.quiet && !values.json;
  const report = (message: string) => progress && console.error(message);
  // The SDK and the server import the types: an --only without them would not compile on its own.
  const { parts: only, added } = withNeeds(asked);
  if (added.length && values.only !== undefined) {
    const needers = asked.filter((p) => PART_NEEDS[p].some((need) => added.includes(need)));
    report(`--only ${asked.join(",")}: also generating ${added.join(", ")}, which ${needers.join(" and ")} import${needers.length === 1 ? "s" : ""}`);
  }
  if (values.watch) {
    return runWatch({
      spec: values.spec!,
      out: values.out!,
      only,
      name: values.name,
      allowRemoteRefs: values["allow-remote-refs"],
      json: values.json,
      quiet: values.quiet,
    });
  }
  let result;
  // Held until the run succeeds: a refused spec's message is then the first line, not after "load 60ms".
  const steps: string[] = [];
  try {
    result = await generate({
      spec: values.spec!,
      only,
      name: values.name,
      allowRemoteRefs: values["allow-remote-refs"],
      onStep: (step, ms) => steps.push(`${step} ${ms}ms`),
    });
    for (const line of steps) report(line);
  } catch (error) {
    if (values.json && error instanceof SpecError) {
      process.stdout.write(`${JSON.stringify({ ok: false, error: error.message, file: error.file, location: error.location ?? null })}\n`);
    }
    throw error;
  }
  const { files, timings, warnings } = result;
  const out = values.out!;
  // After the step lines, so progress stays one line per step.
  const printWarnings = () => {
    if (progress && warnings.length) console.error(warnings.map((w) => `warning: ${w}`).join("\n"));
  };
  if (values.check) {
    const diff = checkOutput(out, foldersOf(only), files);
    const problems = [
      ...diff.stale.map((f) => `stale   ${path.join(out, f)}`),
      ...diff.missing.map((f) => `missing ${path.join(out, f)}`),
      ...diff.extra.map((f) => `extra   ${path.join(out, f)}`),
    ];
    const ok = problems.length === 0;
    if (values.json) process.stdout.write(`${JSON.stringify({ ok, files: [...files.keys()], timings, ...diff })}\n`);
    else if (!ok) console.error(`${out} is out of date with ${values.spec} (run vantage-codegen generate):\n${problems.map((p) => `  ${p}`).join("\n")}`);
    else report(`${out} is up to date (${files.size} files)`);
    printWarnings();
    return ok ? 0 : 1;
  }
  const start = performance.now();
  writeAtomically(out, foldersOf(only), files);
  timings.write = Math.round(performance.now() - start);
  report(`write ${timings.write}ms`);
  report(`generated ${files.size} files in ${out}/ (${only.join(", ")})`);
  printWarnings();
  if (values.json) process.stdout.write(`${JSON.stringify({ ok: true, files: [...files.keys()], timings, warnings })}\n`);
  return 0;
}

/** `--only types,client` → the parts in canonical order; an error string for unknown parts. */
function parseOnly(raw: string | undefined): Part[] | string {
  if (raw === undefined) return [...PARTS];
  const asked = raw
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const unknown = asked.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length || asked.length === 0) {
    return `--only: unknown part${unknown.length === 1 ? "" : "s"} ${unknown.join(", ") || "(none given)"}; choose from ${PARTS.join(", ")}.`;
  }
  return PARTS.filter((p) => asked.includes(p));
}

/**
 * Runs until SIGINT/SIGTERM. Lines go to stderr, like the step lines; with
 * --json, one JSON object per regeneration goes to stdout instead; with
 * --quiet, only problems are printed.
 */
async function runWatch(options: {
  spec: string;
  out: string;
  only: Part[];
  name?: string;
  allowRemoteRefs: boolean;
  json: boolean;
  quiet: boolean;
}): Promise<number> {
  const { spec, out, only, name, allowRemoteRefs, json, quiet } = options;
  const watcher = await watchGenerate({
    spec,
    out,
    only,
    name,
    allowRemoteRefs,
    report: (line, kind) => {
      if ((json || quiet) && kind === "info") return;
      console.error(line);
    },
    onRun: json ? (event) => process.stdout.write(`${JSON.stringify(event)}\n`) : undefined,
  });
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  watcher.close();
  await watcher.idle();
  return 0;
}
