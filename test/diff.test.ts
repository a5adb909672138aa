/**
 * `vantage-codegen diff`: each fixture (test/fixtures/diff/cases.ts) is a small
 * edit of the real Vantage spec, written to disk as a multi-file spec, and
 * checked through the library and through the built command.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actualBump, versionWarning } from "../generators/diff/index.js";
import { ROOT } from "./fixtures/diff/root.js";
import { CASES, writeSpec, type Edit } from "./fixtures/diff/cases.js";
import type { Reported } from "./fixtures/diff/check.js";

const BIN = path.join(ROOT, "bin/vantage-codegen.js");
const JOBS_FILE = "paths/jobs.yaml";
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "vantage-diff-test-"));
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function cli(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, "diff", ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let counter = 0;
/** Write BASE and HEAD for a case; returns their root files. */
function pair(c: { base?: Edit[]; head: Edit[] }): { base: string; head: string } {
  const dir = path.join(tmp, `case-${counter++}`);
  const base = writeSpec(path.join(dir, "base"), c.base ?? []);
  const head = writeSpec(path.join(dir, "head"), [...(c.base ?? []), ...c.head]);
  return { base, head };
}

// The fixtures run through the library in test/diff-fixtures-{a,b}.test.ts (two files, so two workers share them).

const byName = (name: string) => {
  const c = CASES.find((x) => x.name === name);
  if (!c) throw new Error(`no fixture ${name}`);
  return c;
};

