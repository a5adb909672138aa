/**
 * The committed generated/ is exactly what the spec produces: the real
 * `generate --check` (also what a maintainer runs before committing).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

it("generate --check passes on the committed generated/", () => {
  const run = spawnSync(process.execPath, [path.join(root, "bin/vantage-codegen.js"), "generate", "--check"], { cwd: root, encoding: "utf8" });
  expect(run.stderr).not.toMatch(/stale|missing|extra/);
  expect(run.status).toBe(0);
});
