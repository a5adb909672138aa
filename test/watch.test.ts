/**
 * generate --watch as a maintainer uses it: a real process watching a temp
 * copy of the multi-file spec, real file edits, and the output on disk.
 * Then the flags under --watch: --json, --quiet, a newly referenced file,
 * and --check refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "..");
let tmp: string;
let child: ChildProcess;
let output = "";

/** Resolves once the watcher has printed `count` lines matching `pattern` in total. */
function waitFor(pattern: RegExp, count: number, timeoutMs = 30_000): Promise<void> {
  const seen = () => output.split("\n").filter((line) => pattern.test(line)).length;
  return new Promise((resolve, reject) => {
    if (seen() >= count) return resolve();
    const timer = setTimeout(() => {
      child.stderr!.off("data", check);
      reject(new Error(`timed out waiting for ${pattern} ×${count}; output so far:\n${output}`));
    }, timeoutMs);
    const check = () => {
      if (seen() >= count) {
        clearTimeout(timer);
        child.stderr!.off("data", check);
        resolve();
      }
    };
    child.stderr!.on("data", check);
  });
}

const jobsFile = () => path.join(tmp, "spec/paths/jobs.yaml");
const generatedJobs = () => readFileSync(path.join(tmp, "out/client/resources/jobs.d.ts"), "utf8");

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "vantage-watch-"));
  cpSync(path.join(repoRoot, "spec"), path.join(tmp, "spec"), { recursive: true });
  child = spawn(
    process.execPath,
    [
      path.join(repoRoot, "bin/vantage-codegen.js"),
      "generate",
      "--watch",
      "--spec",
      path.join(tmp, "spec/openapi.yaml"),
      "--out",
      path.join(tmp, "out"),
      "--only",
      "types,client",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stderr!.on("data", (chunk) => (output += chunk));
  await waitFor(/^watching \d+ files/, 1);
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill("SIGKILL");
  }
  rmSync(tmp, { recursive: true, force: true });
});

it("regenerates on a save, keeps the last good output on a broken save, recovers on the fix, stops on SIGINT", async () => {
  expect(output).toMatch(/^regenerated types, client \(\d+ files\) in \d+ ms/m);
  const original = readFileSync(jobsFile(), "utf8");

  // 1. A one-line change in a file referenced from the root.
  const edited = original.replace("Returns one job, with its status", "Returns exactly one job, with its status");
  expect(edited).not.toBe(original);
  writeFileSync(jobsFile(), edited);
  await waitFor(/^regenerated types, client/, 2);
  expect(generatedJobs()).toContain("Returns exactly one job");

  // 2. A broken save: the problem is reported with the file, the output stays.
  const before = generatedJobs();
  writeFileSync(jobsFile(), edited.replace(/^jobs:$/m, "jobs: ["));
  await waitFor(/^error: .*jobs\.yaml:\d+/, 1);
  expect(output).toMatch(/kept the last good output/);
  expect(generatedJobs()).toBe(before);

  // 3. The fix regenerates again.
  writeFileSync(jobsFile(), edited.replace("Returns exactly one job", "Returns precisely one job"));
  await waitFor(/^regenerated types, client/, 3);
  expect(generatedJobs()).toContain("Returns precisely one job");

  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.kill("SIGINT");
  expect(await exited).toBe(0);
});

