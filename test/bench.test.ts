/**
 * The benchmark (`npm run bench`) is not a timed test, but its arithmetic and
 * its plumbing are: medians, ratios and verdicts on known samples, the flags,
 * and two real sections run end to end (--quick): the bundle size, and the
 * server load test with real Fastify child processes and autocannon, which
 * must report requests/s and each server's CPU time per request.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import path from "node:path";
// @ts-expect-error plain ESM scripts without types
import { median, ratio } from "../scripts/bench/lib/stats.mjs";
// @ts-expect-error plain ESM scripts without types
import { compareRow } from "../scripts/bench/lib/rows.mjs";
// @ts-expect-error plain ESM scripts without types
import { atLeastRatio, atMostRatio } from "../scripts/bench/lib/targets.mjs";
// @ts-expect-error plain ESM scripts without types
import { parseOptions } from "../scripts/bench/lib/options.mjs";
import { repoRoot } from "./helpers/typecheck.js";

interface Row {
  subject: string;
  measure: string;
  ours: number | null;
  peer: number | null;
  ratio: number | null;
  verdict: string;
}

function bench(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, "scripts/bench/index.mjs"), ...args], { cwd: repoRoot, encoding: "utf8", timeout: 120_000 });
  return { ...result, json: () => JSON.parse(result.stdout) as { summary: { targets: number }; sections: { name: string; rows: Row[] }[] } };
}

describe("bench arithmetic", () => {
  it("takes medians of finite samples, odd and even counts", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 7, Number.NaN])).toBe(7);
    expect(median([])).toBeNull();
  });

  it("compares medians as ours ÷ peer and judges the target on that ratio", () => {
    expect(ratio(3, 0)).toBeNull();
    const slower = compareRow({ subject: "s", measure: "m", unit: "ms", ours: [120, 100, 110], peer: [100, 90, 80], target: atMostRatio(1.25) });
    expect(slower.ours).toBe(110);
    expect(slower.peer).toBe(90);
    expect(slower.ratio).toBeCloseTo(110 / 90, 3);
    expect(slower.verdict).toBe("PASS");
    const tooSlow = compareRow({ subject: "s", measure: "m", unit: "ms", ours: [200], peer: [100], target: atMostRatio(1.25) });
    expect(tooSlow.verdict).toBe("MISS");
    const throughput = compareRow({ subject: "s", measure: "m", unit: "req/s", better: "higher", ours: [70], peer: [100], target: atLeastRatio(0.8) });
    expect(throughput.verdict).toBe("MISS");
    // No peer figure (the peer failed): a target can't be met.
    expect(compareRow({ subject: "s", measure: "m", unit: "ms", ours: [1], peer: [], target: atMostRatio(1) }).verdict).toBe("MISS");
    expect(compareRow({ subject: "s", measure: "m", unit: "ms", ours: [1] }).verdict).toBe("—");
  });

  it("parses its flags and refuses bad ones", () => {
    expect(parseOptions(["--quick"])).toMatchObject({ quick: true, runs: 1, loadRuns: 1 });
    expect(parseOptions(["--runs", "7", "--only", "server,bundle"])).toMatchObject({ runs: 7, loadRuns: 7, only: ["server", "bundle"] });
    expect(() => parseOptions(["--runs", "0"])).toThrow(/--runs/);
    expect(() => parseOptions(["--only", "nope"])).toThrow(/nope/);
  });
});

describe("bench sections, run for real", () => {
  it("exits 2 naming an unknown section", () => {
    const result = bench("--only", "nope");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown section(s): nope");
  });

  it("bundle: the SDK's gzip size beside openapi-fetch's, as JSON", () => {
    const result = bench("--only", "bundle", "--quick", "--json");
    expect(result.status).toBe(0);
    const [section] = result.json().sections;
    const row = section.rows.find((r) => r.subject === "Vantage SDK")!;
    expect(row.ours).toBeGreaterThan(1000);
    expect(row.peer).toBeGreaterThan(1000);
    expect(row.ratio).toBeCloseTo(row.ours! / row.peer!, 2);
  });

  it("server: requests/s and CPU time per request for the generated server and bare Fastify", () => {
    const result = bench("--only", "server", "--quick", "--json");
    expect(result.status).toBe(0);
    const { rows } = result.json().sections[0];
    for (const route of ["GET /jobs/{job_id}", "POST /jobs"]) {
      const rps = rows.find((r) => r.subject === route && r.measure.includes("vs bare Fastify"))!;
      const cpu = rows.find((r) => r.subject === route && r.measure.includes("CPU per request"))!;
      expect(rps.ours).toBeGreaterThan(100);
      expect(rps.peer).toBeGreaterThan(100);
      // CPU per request in µs: more than nothing, far less than a second.
      for (const value of [cpu.ours, cpu.peer]) {
        expect(value).toBeGreaterThan(1);
        expect(value).toBeLessThan(100_000);
      }
    }
  }, 120_000);
});
