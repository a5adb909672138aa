/**
 * The command never runs stale compiled code: bin/vantage-codegen.js builds
 * dist/ first when generators/ or templates/ changed since the last build
 * (scripts/build.js). On a copy of the project (in a 0700 folder, under a path
 * with a space), so the build here never rewrites the dist/ other tests run.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, type ProjectCopy } from "./helpers/project-copy.js";

let project: ProjectCopy;
beforeAll(() => {
  project = copyProject();
});
afterAll(() => project?.remove());

function bin(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(project.root, "bin/vantage-codegen.js"), ...args], {
    cwd: project.root,
    encoding: "utf8",
    timeout: 240_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const BUILDING = /changed since the last build; building dist\//;

describe("the command and its build", () => {
  it("a copy with new mtimes but the same sources runs without rebuilding", () => {
    const run = bin("--version");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(project.root, "package.json"), "utf8")).version);
    expect(run.stderr).not.toMatch(BUILDING);
  });

  it("a changed source is built before it runs, once", () => {
    const usage = path.join(project.root, "generators/cli/usage.ts");
    const text = readFileSync(usage, "utf8");
    const marker = "Regenerated from a changed source.";
    const edited = text.replace("Generate the types, the SDK,", `${marker} Generate the types, the SDK,`);
    expect(edited).not.toBe(text);
    writeFileSync(usage, edited);

    const first = bin("generate", "--help");
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(BUILDING);
    expect(first.stdout).toContain(marker);

    const second = bin("generate", "--help");
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toBe("");
    expect(second.stdout).toContain(marker);
  }, 300_000);
});
