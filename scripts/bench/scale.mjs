/**
 * Scale: `generate --only types,client,server` on synthetic documents of
 * 100, 1,000 and 5,000 operations; growth per 10× operations and time per
 * operation, for the whole process and for the in-process steps alone
 * (which leave out Node start-up and module loading).
 */
import { writeFileSync, rmSync } from "node:fs";
import path from "node:path";
import { syntheticSpec } from "./synthetic-spec.mjs";
import { measureNode, failureText } from "./lib/measure-process.mjs";
import { oursCommand, stepTimings } from "./lib/generators-under-test.mjs";
import { median, round } from "./lib/stats.mjs";
import { verdict } from "./lib/targets.mjs";
import { formatRatio, formatValue } from "./lib/format.mjs";

export const title = "Scale (types+client+server on synthetic specs)";

/** Time per operation at the largest size may be at most this many times that at the next size down. */
const LINEAR_SLACK = 1.5;

const COLUMNS = [
  { header: "size", cell: (r) => r.subject },
  { header: "basis", cell: (r) => r.measure },
  { header: "runs", cell: (r) => String(r.runs) },
  { header: "median", cell: (r) => formatValue(r.ours, r.unit) },
  { header: "per operation", cell: (r) => (r.perOperationMs == null ? "n/a" : `${r.perOperationMs.toFixed(2)} ms`) },
  { header: "growth per 10×", cell: (r) => formatRatio(r.growthPer10x) },
  { header: "per-op vs smaller", cell: (r) => formatRatio(r.ratio) },
  { header: "target", cell: (r) => r.target ?? "—" },
  { header: "result", cell: (r) => r.verdict },
];

export async function run({ options, workspace, log }) {
  const sizes = options.quick ? [100, 1000] : [100, 1000, 5000];
  const dir = workspace.dir("scale");
  const specs = sizes.map((n) => {
    const file = path.join(dir, `synthetic-${n}.json`);
    writeFileSync(file, JSON.stringify(syntheticSpec(n)));
    return { n, file, wall: [], inProcess: [], failure: null };
  });
  for (let i = 0; i < options.runs; i++) {
    for (const spec of specs) {
      const out = path.join(dir, `out-${spec.n}`);
      rmSync(out, { recursive: true, force: true });
      const { args } = oursCommand(spec.file, out, "types,client,server");
      const result = await measureNode(args);
      log(`scale ${spec.n} ops run ${i + 1}: ${result.ok ? `${Math.round(result.wallMs)} ms` : "failed"}`);
      if (!result.ok) {
        spec.failure ??= failureText(result);
        continue;
      }
      spec.wall.push(result.wallMs);
      const steps = stepTimings(result.stdout);
      if (steps) spec.inProcess.push(Object.values(steps).reduce((a, b) => a + b, 0));
    }
  }
  const rows = [];
  for (const [basis, key] of [
    ["whole process", "wall"],
    ["in-process steps", "inProcess"],
  ]) {
    const medians = specs.map((s) => median(s[key]));
    specs.forEach((s, i) => {
      const ms = medians[i];
      const previous = i > 0 ? { n: specs[i - 1].n, ms: medians[i - 1] } : null;
      const growthPer10x = previous && ms != null && previous.ms ? (ms / previous.ms) ** (1 / Math.log10(s.n / previous.n)) : null;
      const perOp = ms == null ? null : ms / s.n;
      const perOpRatio = previous && perOp != null && previous.ms ? perOp / (previous.ms / previous.n) : null;
      const last = i === specs.length - 1 && i > 0;
      const target = last ? { on: "ratio", test: (r) => r <= LINEAR_SLACK, text: `per-op ≤ ${LINEAR_SLACK}× of ${previous.n}` } : null;
      rows.push({
        subject: `${s.n} ops`,
        measure: basis,
        unit: "ms",
        better: "lower",
        runs: s[key].length,
        ours: round(ms, 1),
        peerName: null,
        peer: null,
        ratio: round(perOpRatio, 3),
        target: target?.text ?? null,
        verdict: target ? verdict(target, { ratio: perOpRatio }) : "—",
        perOperationMs: round(perOp, 4),
        growthPer10x: round(growthPer10x, 2),
        samples: { ours: s[key] },
        ...(s.failure ? { note: `failed: ${s.failure}` } : {}),
      });
    });
  }
  const notes = [
    "growth per 10×: how much longer 10× the operations take (10× = linear, less = fixed costs still dominate);",
    "per-op vs smaller: time per operation ÷ that at the next smaller size (1.00× = linear, above = super-linear).",
  ];
  return { rows, notes, columns: COLUMNS };
}
