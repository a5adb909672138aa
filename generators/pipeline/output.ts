/**
 * output: the generated file set (relative path → text) and the only code
 * that touches the output folder. Writes are atomic per output part
 * (types/, client/…): everything is written into a sibling temp folder
 * first, then each part is swapped in by rename, so a run that fails before
 * the swap leaves the previous output untouched. Parts not generated in this
 * run (e.g. server/ under --only client) are left alone.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import type { FileSet } from "../emit/file-set.js";

export type { FileSet };

/** Merge generator outputs; two generators must never write the same path. */
export function mergeFileSets(sets: FileSet[]): FileSet {
  const out: FileSet = new Map();
  for (const set of sets) {
    for (const [name, text] of set) {
      if (out.has(name)) throw new Error(`two generators produced ${name}`);
      out.set(name, text);
    }
  }
  // Sorted, so listings and --json output are stable.
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function writeAtomically(outDir: string, parts: string[], files: FileSet): void {
  const out = path.resolve(outDir);
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [name, text] of files) {
      const file = path.join(tmp, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    for (const part of parts) mkdirSync(path.join(tmp, part), { recursive: true });
    mkdirSync(out, { recursive: true });
    const swapped: string[] = [];
    try {
      for (const part of parts) {
        const target = path.join(out, part);
        const old = path.join(tmp, `${part}.old`);
        if (existsSync(target)) renameSync(target, old);
        renameSync(path.join(tmp, part), target);
        swapped.push(part);
      }
    } catch (error) {
      // Put back what was already swapped, so the output stays consistent.
      for (const part of swapped.reverse()) {
        const old = path.join(tmp, `${part}.old`);
        rmSync(path.join(out, part), { recursive: true, force: true });
        if (existsSync(old)) renameSync(old, path.join(out, part));
      }
      throw error;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export interface CheckResult {
  stale: string[];
  missing: string[];
  extra: string[];
}

/** Compare the file set with what is on disk under the selected parts. */
export function checkOutput(outDir: string, parts: string[], files: FileSet): CheckResult {
  const out = path.resolve(outDir);
  const result: CheckResult = { stale: [], missing: [], extra: [] };
  for (const [name, text] of files) {
    const file = path.join(out, name);
    if (!existsSync(file)) result.missing.push(name);
    else if (readFileSync(file, "utf8") !== text) result.stale.push(name);
  }
  for (const part of parts) {
    for (const name of listFiles(path.join(out, part))) {
      const rel = path.posix.join(part, name);
      if (!files.has(rel)) result.extra.push(rel);
    }
  }
  result.extra.sort();
  return result;
}

function listFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out;
}
