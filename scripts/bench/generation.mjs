/**
 * Generation: wall time and peak memory of `vantage-codegen generate` (types +
 * client, types + client + server, docs) against openapi-typescript (types)
 * and @hey-api/openapi-ts (types + SDK) on each document; runs interleaved.
 *
 * Where @hey-api/openapi-ts can't read a multi-file document, it is given the
 * same document bundled into one file by Redocly CLI first (bundling not
 * counted in its time), so the row still compares something; the row says so.
 * The command's compile cache is warm in the measured runs (as on any run
 * but the first after install); the cold first run is measured once and noted.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { bins, documents } from "./lib/paths.mjs";
import { measureNode, failureText } from "./lib/measure-process.mjs";
import { oursCommand, openapiTypescriptCommand, heyApiCommand, stepTimings } from "./lib/generators-under-test.mjs";
import { compareRow } from "./lib/rows.mjs";
import { atMostRatio, belowRatio } from "./lib/targets.mjs";
import { median } from "./lib/stats.mjs";

export const title = "Generation (wall time, peak memory)";

export async function run({ options, workspace, log }) {
  const rows = [];
  const notes = [];
  const steps = {};
  notes.push(await warmUp(workspace, log));
  for (const doc of documents(options)) {
    const out = (name) => path.join(workspace.dir("generation", doc.name), name);
    const commands = {
      oursTypesClient: oursCommand(doc.file, out("ours-types-client"), "types,client"),
      oursFull: oursCommand(doc.file, out("ours-full"), "types,client,server"),
      oursDocs: oursCommand(doc.file, out("ours-docs"), "docs"),
      openapiTypescript: openapiTypescriptCommand(doc.file, out("openapi-typescript"), workspace.root),
      heyApi: await heyApiCommandFor(doc, out, workspace, notes, log),
    };
    const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, { wall: [], rss: [], failure: null }]));
    const names = Object.keys(commands);
    for (let i = 0; i < options.runs; i++) {
      // Rotate the order each run so no command always runs first (cold caches) or last.
      const order = names.map((_, j) => names[(i + j) % names.length]);
      for (const name of order) {
        const { args, cwd, outDir } = commands[name];
        rmSync(outDir, { recursive: true, force: true });
        const result = await measureNode(args, { cwd });
        log(`generation ${doc.name} ${name} run ${i + 1}: ${result.ok ? `${Math.round(result.wallMs)} ms` : "failed"}`);
        const s = samples[name];
        if (!result.ok) {
          s.failure ??= failureText(result);
          continue;
        }
        s.wall.push(result.wallMs);
        s.rss.push(result.maxRssKb);
        if (name === "oursFull") (steps[doc.name] ??= []).push(stepTimings(result.stdout));
      }
    }
    const noteOf = (...keys) =>
      keys
        .map((k) => samples[k].failure && `${k} failed: ${samples[k].failure}`)
        .filter(Boolean)
        .join("; ") || undefined;
    rows.push(
      compareRow({
        subject: doc.name,
        measure: "types+client time",
        unit: "ms",
        ours: samples.oursTypesClient.wall,
        peerName: "openapi-typescript",
        peer: samples.openapiTypescript.wall,
        target: atMostRatio(1.25),
        note: noteOf("oursTypesClient", "openapiTypescript"),
      }),
      compareRow({
        subject: doc.name,
        measure: "types+client+server time",
        unit: "ms",
        ours: samples.oursFull.wall,
        peerName: "@hey-api/openapi-ts",
        peer: samples.heyApi.wall,
        target: belowRatio(1),
        note: noteOf("oursFull", "heyApi"),
      }),
      compareRow({ subject: doc.name, measure: "docs time", unit: "ms", ours: samples.oursDocs.wall, note: noteOf("oursDocs") }),
      compareRow({
        subject: doc.name,
        measure: "types+client peak RSS",
        unit: "KB",
        ours: samples.oursTypesClient.rss,
        peerName: "openapi-typescript",
        peer: samples.openapiTypescript.rss,
      }),
      compareRow({
        subject: doc.name,
        measure: "types+client+server peak RSS",
        unit: "KB",
        ours: samples.oursFull.rss,
        peerName: "@hey-api/openapi-ts",
        peer: samples.heyApi.rss,
      }),
      compareRow({ subject: doc.name, measure: "docs peak RSS", unit: "KB", ours: samples.oursDocs.rss }),
    );
    const stepMedians = medianSteps(steps[doc.name] ?? []);
    if (stepMedians)
      notes.push(
        `${doc.name}: in-process steps of types+client+server (median ms): ${Object.entries(stepMedians)
          .map(([k, v]) => `${k} ${v}`)
          .join(", ")}`,
      );
  }
  return { rows, notes, extra: { steps } };
}

/**
 * One uncounted run of each command on the smallest document, so the first
 * measured run does not pay for cold disk caches. Ours runs first with an
 * empty compile cache: that time is what a first run after install costs.
 */
async function warmUp(workspace, log) {
  const [doc] = documents({ quick: true });
  const out = (name) => path.join(workspace.dir("generation-warm-up"), name);
  const ours = oursCommand(doc.file, out("ours-cold"), "types,client,server");
  const cold = await measureNode(ours.args, { env: { VANTAGE_CODEGEN_COMPILE_CACHE: workspace.dir("generation-warm-up", "empty-compile-cache") } });
  const commands = [
    oursCommand(doc.file, out("ours"), "types,client,server"),
    openapiTypescriptCommand(doc.file, out("openapi-typescript"), workspace.root),
    heyApiCommand(doc.file, out("hey-api"), workspace.root),
  ];
  for (const { args, cwd } of commands) await measureNode(args, { cwd });
  log("generation warm-up done");
  return `${doc.name}: types+client+server with an empty compile cache (first run after install), one run: ${cold.ok ? `${(cold.wallMs / 1000).toFixed(2)} s` : `failed: ${failureText(cold)}`}`;
}

/** hey-api on the document as is, or, if it can't read it, on the document bundled into one file by Redocly CLI. */
async function heyApiCommandFor(doc, out, workspace, notes, log) {
  const direct = heyApiCommand(doc.file, out("hey-api"), workspace.root);
  const probe = await measureNode(direct.args, { cwd: direct.cwd });
  if (probe.ok) return direct;
  const bundled = path.join(workspace.dir("generation", doc.name), "bundled.yaml");
  const bundle = await measureNode([bins.redocly, "bundle", doc.file, "-o", bundled], { cwd: workspace.root });
  if (!bundle.ok) return direct;
  const reason = errorLine(probe);
  log(`generation ${doc.name}: @hey-api/openapi-ts fails on the document (${reason}); it gets the Redocly-bundled copy`);
  notes.push(
    `${doc.name}: @hey-api/openapi-ts can't read the multi-file document (${reason}); it was timed on the same document bundled into one file by Redocly CLI, bundling not counted`,
  );
  return heyApiCommand(bundled, out("hey-api"), workspace.root);
}

/** The first line of a failed run's output that names an error, shortened: the reason, not the stack. */
function errorLine(result) {
  const line = `${result.stderr}\n${result.stdout}`.split("\n").find((l) => /\b[A-Z]\w*Error: /.test(l)) ?? failureText(result);
  return line.trim().slice(0, 100);
}

function medianSteps(list) {
  const valid = list.filter(Boolean);
  if (!valid.length) return null;
  const keys = Object.keys(valid[0]);
  return Object.fromEntries(keys.map((k) => [k, Math.round(median(valid.map((t) => t[k])))]));
}
