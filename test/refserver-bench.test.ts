/**
 * The bench's refserver section runs for real at its --quick size: it
 * bulk-loads jobs into PGlite (and into a private PostgreSQL server when
 * one is installed), starts the reference server on each, and reports the
 * p50/p99 of each job list under concurrent load and the other clients'
 * throughput beside it, all from successful (2xx) requests.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { postgresBinDir } from "./helpers/postgres.js";

const repoRoot = path.resolve(import.meta.dirname, "..");

describe("bench --only refserver --quick", () => {
  it("reports list latency percentiles and background throughput from a bulk-loaded database", () => {
    const result = spawnSync(process.execPath, [path.join(repoRoot, "scripts/bench/index.mjs"), "--only", "refserver", "--quick", "--json"], {
      cwd: repoRoot,
      encoding: "utf8",
      timeout: 600_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    const [section] = report.sections;
    expect(section.error, result.stderr).toBeUndefined();
    expect(section.notes.join(" ")).toMatch(/PGlite: 20,000 jobs of one user/);
    expect(result.stderr).toMatch(/loaded and indexed 20000 jobs/);
    const rows = section.rows as { subject: string; measure: string; ours: number; peer: number | null; note?: string }[];
    const p99 = rows.filter((r) => r.measure === "p99 latency under load");
    expect(p99.map((r) => r.subject)).toContain("GET /jobs?limit=10");
    expect(p99.length).toBeGreaterThanOrEqual(5);
    if (postgresBinDir()) {
      expect(p99.map((r) => r.subject)).toContain("PostgreSQL: GET /jobs?limit=10");
      expect(section.notes.join(" ")).toMatch(/PostgreSQL: 20,000 jobs of one user/);
    }
    for (const row of rows) {
      // A loaded machine may time a request out at the end of a run; every answer must be a 2xx (the other clients read their own job).
      expect(row.note ?? "", `${row.subject} ${row.measure}`).not.toMatch(/non-2xx/);
      expect(Number.isFinite(row.ours) && row.ours > 0, `${row.subject} ${row.measure}`).toBe(true);
    }
    for (const row of rows.filter((r) => r.measure.startsWith("other clients"))) expect(row.peer).toBeGreaterThan(0);
  }, 660_000);
});
