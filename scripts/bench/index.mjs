#!/usr/bin/env node
/**
 * `npm run bench`: every measurement in one run, printed as one table per
 * section (median, runs, ratio to the peer, target, PASS/MISS) and a summary;
 * `--json` prints one JSON object instead. Benchmarks, not tests: nothing
 * here fails the process on a missed target (exit 1 only if a section breaks).
 */
import os from "node:os";
import { parseOptions, USAGE } from "./lib/options.mjs";
import { createWorkspace } from "./lib/workspace.mjs";
import { stopAllChildServers } from "./lib/child-server.mjs";
import { renderSection, renderSummary, summarize } from "./lib/table.mjs";
import * as generation from "./generation.mjs";
import * as scale from "./scale.mjs";
import * as typecheck from "./typecheck.mjs";
import * as client from "./client-overhead.mjs";
import * as bundle from "./bundle-size.mjs";
import * as server from "./server-throughput.mjs";
import * as watch from "./watch.mjs";
import * as refserver from "./refserver.mjs";

const SECTION_MODULES = { generation, scale, typecheck, client, bundle, server, watch, refserver };

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(`bench: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const workspace = createWorkspace();
const log = (line) => process.stderr.write(`[bench] ${line}\n`);
const cleanUp = async () => {
  await stopAllChildServers();
  workspace.remove();
};
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => cleanUp().finally(() => process.exit(130)));
}

const startedAt = new Date();
const sections = [];
try {
  for (const name of options.only) {
    const module = SECTION_MODULES[name];
    log(`section ${name}…`);
    const started = Date.now();
    try {
      const result = await module.run({ options, workspace, log });
      sections.push({ name, title: module.title, ...result, seconds: Math.round((Date.now() - started) / 1000) });
    } catch (error) {
      log(`section ${name} failed: ${error.stack ?? error}`);
      sections.push({ name, title: module.title, rows: [], error: String(error.message ?? error) });
    }
    if (!options.json) {
      process.stdout.write(`${renderSection(sections.at(-1))}\n\n`);
    }
  }
} finally {
  await cleanUp();
}

if (options.json) {
  const summary = summarize(sections);
  const report = {
    machine: machine(),
    startedAt,
    options,
    summary: {
      ...summary,
      misses: summary.misses.map(({ section, subject, measure, ratio, ours, peer, target }) => ({ section, subject, measure, ratio, ours, peer, target })),
    },
    sections: sections.map(({ columns, ...section }) => section),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  process.stdout.write(`${renderSummary(sections)}\n`);
  process.stdout.write(`\n${machineLine()}\n`);
}
process.exitCode = sections.some((s) => s.error) ? 1 : 0;

function machine() {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    loadavg: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

function machineLine() {
  const m = machine();
  return `node ${m.node}, ${m.platform}, ${m.cpus} × ${m.cpuModel}; load average at the end ${m.loadavg.join(" ")} (above ~0.5 the figures are noisy)`;
}
