/**
 * `generate --only <part>` output compiles on its own: the SDK and the
 * server import the types, so asking for one of them also generates types/
 * (and says so). Each part of the Vantage spec goes into its own folder; one
 * tsc --strict program checks all of them, diagnostics named by folder.
 * (docs is HTML and JSON, nothing to compile.)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, typecheckDir } from "./helpers/typecheck.js";

const root = mkdtempSync(path.join(os.tmpdir(), "vantage-only-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PARTS = ["types", "client", "server", "msw"];

describe("generate --only", () => {
  it("each code part alone compiles under tsc --strict", () => {
    for (const part of PARTS) {
      const out = path.join(root, part);
      const run = spawnSync(process.execPath, [path.join(repoRoot, "bin/vantage-codegen.js"), "generate", "--only", part, "--out", out], {
        cwd: repoRoot,
        encoding: "utf8",
        timeout: 120_000,
      });
      expect(run.status, run.stderr).toBe(0);
      const folders = readdirSync(out).sort();
      if (part === "types") {
        expect(folders).toEqual(["types"]);
        expect(run.stderr).not.toMatch(/also generating/);
      } else {
        expect(folders).toEqual([part, "types"].sort());
        expect(run.stderr).toContain(`--only ${part}: also generating types, which ${part} imports`);
      }
    }
    expect(typecheckDir(root)).toEqual([]);
  }, 300_000);
});
