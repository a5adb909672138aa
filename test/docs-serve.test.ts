/**
 * `vantage-codegen docs --serve` as a user runs it (a real process on a free
 * 127.0.0.1 port): `/docs` redirects to `/docs/` (so the page's relative
 * links resolve), `/` goes to the docs, and the page and its files load.
 * The process is stopped in afterAll even when an assertion fails.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./helpers/prism.js";

let child: ChildProcess | undefined;
let output = "";
let base: string;
let outDir: string;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  outDir = mkdtempSync(path.join(os.tmpdir(), "docs-serve-"));
  child = spawn(process.execPath, ["bin/vantage-codegen.js", "docs", "--out", outDir, "--serve", "--port", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk));
  const started = Date.now();
  while (!output.includes("Docs at")) {
    if (child.exitCode !== null) throw new Error(`docs --serve exited (${child.exitCode}):\n${output}`);
    if (Date.now() - started > 120_000) throw new Error(`docs --serve did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 150_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child!.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  rmSync(outDir, { recursive: true, force: true });
});

describe("docs --serve", () => {
  it("redirects /docs to /docs/ (301), keeping the query", async () => {
    for (const [asked, location] of [
      ["/docs", "/docs/"],
      ["/docs?tab=jobs", "/docs/?tab=jobs"],
      ["/postman", "/postman/"],
    ]) {
      const response = await fetch(`${base}${asked}`, { redirect: "manual" });
      expect(response.status, asked).toBe(301);
      expect(response.headers.get("location"), asked).toBe(location);
    }
  });

  it("serves the page at /docs/ and through the redirects from /docs and /", async () => {
    for (const asked of ["/docs/", "/docs", "/"]) {
      const response = await fetch(`${base}${asked}`);
      expect(response.status, asked).toBe(200);
      expect(new URL(response.url).pathname, asked).toBe("/docs/");
      expect(await response.text(), asked).toContain('<div id="redoc">');
    }
  });

  it("serves the page's files with their types, and 404 for a missing one", async () => {
    for (const [file, type] of [
      ["docs.css", "text/css"],
      ["try-it.js", "text/javascript"],
      ["try-it-data.js", "text/javascript"],
      ["openapi.json", "application/json"],
    ]) {
      const response = await fetch(`${base}/docs/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("content-type"), file).toContain(type);
    }
    expect((await fetch(`${base}/docs/nope.js`)).status).toBe(404);
    expect((await fetch(`${base}/docs/../../etc/passwd`)).status).not.toBe(200);
  });
});
