#!/usr/bin/env node
/**
 * Prints the functions with the most self time in a V8 .cpuprofile (from
 * `node --cpu-prof`), grouped by function and file:
 *
 *   node scripts/bench/tools/cpuprofile-top.mjs PROFILE.cpuprofile [N=25]
 */
import { readFileSync } from "node:fs";

const [file, countArg = "25"] = process.argv.slice(2);
if (!file) {
  console.error("usage: cpuprofile-top.mjs PROFILE.cpuprofile [N]");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
let total = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || "(anonymous)"}  ${url.replace(/^.*node_modules\//, "~/").replace(/^file:\/\/.*\/(?=[^/]+\/[^/]+$)/, "")}:${lineNumber + 1}`;
  const ms = (dt[i] ?? 0) / 1000;
  total += ms;
  self.set(key, (self.get(key) ?? 0) + ms);
});
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(countArg));
console.log(`total ${total.toFixed(0)} ms sampled`);
for (const [key, ms] of top) console.log(`${((ms / total) * 100).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
