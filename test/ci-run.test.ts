/**
 * CI that can fail: .ci/run runs the README's commands plus the gates, and
 * its drift gate (scripts/ci/drift.sh) fails, naming the file, when the
 * committed generated/ is not what spec/ and generators/ produce. The gate
 * runs on a copy of the project in a 0700 folder under a path with a space,
 * as a fresh clone would be.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, type ProjectCopy } from "./helpers/project-copy.js";
import { repoRoot } from "./helpers/typecheck.js";

let project: ProjectCopy;
beforeAll(() => {
  project = copyProject();
});
afterAll(() => project?.remove());

const drift = () => {
  // Run from elsewhere: the script finds the project from its own path.
  const run = spawnSync("bash", [path.join(project.root, "scripts/ci/drift.sh")], { cwd: path.dirname(project.root), encoding: "utf8", timeout: 240_000 });
  return { code: run.status, output: run.stdout + run.stderr };
};

describe(".ci/run", () => {
  it("runs the README's two commands, the drift gate before anything regenerates, then typecheck, lint:code, test", () => {
    const steps = readFileSync(path.join(repoRoot, ".ci/run"), "utf8")
      .split("\n")
      .filter((line) => line && !line.startsWith("#") && !/^(set|cd) /.test(line));
    expect(steps).toEqual(["npm ci", "bash scripts/ci/drift.sh", "npm run generate", "npm run typecheck", "npm run lint:code", "npm test"]);
    const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
    expect(readme).toContain("npm ci && npm run generate");
    expect(readme).toMatch(/^npm test\b/m);
    const scripts = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")).scripts;
    for (const script of ["generate", "typecheck", "lint:code", "test"]) expect(scripts[script], script).toBeTruthy();
  });

  it("drift gate: passes on the committed output, fails naming a hand-edited file", () => {
    const fresh = drift();
    expect(fresh.code, fresh.output).toBe(0);

    const file = path.join(project.root, "generated/client/models.d.ts");
    writeFileSync(file, `${readFileSync(file, "utf8")}// edited by hand\n`);
    const edited = drift();
    expect(edited.code).toBe(1);
    expect(edited.output).toMatch(/stale\s+generated\/client\/models\.d\.ts/);
    expect(edited.output).toMatch(/drift: generated\/ differs/);
    // Only that file is named.
    expect(edited.output.match(/^\s+(stale|missing|extra)\s/gm)).toHaveLength(1);
  }, 300_000);
});
