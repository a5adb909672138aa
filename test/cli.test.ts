/**
 * The command as users of any CLI expect it, through the built binary:
 * `<command> --help` prints that command's usage and exits 0, `--version`
 * the package version, a wrong flag that command's usage with exit 2, and
 * output into a closed pipe ends quietly.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../generators/cli/usage.js";
import { repoRoot } from "./helpers/typecheck.js";

const BIN = path.join(repoRoot, "bin/vantage-codegen.js");

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: repoRoot, encoding: "utf8", timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The commands whose usage a text shows (`Usage: vantage-codegen <name>` lines). */
const usagesIn = (text: string) => [...text.matchAll(/^Usage: vantage-codegen (\S+)/gm)].map((m) => m[1]);

describe("vantage-codegen", () => {
  it("the overview lists every command; no command at all is a usage error", () => {
    const help = cli("--help");
    expect(help.code).toBe(0);
    for (const name of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${name}\\b`, "m"));
    const none = cli();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Usage: vantage-codegen <command>");
  });

  it("--version prints the package version", () => {
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"));
    for (const flag of ["--version", "-V"]) {
      const run = cli(flag);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
    }
  });

  for (const name of COMMANDS) {
    it(`${name} --help / -h prints ${name}'s usage alone and exits 0`, () => {
      for (const flag of ["--help", "-h"]) {
        const run = cli(name, flag);
        expect(run.code, run.stderr).toBe(0);
        expect(usagesIn(run.stdout)).toEqual([name]);
        expect(run.stdout).toMatch(/-h, --help/);
        expect(run.stderr).toBe("");
      }
      // Also after other flags, and as `help <command>`.
      expect(usagesIn(cli(name, "--spec", "x.yaml", "--help").stdout)).toEqual([name]);
      expect(usagesIn(cli("help", name).stdout)).toEqual([name]);
    });

    it(`${name} with a wrong flag prints ${name}'s usage and exits 2`, () => {
      const run = cli(name, "--no-such-flag");
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("--no-such-flag");
      expect(usagesIn(run.stderr)).toEqual([name]);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stdout).toBe("");
    });
  }

  it("an unknown command says so and exits 2", () => {
    const run = cli("generat");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command "generat"/);
  });

  it("output into a closed pipe ends quietly (bundle | head -1)", () => {
    // The bundled spec (~120 KB) is more than a pipe holds: the command is still writing when head exits.
    const run = spawnSync("bash", ["-c", 'node "$BIN" bundle 2>"$ERR_FILE" | head -1; echo "exit ${PIPESTATUS[0]}"; cat "$ERR_FILE"'], {
      cwd: repoRoot,
      encoding: "utf8",
      env: { ...process.env, BIN, ERR_FILE: path.join(repoRoot, "node_modules", `.epipe-${process.pid}.txt`) },
      timeout: 60_000,
    });
    expect(run.stdout).toBe("openapi: 3.0.3\nexit 0\n");
  });
});
