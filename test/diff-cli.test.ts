/**
 * `vantage-codegen diff BASE HEAD --format json` on every fixture of
 * test/fixtures/diff/cases.ts: the built command, as users run it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./fixtures/diff/root.js";
import { CASES, writeSpec } from "./fixtures/diff/cases.js";
import { check, type Reported } from "./fixtures/diff/check.js";

const BIN = path.join(ROOT, "bin/vantage-codegen.js");
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "vantage-diff-cli-"));
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("diff fixtures through the command (--format json)", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const dir = path.join(tmp, String(CASES.indexOf(c)));
      const base = writeSpec(path.join(dir, "base"), c.base ?? []);
      const head = writeSpec(path.join(dir, "head"), [...(c.base ?? []), ...c.head]);
      const r = spawnSync(process.execPath, [BIN, "diff", base, head, "--format", "json"], { cwd: ROOT, encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as { bump: string; changes: Reported[] };
      expect(Object.keys(out).sort()).toEqual(["bump", "changes"]);
      for (const x of out.changes as Array<Reported & { severity?: string }>) expect(["error", "warning", "info"]).toContain(x.severity);
      for (const x of out.changes) {
        expect(typeof x.pointer).toBe("string");
        expect(typeof x.kind).toBe("string");
        expect(typeof x.breaking).toBe("boolean");
        expect(typeof x.message).toBe("string");
      }
      check(c, out.bump, out.changes);
    });
  }
});
