/**
 * diff --verify over every fixture: the SDK generated from BASE and HEAD, a
 * usage program written against BASE's SDK type-checked against HEAD's (one
 * TypeScript program for all fixtures). The rules' verdict (a breaking change
 * the types see, or none) must agree with the compiler on every pair.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffDocuments, loadSource } from "../generators/diff/index.js";
import { describeOutcome, verifyPairs, type VerifyInput } from "../generators/diff/verify.js";
import { CASES, writeSpec } from "./fixtures/diff/cases.js";

const tmp = mkdtempSync(path.join(os.tmpdir(), "vantage-diff-verify-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("diff --verify agrees with the compiler", () => {
  it("on every fixture of test/fixtures/diff/cases.ts", async () => {
    const pairs: VerifyInput[] = [];
    for (const [i, c] of CASES.entries()) {
      const base = (await loadSource(writeSpec(path.join(tmp, `${i}`, "base"), c.base ?? []))).document;
      const head = (await loadSource(writeSpec(path.join(tmp, `${i}`, "head"), [...(c.base ?? []), ...c.head]))).document;
      pairs.push({ name: c.name, base, head, changes: diffDocuments(base, head).changes });
    }
    const outcomes = await verifyPairs(pairs, { keep: path.join(tmp, "verify") });
    const bugs = outcomes.filter((o) => !o.agree).map(describeOutcome);
    expect(bugs, bugs.join("\n")).toEqual([]);
    expect(outcomes.filter((o) => o.skipped)).toEqual([]);
    // The check can fail both ways: some fixtures break compilation, some do not.
    expect(outcomes.some((o) => !o.compiles)).toBe(true);
    expect(outcomes.some((o) => o.compiles)).toBe(true);
  }, 900_000);
});
