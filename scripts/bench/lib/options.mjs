/** The bench's flags: --json, --only a,b, --runs N, --quick. */
import { parseArgs } from "node:util";

export const SECTIONS = ["generation", "scale", "typecheck", "client", "bundle", "server", "watch", "refserver"];

export const USAGE = `Usage: node scripts/bench/index.mjs [--only ${SECTIONS.join(",")}] [--runs N] [--quick] [--json]

  --only S   comma-separated sections to run (default: all)
  --runs N   runs per measurement (default: 5 for generation, scale and type-check; 3 for load tests)
  --quick    fewer documents and sizes, 1 run, short load tests: for iterating on the bench itself
  --json     print one JSON object with every sample, median and verdict on stdout`;

export function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: "boolean", default: false },
      only: { type: "string" },
      runs: { type: "string" },
      quick: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return { help: true };
  const only = values.only
    ? values.only
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : SECTIONS;
  const unknown = only.filter((s) => !SECTIONS.includes(s));
  if (unknown.length) throw new Error(`unknown section(s): ${unknown.join(", ")} (known: ${SECTIONS.join(", ")})`);
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (runs !== undefined && (!Number.isInteger(runs) || runs < 1)) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  const quick = values.quick;
  return {
    json: values.json,
    only,
    quick,
    /** Runs for one-shot commands (generation, type-check, scale). */
    runs: runs ?? (quick ? 1 : 5),
    /** Runs for load tests (client, server). */
    loadRuns: runs ?? (quick ? 1 : 3),
  };
}
