/**
 * project-copy: this project as a fresh clone would have it, in a folder
 * only its owner may enter (mkdtemp makes it 0700) and under a path with a
 * space, where the README's commands must work. The files are copied from
 * the working tree (new mtimes, as a clone has), node_modules is linked and
 * dist/ copied, so the command starts without installing or building when
 * the sources are what dist/ was built from.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "./typecheck.js";

/** Everything at the top of the checkout but what a clone doesn't have (installs, outputs) or the copy doesn't need (the tests). */
const LEFT_OUT = new Set([".git", "node_modules", "test", "test-output", ".data"]);
const ENTRIES = readdirSync(repoRoot).filter((entry) => !LEFT_OUT.has(entry));

export interface ProjectCopy {
  /** The copy's root: `<0700 temp folder>/a b/project`. */
  root: string;
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const base = mkdtempSync(path.join(os.tmpdir(), "vantage-clone-"));
  chmodSync(base, 0o700);
  const root = path.join(base, "a b", "project");
  mkdirSync(root, { recursive: true });
  for (const entry of ENTRIES) cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  if ((statSync(base).mode & 0o777) !== 0o700) throw new Error(`${base} should be 0700`);
  return { root, remove: () => rmSync(base, { recursive: true, force: true }) };
}