describe("diff command", () => {
  it("--fail-on breaking exits 1 after printing when a change is breaking, 0 otherwise", () => {
    const breaking = pair(byName("response field removed"));
    const r1 = cli([breaking.base, breaking.head, "--fail-on", "breaking"]);
    expect(r1.code).toBe(1);
    expect(r1.stdout).toContain("response-property-removed");

    const minor = pair(byName("response field added"));
    const r2 = cli([minor.base, minor.head, "--fail-on", "breaking"]);
    expect(r2.code).toBe(0);
    expect(r2.stdout).toContain("response-property-added");

    // Without --fail-on a breaking diff still exits 0.
    expect(cli([breaking.base, breaking.head]).code).toBe(0);
  });

  it("text and md output name every change's pointer", () => {
    const c = {
      head: [
        ...byName("response field removed").head,
        ...byName("optional query parameter added").head,
        ...byName("summary of an operation edited").head.map(([f, fn]): Edit => [f, fn]),
      ],
    };
    const { base, head } = pair(c);
    const json = JSON.parse(cli([base, head, "--format", "json"]).stdout) as { changes: Reported[] };
    expect(json.changes.length).toBeGreaterThanOrEqual(3);
    for (const format of ["text", "md"]) {
      const r = cli([base, head, "--format", format]);
      expect(r.code).toBe(0);
      for (const change of json.changes) expect(r.stdout, format).toContain(change.pointer);
    }
    expect(cli([base, head, "--format", "md"]).stdout).toMatch(/^\|.*\|$/m);
  });

  it("bad input: one line naming it, exit 2", () => {
    const { base } = pair({ head: [] });
    const missing = path.join(tmp, "nope", "openapi.yaml");
    const r = cli([base, missing]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(missing);

    const usage = cli([base]);
    expect(usage.code).toBe(2);
    const format = cli([base, base, "--format", "xml"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("--format");
  });

  it("--changelog prepends an SDK entry with the sections from the diff", () => {
    const c = {
      head: [
        ...byName("response field removed").head,
        ...byName("optional request field added").head,
        ...byName("operation deprecated").head,
        ...byName("summary of an operation edited").head,
        ["openapi.yaml", (d: Record<string, any>) => (d.info.version = "2.0.0")] as Edit,
      ],
    };
    const { base, head } = pair(c);
    const file = path.join(tmp, "CHANGELOG.md");
    writeFileSync(file, "# Changelog\n\nIntro text.\n\n## [1.0.0] - 2024-01-01\n\n### Added\n\n- First release.\n");
    const r = cli([base, head, "--changelog", file, "--date", "2024-06-01"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain("warning");
    const text = readFileSync(file, "utf8");
    expect(text.startsWith("# Changelog\n\nIntro text.\n\n## [2.0.0] - 2024-06-01\n")).toBe(true);
    expect(text.indexOf("## [2.0.0]")).toBeLessThan(text.indexOf("## [1.0.0] - 2024-01-01"));
    expect(text).toContain("- First release.");
    const entry = text.slice(text.indexOf("## [2.0.0]"), text.indexOf("## [1.0.0]"));
    const sections = [...entry.matchAll(/^### (\w+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual(["Breaking", "Added", "Deprecated", "Fixed"]);
    const section = (name: string) => entry.split(`### ${name}`)[1].split("###")[0];
    // Method names for SDK users: x-sdk-resource.x-sdk-method, with the operationId.
    expect(section("Breaking")).toContain("`jobs.get()` (`getJob`)");
    expect(section("Breaking")).toContain("output_path");
    expect(section("Added")).toContain("`jobs.create()` (`createJob`)");
    expect(section("Added")).toContain("priority");
    expect(section("Deprecated")).toContain("`jobs.list()` (`listJobs`)");

    // Same again: 2.0.0 is now a released entry, never overwritten without --force.
    const before = readFileSync(file, "utf8");
    const again = cli([base, head, "--changelog", file, "--date", "2024-07-01"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already has an entry for 2\.0\.0.*--force/);
    expect(again.stderr).toContain(`${file}:`);
    expect(readFileSync(file, "utf8")).toBe(before);
    // With --force it is replaced, not doubled, and the run is deterministic.
    expect(cli([base, head, "--changelog", file, "--date", "2024-06-01", "--force"]).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("--changelog warns when HEAD's version is not bumped enough, and defaults to CHANGELOG.md", () => {
    const { base, head } = pair(byName("response field removed")); // 1.0.0 → 1.0.0, breaking
    const cwd = path.join(tmp, `cwd-${counter++}`);
    writeSpec(cwd, []);
    const r = cli([base, head, "--changelog"], cwd);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*1\.0\.0 → 1\.0\.0.*major/);
    const text = readFileSync(path.join(cwd, "CHANGELOG.md"), "utf8");
    expect(text).toMatch(/^# Changelog/);
    expect(text).toMatch(new RegExp(`## \\[1\\.0\\.0\\] - ${new Date().toISOString().slice(0, 10)}`));
    expect(existsSync(path.join(cwd, "CHANGELOG.md"))).toBe(true);
  });
});

describe("diff command: CI outputs, severities, ignore file, x-stability", () => {
  it("--date must be a real calendar date", () => {
    const { base, head } = pair({ head: [] });
    for (const bad of ["2026-13-45", "2026-02-30", "2026-2-3", "tomorrow"]) {
      const r = cli([base, head, "--changelog", path.join(tmp, "never.md"), "--date", bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toContain("--date");
      expect(existsSync(path.join(tmp, "never.md"))).toBe(false);
    }
    expect(cli([base, head, "--changelog", path.join(tmp, `leap-${counter++}.md`), "--date", "2024-02-29"]).code).toBe(0);
  });

  it("JSON, text and Markdown show severity; github and junit formats for CI", () => {
    const c = { head: [...byName("response field removed").head, ...byName("operation deprecated").head] };
    const { base, head } = pair(c);
    const json = JSON.parse(cli([base, head, "--format", "json"]).stdout) as { changes: Array<Reported & { severity: string; sdk?: string }> };
    const removed = json.changes.filter((x) => x.kind === "response-property-removed");
    expect(removed.length).toBeGreaterThan(0);
    for (const x of removed) expect([x.severity, x.sdk]).toEqual(["error", "types"]);
    expect(json.changes.find((x) => x.kind === "endpoint-deprecated")?.severity).toBe("warning");
    expect(cli([base, head]).stdout).toMatch(/^error +BREAKING +response-property-removed/m);
    expect(cli([base, head, "--format", "md"]).stdout).toMatch(/^\| error \| \*\*breaking\*\* \|/m);
    const gh = cli([base, head, "--format", "github"]).stdout.trim().split("\n");
    expect(gh.filter((l) => l.startsWith("::error file="))).toHaveLength(removed.length);
    expect(gh.some((l) => l.startsWith("::warning ") && l.includes("deprecated"))).toBe(true);
    const junit = cli([base, head, "--format", "junit"]).stdout;
    expect(junit).toMatch(/^<\?xml/);
    expect(junit).toContain(`failures="${removed.length}"`);
    expect(junit.match(/<testcase /g)?.length).toBe(json.changes.length);
  });

  it("an ignore file (METHOD /path description) accepts breaking changes; --fail-on then passes", () => {
    const { base, head } = pair(byName("response field removed"));
    const ignore = path.join(tmp, `ignore-${counter++}.txt`);
    writeFileSync(ignore, "# accepted for 2.0\nGET /jobs/{id} removed response 200 field `output_path`\n");
    const partial = JSON.parse(cli([base, head, "--format", "json", "--err-ignore", ignore]).stdout) as {
      bump: string;
      changes: Array<{ ignored?: string; operationId?: string }>;
    };
    expect(partial.changes.filter((x) => x.ignored).map((x) => x.operationId)).toEqual(["getJob"]);
    expect(partial.bump).toBe("major"); // the other operations still break
    writeFileSync(ignore, "response-property-removed\n");
    const all = cli([base, head, "--format", "json", "--ignore", ignore, "--fail-on", "breaking"]);
    expect(all.code).toBe(0);
    const out = JSON.parse(all.stdout) as { bump: string; changes: Array<{ ignored?: string }> };
    expect(out.changes.every((x) => x.ignored)).toBe(true);
    expect(out.bump).toBe("none");
    expect(cli([base, head, "--fail-on", "breaking"]).code).toBe(1);
    writeFileSync(ignore, "GET nowhere\n");
    const bad = cli([base, head, "--ignore", ignore]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${ignore}:1`);
  });

  it("x-stability beta: a breaking change is reported as such but asks only for a minor bump, and --fail-on passes", () => {
    const { base, head } = pair(byName("beta operation may break in a minor release (x-stability)"));
    const r = cli([base, head, "--format", "json", "--fail-on", "breaking"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { bump: string; changes: Array<{ breaking: boolean; severity: string; stability?: string }> };
    expect(out.bump).toBe("minor");
    expect(out.changes).toEqual([expect.objectContaining({ breaking: true, severity: "warning", stability: "beta" })]);
    expect(cli([base, head]).stdout).toContain("x-stability: beta");
  });

  it("a document with a duplicate operationId is compared, with a warning", () => {
    const dup: Edit = [JOBS_FILE, (d) => (d.job.patch.operationId = "getJob")];
    const { base, head } = pair({ base: [dup], head: [...byName("response field added").head] });
    const r = cli([base, head, "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { warnings: string[]; changes: unknown[] };
    expect(out.warnings.join("\n")).toMatch(/duplicate operationId "getJob"/);
    expect(out.changes.length).toBeGreaterThan(0);
    expect(cli([base, head]).stdout).toMatch(/^warning: .*duplicate operationId/m);
  });
});

describe("semver", () => {
  it("measures the bump between two versions", () => {
    expect(actualBump("1.2.3", "2.0.0")).toBe("major");
    expect(actualBump("1.2.3", "1.3.0")).toBe("minor");
    expect(actualBump("1.2.3", "1.2.4")).toBe("patch");
    expect(actualBump("1.2.3", "1.2.3")).toBe("none");
    expect(actualBump("0.3.1", "0.4.0")).toBe("major");
    expect(actualBump("x", "1.0.0")).toBeUndefined();
    expect(versionWarning("1.2.3", "1.3.0", "major")).toMatch(/major/);
    expect(versionWarning("1.2.3", "2.0.0", "major")).toBeUndefined();
    expect(versionWarning("1.2.3", "1.2.3", "none")).toBeUndefined();
  });
});
