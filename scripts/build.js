#!/usr/bin/env node
// The build (`npm run build`): generators/ → dist/generators/, and the SDK
// runtime templates/client/core → dist/client-core/ and the server runtime
// (.js + .d.ts), then a
// stamp: a hash of every source file. bin/vantage-codegen.js calls
// buildIfStale() before it loads dist/, so neither `npm run generate` nor the
// command ever runs code older than generators/ or templates/.
//
//   node scripts/build.js           build now
//   node scripts/build.js --if-stale build only when a source changed
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const stampFile = path.join(dist, ".build-stamp.json");
const lockDir = path.join(dist, ".build-lock");
/** What the build reads: a change to any of these makes dist/ stale. */
const SOURCES = ["generators", "templates", "tsconfig.json", "tsconfig.build.json", "tsconfig.core.json", "tsconfig.server-runtime.json"];
const PROJECTS = ["tsconfig.build.json", "tsconfig.core.json", "tsconfig.server-runtime.json"];
/** What the command loads first: without it dist/ is not there at all. */
const ENTRY = path.join(dist, "generators", "cli", "main.js");

function sourceFiles() {
  const out = [];
  const walk = (file) => {
    if (!existsSync(file)) return;
    const stat = statSync(file);
    if (stat.isDirectory()) for (const name of readdirSync(file).sort()) walk(path.join(file, name));
    else out.push({ file, mtimeMs: stat.mtimeMs });
  };
  for (const source of SOURCES) walk(path.join(root, source));
  return out;
}

function hashOf(files) {
  const hash = createHash("sha256");
  for (const { file } of files)
    hash
      .update(`${path.relative(root, file)}\0`)
      .update(readFileSync(file))
      .update("\0");
  return hash.digest("hex");
}

function readStamp() {
  try {
    return { ...JSON.parse(readFileSync(stampFile, "utf8")), mtimeMs: statSync(stampFile).mtimeMs };
  } catch {
    return null;
  }
}

/**
 * Fresh when the entry exists and the sources hash to the stamp's hash. The
 * fast path (every run) only stats: no source newer than the stamp and the
 * same number of files. A newer mtime with the same contents (a fresh
 * clone, a checkout) costs one hash, and the stamp is touched.
 */
function isFresh(files = sourceFiles()) {
  const stamp = readStamp();
  if (!stamp || !existsSync(ENTRY)) return false;
  if (stamp.count === files.length && files.every((f) => f.mtimeMs <= stamp.mtimeMs)) return true;
  if (stamp.hash !== hashOf(files)) return false;
  const now = new Date();
  utimesSync(stampFile, now, now);
  return true;
}

/** Runs tsc for both projects and writes the stamp of the sources it read. Throws with tsc's output on failure. */
export function build() {
  const files = sourceFiles();
  const hash = hashOf(files);
  const require = createRequire(path.join(root, "package.json"));
  const tsc = require.resolve("typescript/bin/tsc");
  // The runtimes are copied into generated/ file by file: a template deleted
  // must not live on there as its last compiled copy.
  for (const copied of ["client-core", "server-runtime"]) rmSync(path.join(dist, copied), { recursive: true, force: true });
  for (const project of PROJECTS) {
    const run = spawnSync(process.execPath, [tsc, "-p", project], { cwd: root, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`tsc -p ${project} failed:\n${run.stdout}${run.stderr}`);
  }
  mkdirSync(dist, { recursive: true });
  writeFileSync(stampFile, `${JSON.stringify({ hash, count: files.length })}\n`);
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds when stale. One build at a time (a lock folder): parallel commands
 * (tests, a watch next to a generate) wait for it, then see dist/ fresh.
 * Returns true when it built. Without the sources (an install that ships
 * dist/ only) there is nothing to compare and nothing to do.
 */
export function buildIfStale({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  if (!existsSync(path.join(root, "generators"))) return false;
  if (isFresh()) return false;
  mkdirSync(dist, { recursive: true });
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      // A lock older than any build is left over from a killed one.
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > 5 * 60_000) rmSync(lockDir, { recursive: true, force: true });
      } catch {}
      if (Date.now() > deadline) throw new Error(`vantage-codegen: waited 5 min for another build (${lockDir}); remove it if no build is running.`);
      sleep(100);
    }
  }
  try {
    if (isFresh()) return false;
    log("vantage-codegen: generators/ or templates/ changed since the last build; building dist/ first");
    build();
    return true;
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv.includes("--if-stale")) buildIfStale();
    else build();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
