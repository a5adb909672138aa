/**
 * generate --watch as a maintainer uses it: a real process watching a temp
 * copy of the multi-file spec, real file edits, and the output on disk.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
    [path.join(repoRoot, "bin/vantage-codegen.js"), "generate", "--watch", "--spec", path.join(tmp, "spec/openapi.yaml"), "--out", path.join(tmp, "out"), "--only", "types,client"],
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
