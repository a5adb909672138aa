/**
 * Type-check: `tsc --noEmit --strict` time on our generated SDK (types +
 * client) against openapi-typescript's output alone, per document, with the
 * same minimal tsconfig (skipLibCheck) in each output folder.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { bins, documents } from "./lib/paths.mjs";
import { measureNode, failureText } from "./lib/measure-process.mjs";
import { oursCommand, openapiTypescriptCommand } from "./lib/generators-under-test.mjs";
import { compareRow } from "./lib/rows.mjs";
import { atMostRatio } from "./lib/targets.mjs";

export const title = "Type-check (tsc --noEmit --strict)";

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    types: [],
  },
  include: ["**/*.ts"],
};

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
      writeFileSync(path.join(subject.generate.outDir, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
      subject.times = [];
      subject.errors = null;
    }
    for (let i = 0; i < options.runs; i++) {
      const order = i % 2 ? ["openapiTypescript", "ours"] : ["ours", "openapiTypescript"];
      for (const name of order) {
        const subject = subjects[name];
        const result = await measureNode([bins.tsc, "-p", path.join(subject.generate.outDir, "tsconfig.json")]);
        log(`typecheck ${doc.name} ${name} run ${i + 1}: ${Math.round(result.wallMs)} ms${result.ok ? "" : " (type errors)"}`);
        subject.times.push(result.wallMs);
        // Type errors still give a time (tsc checked everything), but say so.
        if (!result.ok) subject.errors = (result.stdout.match(/error TS\d+/g) ?? []).length || failureText(result);
      }
    }
    for (const [name, subject] of Object.entries(subjects)) {
      if (subject.errors != null) failures.push(`${name}: tsc reported ${subject.errors} error(s)`);
    }
    rows.push(
      compareRow({
        subject: doc.name,
        measure: "tsc SDK (types+client)",
        unit: "ms",
        ours: subjects.ours.times,
        peerName: "openapi-typescript types",
        peer: subjects.openapiTypescript.times,
        target: atMostRatio(1.3),
        note: failures.join("; ") || undefined,
      }),
    );
  }
  return { rows, notes: ["same tsconfig for both: strict, noEmit, skipLibCheck, moduleResolution Bundler, lib ES2022+DOM, no @types"] };
}
