/**
 * Agreement with oasdiff on its own checker fixtures (test/fixtures/diff/oasdiff,
 * Apache-2.0, origin in its README): for each pair, oasdiff's verdict in the
 * direction its Go test checks against ours in the same direction (a breaking
 * change whose kind starts with request- / response-). Every disagreement must
 * be a documented rule in guides/diff-rules.md, naming the pair.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffSpecs } from "../generators/diff/index.js";
import { ROOT } from "./fixtures/diff/root.js";

const DIR = path.join(ROOT, "test/fixtures/diff/oasdiff");
interface Entry {
  base: string;
  head: string;
  direction: "request" | "response";
  expected: "breaking" | "non-breaking";
  test: string;
}
const { entries } = JSON.parse(readFileSync(path.join(DIR, "manifest.json"), "utf8")) as { entries: Entry[] };
const rules = readFileSync(path.join(ROOT, "guides/diff-rules.md"), "utf8");

describe("agreement with oasdiff's checker fixtures", () => {
  it(`agrees on at least 95% of the ${entries.length} comparisons, and documents each difference`, async () => {
    const rows: string[] = [];
    const disagreements: Entry[] = [];
    for (const e of entries) {
      const result = await diffSpecs(path.join(DIR, e.base), path.join(DIR, e.head));
      const ours = result.changes.some((c) => c.breaking && c.kind.startsWith(`${e.direction}-`)) ? "breaking" : "non-breaking";
      if (ours !== e.expected) disagreements.push(e);
      rows.push(`${ours === e.expected ? "agree   " : "DIFFER  "} ${e.base} → ${e.head} (${e.direction}): oasdiff ${e.expected}, ours ${ours}`);
    }
    const agreement = (entries.length - disagreements.length) / entries.length;
    console.log(`oasdiff agreement: ${entries.length - disagreements.length}/${entries.length} = ${(agreement * 100).toFixed(1)}%\n${rows.join("\n")}`);
    for (const e of disagreements)
      expect(rules, `guides/diff-rules.md must explain ${e.base} → ${e.head} (${e.direction})`).toContain(`${e.base} → ${e.head} (${e.direction})`);
    expect(agreement).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});