/** A watch process on its own copy of the spec, with both streams collected. */
function startWatch(flags: string[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "vantage-watch-flags-"));
  cpSync(path.join(repoRoot, "spec"), path.join(dir, "spec"), { recursive: true });
  const proc = spawn(
    process.execPath,
    [
      path.join(repoRoot, "bin/vantage-codegen.js"),
      "generate",
      "--watch",
      ...flags,
      "--spec",
      path.join(dir, "spec/openapi.yaml"),
      "--out",
      path.join(dir, "out"),
      "--only",
      "types",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const streams = { stdout: "", stderr: "" };
  proc.stdout!.on("data", (chunk) => (streams.stdout += chunk));
  proc.stderr!.on("data", (chunk) => (streams.stderr += chunk));
  const until = async (what: string, ready: () => boolean, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!ready()) {
      if (Date.now() > deadline || proc.exitCode !== null)
        throw new Error(`watch: gave up waiting for ${what}; stdout:\n${streams.stdout}\nstderr:\n${streams.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stop = async () => {
    if (proc.exitCode !== null) return proc.exitCode;
    const exited = new Promise<number | null>((resolve) => proc.once("exit", resolve));
    proc.kill("SIGINT");
    return exited;
  };
  const remove = () => {
    if (proc.exitCode === null) proc.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  };
  return { dir, streams, until, stop, remove };
}

describe("generate --watch flags", () => {
  it("--json: one JSON line per regeneration; a file a save newly $refs is watched, and writing it regenerates", async () => {
    const w = startWatch(["--json"]);
    try {
      const events = () =>
        w.streams.stdout
          .split("\n")
          .filter(Boolean)
          .map((line) => JSON.parse(line) as { ok: boolean; parts?: string[]; files?: string[]; error?: string });
      await w.until("the first run", () => events().length >= 1);
      expect(events()[0]).toMatchObject({ ok: true, parts: ["types"], files: ["types/index.ts"] });
      expect(w.streams.stderr).not.toMatch(/regenerated|watching/);

      // A save that $refs a file (in a folder) that does not exist yet: refused, and that file is now watched.
      const root = path.join(w.dir, "spec/openapi.yaml");
      const withExtras = readFileSync(root, "utf8").replace(/^paths:\n/m, "paths:\n  /extras:\n    $ref: extras/extra.yaml#/extras\n");
      // The first event comes just before the watchers are up: save until the watcher answers.
      let saves = 0;
      await w.until("the refusal", () => {
        if (events().length >= 2) return true;
        if (saves++ % 40 === 0) writeFileSync(root, withExtras);
        return false;
      });
      expect(events()[1]).toMatchObject({ ok: false });
      expect(events()[1].error).toMatch(/extras\/extra\.yaml/);

      mkdirSync(path.join(w.dir, "spec/extras"));
      writeFileSync(
        path.join(w.dir, "spec/extras/extra.yaml"),
        "extras:\n  get:\n    operationId: listExtras\n    summary: List extras\n    responses:\n      '200':\n        description: The extras\n",
      );
      await w.until("the regeneration after the new file", () => events().some((e, i) => i >= 2 && e.ok));
      expect(readFileSync(path.join(w.dir, "out/types/index.ts"), "utf8")).toContain('"/extras"');
      expect(await w.stop()).toBe(0);
    } finally {
      w.remove();
    }
  }, 240_000);

  it("--quiet: nothing on success, still the problem on a broken save", async () => {
    const w = startWatch(["--quiet"]);
    try {
      const types = path.join(w.dir, "out/types/index.ts");
      await w.until("the first run", () => existsSync(types));
      const jobs = path.join(w.dir, "spec/paths/jobs.yaml");
      const original = readFileSync(jobs, "utf8");
      // Nothing says when the watchers are up (that is --quiet): save until the output follows.
      let saves = 0;
      await w.until("the regeneration", () => {
        if (readFileSync(types, "utf8").includes("Returns one quiet job")) return true;
        if (saves++ % 40 === 0)
          writeFileSync(jobs, original.replace("Returns one job, with its status", `Returns one quiet job (save ${saves}), with its status`));
        return false;
      });
      writeFileSync(jobs, original.replace(/^jobs:$/m, "jobs: ["));
      await w.until("the error", () => /^error: .*jobs\.yaml:\d+/m.test(w.streams.stderr));
      expect(await w.stop()).toBe(0);
      expect(w.streams.stdout).toBe("");
      expect(w.streams.stderr).not.toMatch(/regenerated|watching/);
    } finally {
      w.remove();
    }
  }, 240_000);

  it("--check --watch is refused: exit 2, nothing written", () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "vantage-watch-check-")), "out");
    const run = spawnSync(process.execPath, [path.join(repoRoot, "bin/vantage-codegen.js"), "generate", "--check", "--watch", "--out", out], {
      cwd: repoRoot,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--check and --watch don't go together/);
    expect(existsSync(out)).toBe(false);
    rmSync(path.dirname(out), { recursive: true, force: true });
  });
});
