/**
 * One temp folder for the whole run, with `node_modules` linked to the repo's
 * so generated code and bundles resolve openapi-fetch, fastify… Removed at
 * the end (and on Ctrl-C).
 */
import { mkdtempSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "./paths.mjs";

export function createWorkspace() {
  const root = mkdtempSync(path.join(os.tmpdir(), "vantage-bench-"));
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  return {
    root,
    /** A fresh sub-folder (created). */
    dir(...parts) {
      const dir = path.join(root, ...parts);
      mkdirSync(dir, { recursive: true });
      return dir;
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
