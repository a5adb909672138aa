/**
 * The SDK package carries the changelog `diff --changelog` wrote: a project
 * with a spec and a package.json runs the diff (which writes CHANGELOG.md at
 * its root), then `generate`; the client package then holds that file and
 * lists it in `files`. Without a changelog the package has none.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "./helpers/seed.js";

const root = mkdtempSync(path.join(os.tmpdir(), "vantage-changelog-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const bin = path.join(repoRoot, "bin/vantage-codegen.js");
const run = (cwd: string, args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", timeout: 120_000 });

function project(name: string): string {
  const dir = path.join(root, name);
  cpSync(path.join(repoRoot, "test/fixtures/mock/pets.yaml"), path.join(dir, "spec/pets.yaml"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, private: true }));
  return dir;
}

describe("the SDK package's changelog", () => {
  it("ships the CHANGELOG.md that diff --changelog wrote, and lists it in files", () => {
    const dir = project("with-changelog");
    const head = path.join(dir, "spec/pets-next.yaml");
    const text = readFileSync(path.join(dir, "spec/pets.yaml"), "utf8");
    const version = /version:\s*['"]?([\w.-]+)/.exec(text)?.[1];
    expect(version).toBeTruthy();
    // Only the version moves: diff still writes an entry for it.
    writeFileSync(head, text.replace(/version:\s*['"]?[\w.-]+['"]?/, "version: 9.1.0"));
    const diff = run(dir, ["diff", "spec/pets.yaml", "spec/pets-next.yaml", "--changelog", "--date", "2026-12-01"]);
    expect(diff.status, diff.stderr).toBe(0);
    const changelog = readFileSync(path.join(dir, "CHANGELOG.md"), "utf8");
    expect(changelog).toContain("9.1.0");

    const gen = run(dir, ["generate", "--spec", "spec/pets-next.yaml", "--out", "out", "--only", "client"]);
    expect(gen.status, gen.stderr).toBe(0);
    expect(readFileSync(path.join(dir, "out/client/CHANGELOG.md"), "utf8")).toBe(changelog);
    const pkg = JSON.parse(readFileSync(path.join(dir, "out/client/package.json"), "utf8"));
    expect(pkg.files).toContain("CHANGELOG.md");
    expect(pkg.version).toBe("9.1.0");
  }, 240_000);

  it("has no changelog when the project has none", () => {
    const dir = project("without-changelog");
    const gen = run(dir, ["generate", "--spec", "spec/pets.yaml", "--out", "out", "--only", "client"]);
    expect(gen.status, gen.stderr).toBe(0);
    expect(existsSync(path.join(dir, "out/client/CHANGELOG.md"))).toBe(false);
    expect(JSON.parse(readFileSync(path.join(dir, "out/client/package.json"), "utf8")).files).not.toContain("CHANGELOG.md");
  }, 240_000);
});
