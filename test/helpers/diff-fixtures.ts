/**
 * The diff fixtures (test/fixtures/diff/cases.ts) through the library, one
 * half of them per test file: each case is written to disk as a multi-file
 * spec, BASE and HEAD, and diffed in-process. Two files let two workers share
 * the ~80 bundles.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, it } from "vitest";
import { diffSpecs } from "../../generators/diff/index.js";
import { CASES, writeSpec } from "../fixtures/diff/cases.js";
import { check } from "../fixtures/diff/check.js";

export function diffFixtureTests(half: 0 | 1): void {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "vantage-diff-fixtures-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  describe(`diff fixtures through the library (half ${half + 1} of 2)`, () => {
    CASES.forEach((c, i) => {
      if (i % 2 !== half) return;
      it(c.name, async () => {
        const dir = path.join(tmp, `case-${i}`);
        const base = writeSpec(path.join(dir, "base"), c.base ?? []);
        const head = writeSpec(path.join(dir, "head"), [...(c.base ?? []), ...c.head]);
        const result = await diffSpecs(base, head);
        check(c, result.bump, result.changes);
      });
    });
  });
}
