/**
 * The reference server as a real process (`node` on the bundle `npm run
 * example:server` runs), on both engines: a job created just before
 * `kill -9` is there after a restart, ids are never reused, and the log has
 * one line per request naming its request id. On PGlite a second process on
 * the same data folder is refused, and the lock a killed one left is taken over.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { startPostgres, type PostgresServer } from "./helpers/postgres.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
// Inside the repository, so the bundle's external packages resolve from node_modules.
const bundle = path.join(repoRoot, "dist", "examples", `refserver-crash-${process.pid}.js`);
let postgres: PostgresServer | undefined;
let tmp: string;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "vantage-refserver-crash-"));
  await build({
    entryPoints: [path.join(repoRoot, "examples/server.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    outfile: bundle,
    logLevel: "warning",
  });
  postgres = await startPostgres();
});

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await postgres?.stop();
  rmSync(bundle, { force: true });
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Running {
  url: string;
  child: ChildProcess;
  stdout: () => string;
  exited: Promise<number | null>;
}

function startServer(databaseUrl: string): Promise<Running> {
  const child = spawn(process.execPath, [bundle], {
    cwd: tmp,
    env: { ...process.env, PORT: "0", DATABASE_URL: databaseUrl, VANTAGE_API_KEYS: "key-a=user_a,test-key", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let out = "";
  let err = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => (children.delete(child), resolve(code))));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}${err}`)), 90_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], child, stdout: () => out, exited });
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${out}${err}`));
    });
  });
}

async function call(server: Running, method: string, url: string, body?: unknown, requestId?: string) {
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers: { authorization: "Bearer key-a", ...(body ? { "content-type": "application/json" } : {}), ...(requestId ? { "x-request-id": requestId } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as any, requestId: response.headers.get("x-request-id") };
}

const job = (name: string) => ({ name, cluster_id: "cluster_abc", command: "sleep 1", resources: { cpus: 1, memory: "1GB" } });
const serial = (id: string) => Number(id.replace(/^job_/, ""));

async function crashScenario(databaseUrl: string) {
  const first = await startServer(databaseUrl);
  const before = await call(first, "POST", "/jobs", job("before-crash-1"));
  const last = await call(first, "POST", "/jobs", job("before-crash-2"), "trace-last");
  expect([before.status, last.status]).toEqual([201, 201]);
  // The log line is written just after the response goes out: wait for it, then kill.
  for (let i = 0; i < 100 && !first.stdout().includes('"trace-last"'); i++) await new Promise((r) => setTimeout(r, 50));
  // Killed with the job committed and answered: no shutdown, no flush.
  first.child.kill("SIGKILL");
  await first.exited;

  // One log line per request, each with the request id the response carried.
  const lines = first
    .stdout()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l))
    .filter((l) => l.msg === "request");
  expect(lines.map((l) => l.request_id)).toEqual([before.requestId, "trace-last"]);
  expect(lines.map((l) => [l.method, l.url, l.status])).toEqual([
    ["POST", "/jobs", 201],
    ["POST", "/jobs", 201],
  ]);

  const second = await startServer(databaseUrl);
  try {
    expect((await call(second, "GET", `/jobs/${before.body.id}`)).body).toEqual(before.body);
    expect((await call(second, "GET", `/jobs/${last.body.id}`)).body).toEqual(last.body);
    const after = await call(second, "POST", "/jobs", job("after-crash"));
    expect(after.status).toBe(201);
    expect(serial(after.body.id)).toBeGreaterThan(serial(last.body.id));
    // Deleting the newest job never frees its id either.
    expect((await fetch(`${second.url}/jobs/${after.body.id}`, { method: "DELETE", headers: { authorization: "Bearer key-a" } })).status).toBe(204);
    second.child.kill("SIGKILL");
    await second.exited;
    const third = await startServer(databaseUrl);
    try {
      const newest = await call(third, "POST", "/jobs", job("after-second-crash"));
      expect(serial(newest.body.id)).toBeGreaterThan(serial(after.body.id));
      const list = await call(third, "GET", "/jobs?limit=100");
      expect(list.body.jobs.map((j: any) => j.id).sort()).toEqual([before.body.id, last.body.id, newest.body.id].sort());
      expect(list.body.total).toBe(3);
    } finally {
      third.child.kill("SIGTERM");
      await third.exited;
    }
  } finally {
    if (second.child.exitCode === null) second.child.kill("SIGKILL");
  }
}

describe("the reference server survives kill -9", () => {
  it("on PGlite (DATABASE_URL=file:PATH): committed jobs are there after a restart, ids are never reused", async () => {
    await crashScenario(`file:${path.join(tmp, "pglite-data")}`);
  }, 300_000);

  it("on PGlite, a second process on the same data folder is refused", async () => {
    const dir = `file:${path.join(tmp, "pglite-shared")}`;
    const first = await startServer(dir);
    try {
      await expect(startServer(dir)).rejects.toThrow(/in use by process/);
    } finally {
      first.child.kill("SIGTERM");
      await first.exited;
    }
  }, 300_000);

  it("on a PostgreSQL server (DATABASE_URL=postgres://…): the same", async () => {
    await crashScenario(await postgres!.createDatabase(`vantage_crash_${process.pid}`));
  }, 300_000);
});
