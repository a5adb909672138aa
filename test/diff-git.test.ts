/**
 * `vantage-codegen diff git:REF ...`: a real git repository in a temp dir,
 * with the multi-file Vantage spec committed, then edited and committed again.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffSpecs } from "../generators/diff/index.js";
import { ROOT } from "./fixtures/diff/root.js";
import { applyEdits, writeSpec } from "./fixtures/diff/cases.js";

const BIN = path.join(ROOT, "bin/vantage-codegen.js");
let repo: string;

const git = (...args: string[]) =>
  execFileSync("git", ["-c", "user.name=Diff Test", "-c", "user.email=diff@test.invalid", "-c", "commit.gpgsign=false", ...args], {
    cwd: repo,
    encoding: "utf8",
    stdio: "pipe",
  });

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, "diff", ...args], { cwd: repo, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  repo = mkdtempSync(path.join(os.tmpdir(), "vantage-diff-git-"));
  git("init", "-q", "-b", "main");
  writeSpec(path.join(repo, "spec"), []);
  git("add", "-A");
  git("commit", "-q", "-m", "spec 1.0.0");
  git("tag", "v1.0.0");
  // Second commit: a response field removed (breaking) in a file the root reaches only through $refs.
  applyEdits(path.join(repo, "spec"), [["components/schemas/jobs.yaml", (d) => delete d.Job.properties.output_path]]);
  git("commit", "-q", "-am", "remove Job.output_path");
  // Third commit: an optional query parameter (minor), in the working tree's spec.
  applyEdits(path.join(repo, "spec"), [["paths/jobs.yaml", (d) => d.jobs.get.parameters.push({ name: "region", in: "query", schema: { type: "string" } })]]);
  git("commit", "-q", "-am", "add region filter");
});

afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe("diff between git revisions", () => {
  it("git:HEAD~1 git:HEAD classifies the last commit's edit", () => {
    const r = cli(["git:HEAD~1", "git:HEAD", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.bump).toBe("minor");
    expect(out.changes).toContainEqual(
      expect.objectContaining({ kind: "request-parameter-added", breaking: false, pointer: "#/paths/~1jobs/get/parameters/region" }),
    );
    expect(out.changes.some((c: { breaking: boolean }) => c.breaking)).toBe(false);
  });

  it("git:HEAD~2 git:HEAD~1 (multi-file spec at an older revision) finds the removed field", () => {
    const r = cli(["git:HEAD~2", "git:HEAD~1", "--format", "json", "--fail-on", "breaking"]);
    expect(r.code, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.bump).toBe("major");
    expect(out.changes).toContainEqual(
      expect.objectContaining({
        kind: "response-property-removed",
        breaking: true,
        pointer: "#/paths/~1jobs~1{job_id}/get/responses/200/content/application~1json/schema/properties/output_path",
      }),
    );
  });

  it("a tag with an explicit path, against the working-tree file", async () => {
    const r = cli(["git:v1.0.0:spec/openapi.yaml", "spec/openapi.yaml", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const kinds = JSON.parse(r.stdout).changes.map((c: { kind: string }) => c.kind);
    expect(kinds).toContain("response-property-removed");
    expect(kinds).toContain("request-parameter-added");
    // The library resolves git refs against the cwd it is given.
    const lib = await diffSpecs("git:v1.0.0", "git:v1.0.0", repo);
    expect(lib.changes).toEqual([]);
    expect(lib.bump).toBe("none");
  });

  it("an unknown revision or a missing path is one clear line and exit 2", () => {
    const bad = cli(["git:no-such-ref", "git:HEAD"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toContain("no-such-ref");

    const noFile = cli(["git:HEAD:api/openapi.yaml", "git:HEAD"]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain("api/openapi.yaml");
  });
});
