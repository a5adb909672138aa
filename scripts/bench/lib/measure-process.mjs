/**
 * Runs one command to completion and measures it: wall time (ms, from spawn to
 * exit) and peak resident memory (KB). Peak memory comes from GNU time
 * (`/usr/bin/time -v -o FILE`) when present, else from a preload that writes
 * the Node child's own `process.resourceUsage().maxRSS` on exit.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import path from "node:path";
import os from "node:os";
import { pathToFileURL } from "node:url";
import { benchDir } from "./paths.mjs";

const GNU_TIME = "/usr/bin/time";
const hasGnuTime = existsSync(GNU_TIME);
const PROBE = path.join(benchDir, "lib/maxrss-probe.mjs");
let seq = 0;

/**
 * @param {string[]} nodeArgs  arguments to `node` (script first)
 * @returns {Promise<{ ok: boolean, code: number, wallMs: number, maxRssKb: number|null, stdout: string, stderr: string }>}
 */
export function measureNode(nodeArgs, { cwd, env = {}, timeoutMs = 10 * 60_000 } = {}) {
  const rssFile = path.join(os.tmpdir(), `vantage-bench-rss-${process.pid}-${++seq}`);
  const command = hasGnuTime ? GNU_TIME : process.execPath;
  const args = hasGnuTime ? ["-v", "-o", rssFile, process.execPath, ...nodeArgs] : ["--import", pathToFileURL(PROBE).href, ...nodeArgs];
  const childEnv = { ...process.env, ...env, ...(hasGnuTime ? {} : { VANTAGE_BENCH_RSS_FILE: rssFile }) };
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code, signal) => {
      const wallMs = performance.now() - start;
      clearTimeout(timer);
      const maxRssKb = readRss(rssFile);
      rmSync(rssFile, { force: true });
      resolve({ ok: code === 0, code: code ?? (signal ? 128 : 1), wallMs, maxRssKb, stdout, stderr });
    });
  });
}

function readRss(file) {
  if (!existsSync(file)) return null;
  const text = readFileSync(file, "utf8");
  if (!hasGnuTime) return Number(text) || null;
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(text);
  return match ? Number(match[1]) : null;
}

/** The last lines of a failed command's output, for a note. */
export function failureText(result) {
  const text = (result.stderr || result.stdout)
    .trim()
    .split("\n")
    .filter((l) => !/^\s*✘/.test(l))
    .slice(-3)
    .join(" | ");
  return `exit ${result.code}: ${text.slice(0, 300)}`;
}
