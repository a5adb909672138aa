/**
 * Type-check: `tsc --noEmit --strict` time on our generated SDK (types +
 * client) against openapi-typescript's output alone, per document, with the
 * same minimal tsconfig in each output folder: once with skipLibCheck (what
 * most projects use; the SDK's resources and runtime ship as .d.ts, which it
 * skips) and once without (every declaration checked, TypeScript's own lib
 * files included, for both).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { bins, documents } from "./lib/paths.mjs";
import { measureNode, failureText } from "./lib/measure-process.mjs";
import { oursCommand, openapiTypescriptCommand } from "./lib/generators-under-test.mjs";
import { compareRow } from "./lib/rows.mjs";
import { atMostRatio } from "./lib/targets.mjs";

export const title = "Type-check (tsc --noEmit --strict)";

const tsconfig = (skipLibCheck) => ({
  compilerOptions: {
    strict: true,
    noEmit: true,
    skipLibCheck,
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    types: [],
  },
  include: ["**/*.ts"],
});
const VARIANTS = [
  { tsconfig: "tsconfig.json", skipLibCheck: true, measure: "tsc SDK (types+client)" },
  { tsconfig: "tsconfig.nolibskip.json", skipLibCheck: false, measure: "tsc SDK, skipLibCheck off" },
];

export async function run({ options, workspace, log }) {
  const rows = [];
  for (const doc of documents(options)) {
    const subjects = {
      ours: { generate: oursCommand(doc.file, workspace.dir("typecheck", doc.name, "ours"), "types,client") },
      openapiTypescript: { generate: openapiTypescriptCommand(doc.file, workspace.dir("typecheck", doc.name, "openapi-typescript"), workspace.root) },
    };
    const failures = [];
    for (const [name, subject] of Object.entries(subjects)) {
      const result = await measureNode(subject.generate.args, { cwd: subject.generate.cwd });
      if (!result.ok) failures.push(`${name} generation failed: ${failureText(result)}`);
      for (const variant of VARIANTS) {
        writeFileSync(path.join(subject.generate.outDir, variant.tsconfig), JSON.stringify(tsconfig(variant.skipLibCheck), null, 2));
      }
    }
    for (const variant of VARIANTS) {
      const times = { ours: [], openapiTypescript: [] };
      const errors = {};
      for (let i = 0; i < options.runs; i++) {
        const order = i % 2 ? ["openapiTypescript", "ours"] : ["ours", "openapiTypescript"];
        for (const name of order) {
          const result = await measureNode([bins.tsc, "-p", path.join(subjects[name].generate.outDir, variant.tsconfig)]);
          log(`typecheck ${doc.name} ${name} (${variant.measure}) run ${i + 1}: ${Math.round(result.wallMs)} ms${result.ok ? "" : " (type errors)"}`);
          times[name].push(result.wallMs);
          // Type errors still give a time (tsc checked everything), but say so.
          if (!result.ok) errors[name] = (result.stdout.match(/error TS\d+/g) ?? []).length || failureText(result);
        }
      }
      const notes = [...failures, ...Object.entries(errors).map(([name, count]) => `${name}: tsc reported ${count} error(s)`)];
      rows.push(
        compareRow({
          subject: doc.name,
          measure: variant.measure,
          unit: "ms",
          ours: times.ours,
          peerName: "openapi-typescript types",
          peer: times.openapiTypescript,
          target: atMostRatio(1.3),
          note: notes.join("; ") || undefined,
        }),
      );
    }
  }
  return { rows, notes: ["same tsconfig for both: strict, noEmit, moduleResolution Bundler, lib ES2022+DOM, no @types; skipLibCheck on, then off"] };
}
