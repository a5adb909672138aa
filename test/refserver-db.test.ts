/**
 * The reference server on both of its engines: embedded PGlite and a real
 * PostgreSQL server (Debian's, started here in a temp folder, always
 * stopped). The same scenarios run on each: users side by side never see,
 * change or delete each other's jobs, files, webhooks or invoices;
 * idempotency keys replay, refuse a different request with 422, stay apart
 * per user and operation, and expire after 24 hours (an injected clock);
 * lists, filters, sorts, pages and totals match an oracle computed here and
 * are served by indexes; only declared fields are stored; migrations apply
 * once, also when two servers start at once; a 500 is logged with its cause.
 * And the contract walk (Redocly Respect) runs on the PostgreSQL server too.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { buildApp, handlersFor, type AppOptions } from "../examples/app.js";
import { openDatabase, parseDatabaseUrl, type Database } from "../examples/db/database.js";
import { migrate, MIGRATIONS } from "../examples/db/migrations.js";
import { IDEMPOTENCY_TTL_MS } from "../examples/idempotency.js";
import { startPostgres, type PostgresServer } from "./helpers/postgres.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);
let postgres: PostgresServer | undefined;
let databases = 0;

beforeAll(async () => {
  postgres = await startPostgres();
});

afterAll(async () => {
  await postgres?.stop();
});

const KEYS = ["key-a=user_a", "key-b=user_b", "key-c=user_c", "seed-key"];
const USERS = [
  { key: "key-a", id: "user_a" },
  { key: "key-b", id: "user_b" },
  { key: "key-c", id: "user_c" },
];

type Engine = "pglite" | "postgres";

async function freshDatabase(engine: Engine): Promise<Database> {
  if (engine === "pglite") return openDatabase(parseDatabaseUrl("memory:", ""));
  const url = await postgres!.createDatabase(`vantage_${process.pid}_${++databases}`);
  return openDatabase(parseDatabaseUrl(url, ""));
}

/** An empty, unmigrated database (the embedded engine's in-memory template arrives migrated, so a data folder here). */
async function emptyDatabase(engine: Engine): Promise<{ db: Database; remove(): void }> {
  if (engine === "postgres") {
    const url = await postgres!.createDatabase(`vantage_${process.pid}_${++databases}`);
    return { db: await openDatabase(parseDatabaseUrl(url, "")), remove: () => {} };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "vantage-migrate-"));
  return { db: await openDatabase({ engine: "pglite", dataDir: path.join(dir, "data") }), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

interface Server {
  app: FastifyInstance;
  db: Database;
  call(
    key: string,
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
  close(): Promise<void>;
}

async function start(engine: Engine, options: Partial<AppOptions> = {}): Promise<Server> {
  const db = await freshDatabase(engine);
  const app = await buildApp({ apiKeys: KEYS, rateLimit: false, database: db, ...options });
  return {
    app,
    db,
    call: async (key, method, url, body, headers = {}) => {
      const response = await app.inject({
        method: method as "GET",
        url,
        headers: {
          authorization: `Bearer ${key}`,
          ...(body !== undefined && typeof body !== "string" && !(body instanceof Buffer) ? { "content-type": "application/json" } : {}),
          ...headers,
        },
        ...(body === undefined ? {} : { payload: typeof body === "string" || body instanceof Buffer ? body : JSON.stringify(body) }),
      });
      const type = String(response.headers["content-type"] ?? "");
      return { status: response.statusCode, body: type.includes("json") ? response.json() : response.body, headers: response.headers };
    },
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

function multipart(fields: Record<string, string>, file: { name: string; data: Buffer; type?: string }): { body: Buffer; headers: Record<string, string> } {
  const boundary = "----vantage-test-boundary";
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${file.name}"\r\ncontent-type: ${file.type ?? "application/octet-stream"}\r\n\r\n`,
    ),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

const job = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  cluster_id: "cluster_abc",
  command: `run ${name}`,
  resources: { cpus: 2, memory: "4GB" },
  ...extra,
});

/** A small deterministic generator (mulberry32), so the list oracle sees the same data every run. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Generous timeouts: PGlite is WebAssembly, and the shared test machine is often loaded many times over.
describe.each(["pglite", "postgres"] as const)("the reference server on %s", { timeout: 300_000 }, (engine) => {
  it("users side by side: none sees, changes or deletes another's jobs, files, webhooks or invoices", async () => {
    const server = await start(engine);
    try {
      // Every user creates their objects at the same time.
      const created = await Promise.all(
        USERS.map(async (user) => {
          const jobs = await Promise.all([0, 1, 2].map((i) => server.call(user.key, "POST", "/jobs", job(`${user.id}-job-${i}`))));
          const upload = multipart({ path: `/shared/name.txt` }, { name: "name.txt", data: Buffer.from(`secret of ${user.id}`), type: "text/plain" });
          const file = await server.call(user.key, "POST", "/storage/files", upload.body, upload.headers);
          const hook = await server.call(user.key, "POST", "/webhooks", {
            url: `https://example.com/${user.id}`,
            events: ["job.completed"],
            secret: `whsec_${user.id}_0123456789`,
          });
          for (const r of [...jobs, file, hook]) expect(r.status, JSON.stringify(r.body)).toBe(201);
          return { user, jobs: jobs.map((r) => r.body), file: file.body, hook: hook.body };
        }),
      );
      // Reads, writes and deletes of the others' objects, all at once, from every user.
      await Promise.all(
        created.flatMap((mine) =>
          created
            .filter((theirs) => theirs.user.id !== mine.user.id)
            .map(async (theirs) => {
              const key = mine.user.key;
              const j = theirs.jobs[0].id;
              const attempts = [
                await server.call(key, "GET", `/jobs/${j}`),
                await server.call(key, "PATCH", `/jobs/${j}`, { name: "stolen" }),
                await server.call(key, "PATCH", `/jobs/${j}`, { status: "cancelled" }),
                await server.call(key, "DELETE", `/jobs/${j}`),
                await server.call(key, "GET", `/jobs/${j}/output`),
                await server.call(key, "GET", `/jobs/${j}/logs`),
                await server.call(key, "GET", `/monitoring/jobs/${j}/metrics`),
                await server.call(key, "GET", `/storage/files/${theirs.file.id}`),
                await server.call(key, "GET", `/storage/files/${theirs.file.id}/download`),
                await server.call(key, "DELETE", `/storage/files/${theirs.file.id}`),
                await server.call(key, "PATCH", `/webhooks/${theirs.hook.id}`, { url: "https://attacker.example.com/" }),
                await server.call(key, "DELETE", `/webhooks/${theirs.hook.id}`),
              ];
              for (const a of attempts) {
                expect(a.status, JSON.stringify(a.body)).toBe(404);
                expect(a.body).toMatchObject({ error: "resource_not_found", request_id: expect.any(String) });
              }
              const filtered = await server.call(key, "GET", `/jobs?user_id=${theirs.user.id}`);
              expect(filtered.body).toMatchObject({ jobs: [], total: 0 });
              const theirList = await server.call(key, "GET", `/users/${theirs.user.id}/jobs`);
              expect(theirList.body).toMatchObject({ jobs: [], total: 0 });
            }),
        ),
      );
      for (const mine of created) {
        const key = mine.user.key;
        const jobs = await server.call(key, "GET", "/jobs?limit=100");
        expect(jobs.body.jobs.map((j: any) => j.id).sort()).toEqual(mine.jobs.map((j) => j.id).sort());
        expect(jobs.body.total).toBe(3);
        expect(jobs.body.jobs.every((j: any) => j.user_id === mine.user.id && j.name.startsWith(mine.user.id))).toBe(true);
        expect((await server.call(key, "GET", `/jobs/${mine.jobs[0].id}`)).body).toEqual(mine.jobs[0]);
        const files = await server.call(key, "GET", "/storage/files");
        expect(files.body.files).toEqual([mine.file]);
        const content = await server.call(key, "GET", `/storage/files/${mine.file.id}/download`);
        expect(content.body).toBe(`secret of ${mine.user.id}`);
        const hooks = await server.call(key, "GET", "/webhooks");
        expect(hooks.body.webhooks).toEqual([mine.hook]);
        expect((await server.call(key, "GET", "/billing/invoices")).body.total).toBe(0);
        expect((await server.call(key, "GET", "/billing/invoices/inv_2024_01")).status).toBe(404);
        expect((await server.call(key, "GET", "/users/me")).body.id).toBe(mine.user.id);
        const usage = await server.call(key, "GET", "/clusters/cluster_abc/usage?start_date=2024-01-01&end_date=2999-12-31");
        expect(usage.body.cpu_hours).toBe(3 * 2 * 2);
      }
      // The seed user (a bare key) still has the seed data, and none of the others'.
      const seed = await server.call("seed-key", "GET", "/jobs?limit=100");
      expect(seed.body.jobs.every((j: any) => j.user_id === "user_456")).toBe(true);
      expect(seed.body.total).toBe(9);
      expect((await server.call("seed-key", "GET", "/billing/invoices")).body.total).toBe(3);
      // Owners can still change and delete their own.
      const own = created[0];
      expect((await server.call(own.user.key, "PATCH", `/jobs/${own.jobs[0].id}`, { name: "renamed" })).body.name).toBe("renamed");
      expect((await server.call(own.user.key, "DELETE", `/storage/files/${own.file.id}`)).status).toBe(204);
      expect((await server.call(own.user.key, "DELETE", `/webhooks/${own.hook.id}`)).status).toBe(204);
      expect((await server.call(own.user.key, "GET", "/jobs")).body.total).toBe(3);
    } finally {
      await server.close();
    }
  });

  it("idempotency keys: replay, 422 for a different request, per user and operation, expiry after 24 hours", async () => {
    let now = Date.parse("2025-03-01T12:00:00Z");
    const server = await start(engine, { clock: () => now });
    try {
      const count = async (key: string) => (await server.call(key, "GET", "/jobs")).body.total as number;
      const first = await server.call("key-a", "POST", "/jobs", job("idem-1"), { "idempotency-key": "k-1" });
      expect(first.status).toBe(201);
      expect(first.body.created_at).toBe("2025-03-01T12:00:00.000Z");
      now += 1000;
      // The same request again, even with its keys in another order: the stored first response, nothing new.
      const again = await server.call(
        "key-a",
        "POST",
        "/jobs",
        { resources: { memory: "4GB", cpus: 2 }, command: "run idem-1", cluster_id: "cluster_abc", name: "idem-1" },
        { "idempotency-key": "k-1" },
      );
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(await count("key-a")).toBe(1);
      // Concurrent retries of one request: one job.
      const burst = await Promise.all(
        Array.from({ length: 6 }, () => server.call("key-a", "POST", "/jobs", job("idem-burst"), { "idempotency-key": "k-burst" })),
      );
      expect(new Set(burst.map((r) => r.status))).toEqual(new Set([201]));
      expect(new Set(burst.map((r) => r.body.id)).size).toBe(1);
      expect(await count("key-a")).toBe(2);
      // A different body under the same key: 422 in the API's format, and nothing created.
      const reused = await server.call("key-a", "POST", "/jobs", job("idem-2"), { "idempotency-key": "k-1", "x-request-id": "trace-422" });
      expect(reused.status).toBe(422);
      expect(reused.body).toEqual({
        error: "validation_error",
        message: expect.any(String),
        details: { field: "Idempotency-Key", code: "idempotency_key_reused" },
        request_id: "trace-422",
      });
      expect(await count("key-a")).toBe(2);
      // Another user's same key is theirs; another operation's same key is another key.
      const other = await server.call("key-b", "POST", "/jobs", job("idem-1"), { "idempotency-key": "k-1" });
      expect(other.status).toBe(201);
      expect(other.body.id).not.toBe(first.body.id);
      expect(other.body.user_id).toBe("user_b");
      const hook = await server.call("key-a", "POST", "/webhooks", { url: "https://example.com/idem", events: ["job.failed"] }, { "idempotency-key": "k-1" });
      expect(hook.status).toBe(201);
      expect(hook.body.id).toMatch(/^wh_/);
      // Uploads: the file's bytes are part of the request.
      const one = multipart({ path: "/idem.txt" }, { name: "idem.txt", data: Buffer.from("one") });
      const two = multipart({ path: "/idem.txt" }, { name: "idem.txt", data: Buffer.from("two") });
      const up = await server.call("key-a", "POST", "/storage/files", one.body, { ...one.headers, "idempotency-key": "k-up" });
      expect(up.status).toBe(201);
      expect((await server.call("key-a", "POST", "/storage/files", one.body, { ...one.headers, "idempotency-key": "k-up" })).body).toEqual(up.body);
      expect((await server.call("key-a", "POST", "/storage/files", two.body, { ...two.headers, "idempotency-key": "k-up" })).status).toBe(422);
      // A refused request is not remembered: corrected, it may use the same key.
      const refused = await server.call("key-a", "POST", "/jobs", job("idem-fix", { cluster_id: "cluster_nope" }), { "idempotency-key": "k-fix" });
      expect(refused.status).toBe(400);
      expect((await server.call("key-a", "POST", "/jobs", job("idem-fix"), { "idempotency-key": "k-fix" })).status).toBe(201);
      // Just inside 24 hours the key still holds; past them it is forgotten and acts again.
      now = Date.parse("2025-03-01T12:00:00Z") + IDEMPOTENCY_TTL_MS - 1;
      expect((await server.call("key-a", "POST", "/jobs", job("idem-2"), { "idempotency-key": "k-1" })).status).toBe(422);
      now = Date.parse("2025-03-01T12:00:00Z") + IDEMPOTENCY_TTL_MS + 1;
      const before = await count("key-a");
      const fresh = await server.call("key-a", "POST", "/jobs", job("idem-2"), { "idempotency-key": "k-1" });
      expect(fresh.status).toBe(201);
      expect(fresh.body.name).toBe("idem-2");
      expect(await count("key-a")).toBe(before + 1);
    } finally {
      await server.close();
    }
  });

  it("lists, filters, sorts, pages and totals match an oracle, through creates, cancels, renames and deletes", async () => {
    let now = Date.parse("2025-01-01T00:00:00Z");
    const server = await start(engine, { clock: () => now });
    try {
      const next = random(20251);
      const clusters = ["cluster_abc", "cluster_k8s", "cluster_lab"];
      const mine: any[] = [];
      for (let i = 0; i < 60; i++) {
        now += Math.floor(next() * 3) * 60_000; // equal timestamps too: ties break by id
        const name = `n${String(Math.floor(next() * 40)).padStart(2, "0")}-${i % 7}`;
        const r = await server.call("key-a", "POST", "/jobs", job(name, { cluster_id: clusters[Math.floor(next() * 3)] }));
        expect(r.status).toBe(201);
        mine.push(r.body);
        if (i % 5 === 0) await server.call("key-b", "POST", "/jobs", job(`noise-${i}`));
      }
      for (const j of mine.filter((_, i) => i % 4 === 1)) {
        now += 30_000;
        const r = await server.call("key-a", "PATCH", `/jobs/${j.id}`, { status: "cancelled" });
        Object.assign(j, r.body);
      }
      for (const j of mine.filter((_, i) => i % 6 === 2)) {
        now += 30_000;
        Object.assign(j, (await server.call("key-a", "PATCH", `/jobs/${j.id}`, { name: `${j.name}-r` })).body);
      }
      const deleted = new Set(mine.filter((_, i) => i % 9 === 4).map((j) => j.id));
      for (const id of deleted) expect((await server.call("key-a", "DELETE", `/jobs/${id}`)).status).toBe(204);
      const alive = mine.filter((j) => !deleted.has(j.id));
      const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      const oracle = (q: Record<string, string | number>) => {
        let rows = alive.filter(
          (j) =>
            (!q.status || j.status === q.status) &&
            (!q.cluster_id || j.cluster_id === q.cluster_id) &&
            (!q.created_after || Date.parse(j.created_at) >= Date.parse(String(q.created_after))) &&
            (!q.created_before || Date.parse(j.created_at) < Date.parse(String(q.created_before))) &&
            (!q.updated_after || Date.parse(j.updated_at) >= Date.parse(String(q.updated_after))),
        );
        const sort = String(q.sort ?? "-created_at");
        const field = sort.replace(/^-/, "");
        const sign = sort.startsWith("-") ? -1 : 1;
        rows = [...rows].sort(
          (a, b) => sign * (field === "name" ? byCode(a.name, b.name) : Date.parse(a[field]) - Date.parse(b[field])) || sign * byCode(a.id, b.id),
        );
        const limit = Number(q.limit ?? 50);
        const offset = q.page ? (Number(q.page) - 1) * limit : Number(q.offset ?? 0);
        return { ids: rows.slice(offset, offset + limit).map((j) => j.id), total: rows.length };
      };
      const middle = alive[Math.floor(alive.length / 2)].created_at;
      const queries: Record<string, string | number>[] = [
        {},
        { limit: 10 },
        { sort: "name", limit: 15 },
        { sort: "-name", limit: 15, offset: 5 },
        { sort: "updated_at", limit: 7, page: 3 },
        { sort: "-updated_at" },
        { sort: "created_at", limit: 100 },
        { status: "cancelled" },
        { status: "pending", sort: "name", limit: 5, page: 2 },
        { status: "running" },
        { cluster_id: "cluster_k8s", sort: "-name" },
        { cluster_id: "cluster_lab", status: "cancelled", sort: "updated_at" },
        { created_after: middle, limit: 100 },
        { created_before: middle, status: "pending", sort: "name" },
        { updated_after: middle, cluster_id: "cluster_abc", sort: "-updated_at" },
        { limit: 10, offset: 1000 },
      ];
      // A job on no cluster is refused and leaves nothing behind (the job, its logs and its count are one statement).
      const refused = await server.call("key-a", "POST", "/jobs", job("nowhere", { cluster_id: "cluster_nope" }));
      expect(refused.status, JSON.stringify(refused.body)).toBe(400);
      expect(refused.body).toMatchObject({ error: "validation_error", details: { field: "cluster_id", code: "not_found" } });
      expect(await server.db.query("SELECT 1 FROM jobs WHERE name = 'nowhere'")).toEqual([]);
      // Every created job has its logs from the start.
      const logs = await server.call("key-a", "GET", `/jobs/${alive[0].id}/logs`);
      expect(logs.body).toMatch(new RegExp(`^${alive[0].created_at} submitted to ${alive[0].cluster_id}\n`));
      expect((await server.db.query("SELECT count(*)::int AS n FROM jobs j LEFT JOIN job_data d ON d.job_id = j.id WHERE d.job_id IS NULL"))[0].n).toBe(0);
      // The running counts the totals come from equal a count of the rows, per owner, status and cluster.
      const counted = (sql: string) => server.db.query<{ owner_id: string; status: string; cluster_id: string; n: number }>(sql);
      const actual = await counted("SELECT owner_id, status, cluster_id, count(*)::int AS n FROM jobs GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
      const kept = await counted("SELECT owner_id, status, cluster_id, n::int AS n FROM job_counts WHERE n <> 0 ORDER BY 1, 2, 3");
      expect(kept).toEqual(actual);
      for (const q of queries) {
        const search = new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)]));
        const r = await server.call("key-a", "GET", `/jobs?${search}`);
        expect(r.status, `${search}`).toBe(200);
        const expected = oracle(q);
        expect({ q, ids: r.body.jobs.map((j: any) => j.id), total: r.body.total }).toEqual({ q, ids: expected.ids, total: expected.total });
        for (const j of r.body.jobs) expect(j).toEqual(alive.find((a) => a.id === j.id));
      }
    } finally {
      await server.close();
    }
  });

  it("every job list query is served by an index (no scan of the table, no sort for the indexed orders)", async () => {
    const server = await start(engine);
    try {
      const plan = (sql: string, params: unknown[]) =>
        server.db.transaction(async (tx) => {
          await tx.query("SET LOCAL enable_seqscan = off");
          const rows = await tx.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`, params);
          return rows.map((r) => r["QUERY PLAN"]).join("\n");
        });
      const cols = "id, name, status, created_at";
      const cases: [string, unknown[], boolean][] = [
        [`SELECT ${cols} FROM jobs WHERE owner_id = $1 ORDER BY created_at DESC, id DESC LIMIT 10`, ["user_456"], false],
        [`SELECT ${cols} FROM jobs WHERE owner_id = $1 ORDER BY updated_at ASC, id ASC LIMIT 10`, ["user_456"], false],
        [`SELECT ${cols} FROM jobs WHERE owner_id = $1 ORDER BY name DESC, id DESC LIMIT 10`, ["user_456"], false],
        [`SELECT ${cols} FROM jobs WHERE owner_id = $1 AND status = $2 ORDER BY created_at DESC, id DESC LIMIT 10`, ["user_456", "running"], false],
        [`SELECT ${cols} FROM jobs WHERE owner_id = $1 AND cluster_id = $2 ORDER BY created_at DESC, id DESC LIMIT 10`, ["user_456", "cluster_abc"], false],
        [
          `SELECT ${cols} FROM jobs WHERE owner_id = $1 AND created_at >= $2 ORDER BY created_at DESC, id DESC LIMIT 10`,
          ["user_456", "2024-01-05T00:00:00Z"],
          false,
        ],
        [`SELECT ${cols} FROM jobs WHERE owner_id = $1 AND status = $2 ORDER BY name ASC, id ASC LIMIT 10`, ["user_456", "running"], true],
        [`SELECT coalesce(sum(n), 0) FROM job_counts WHERE owner_id = $1 AND status = $2`, ["user_456", "running"], true],
        // A cluster's usage (the caller's jobs on it in a date range): served by an owner-led index since migration 3 dropped jobs_cluster_created.
        [
          "SELECT coalesce(sum(cpus), 0) FROM jobs WHERE owner_id = $1 AND cluster_id = $2 AND created_at >= $3::date AND created_at < $4::date + 1",
          ["user_456", "cluster_abc", "2024-01-01", "2024-12-31"],
          true,
        ],
      ];
      for (const [sql, params, sortAllowed] of cases) {
        const text = await plan(sql, params);
        expect(text, sql).not.toMatch(/Seq Scan on jobs|Seq Scan on job_counts/);
        expect(text, sql).toMatch(/Index (Only )?Scan/);
        // An index range, not a walk of the whole primary key with a filter.
        expect(text, sql).not.toMatch(/using jobs_pkey/);
        if (!sortAllowed) expect(text, sql).not.toMatch(/\bSort\b/);
      }
    } finally {
      await server.close();
    }
  });

  it("stores only declared fields: a job with an unknown 5,000-deep key in resources never poisons a list", async () => {
    const server = await start(engine);
    try {
      let deep: unknown = "bottom";
      for (let i = 0; i < 5000; i++) deep = { d: deep };
      const hostile = job("deep", { resources: { cpus: 1, memory: "1GB", extra: deep }, unknown_top: { a: 1 } });
      // Written by hand: JSON.stringify of 5,000 levels can overflow a worker's stack.
      const deepJson = `${'{"d":'.repeat(5000)}"bottom"${"}".repeat(5000)}`;
      const text = JSON.stringify(job("deep", { resources: { cpus: 1, memory: "1GB", extra: "DEEP" }, unknown_top: { a: 1 } })).replace('"DEEP"', deepJson);
      const sent = await server.call("key-a", "POST", "/jobs", text, { "content-type": "application/json" });
      // The plugin may refuse it (unknown property) or accept it; either way nothing undeclared is kept.
      expect([201, 400]).toContain(sent.status);
      // Past the plugin, straight to the handler: the store keeps only the declared shape.
      const handlers = handlersFor({ db: server.db, clock: Date.now });
      const direct = await handlers.createJob!({
        body: { ...hostile, environment: { OK: "yes", BAD: { nested: deep } as never } } as never,
        headers: {} as never,
        auth: { userId: "user_a" },
      } as never);
      const stored = (direct as { body: any }).body;
      expect(stored.resources).toEqual({ cpus: 1, memory: "1GB", gpus: 0 });
      expect(stored.environment).toEqual({ OK: "yes" });
      expect(stored).not.toHaveProperty("unknown_top");
      const list = await server.call("key-a", "GET", "/jobs?limit=100");
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body)).not.toMatch(/"extra"|unknown_top|"d":/);
      const again = await server.call("key-a", "GET", `/jobs/${stored.id}`);
      expect(again.body).toEqual(stored);
    } finally {
      await server.close();
    }
  });

  it("migrations apply once, in order, also when two servers start on one database at once", async () => {
    const db = await freshDatabase(engine);
    const second = engine === "postgres" ? await openDatabase(parseDatabaseUrl(db.location.replace(":***@", "@"), "")) : db;
    try {
      const [a, b] = await Promise.all([migrate(db), migrate(second)]);
      const applied = [...a, ...b].sort();
      const rows = await db.query<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version");
      expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
      // The template database of the embedded engine arrives migrated; otherwise exactly one run applied each.
      if (engine === "postgres") expect(applied).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await migrate(db)).toEqual([]);
      expect((await db.query<{ n: number }>("SELECT count(*)::int AS n FROM jobs"))[0].n).toBe(12);
    } finally {
      if (second !== db) await second.close();
      await db.close();
    }
  });

  it("migration 3 upgrades a database with jobs at version 2: the unused index goes; rows, counts and lists stay", async () => {
    const { db, remove } = await emptyDatabase(engine);
    try {
      expect(
        await migrate(
          db,
          MIGRATIONS.filter((m) => m.version <= 2),
        ),
      ).toEqual([1, 2]);
      const indexes = async () =>
        (await db.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE tablename = 'jobs' ORDER BY 1")).map((r) => r.indexname);
      expect(await indexes()).toContain("jobs_cluster_created");
      // Jobs written at version 2 (by the version-2 schema's own path: plain INSERTs, counted by the trigger).
      for (let i = 0; i < 30; i++) {
        await db.query(
          `INSERT INTO jobs (id, owner_id, name, status, cluster_id, command, cpus, memory, gpus, created_at, updated_at)
           VALUES ('job_v2_' || $1::int, 'user_a', 'v2-' || $1::int, $2, $3, 'run', 1, '1GB', 0, timestamptz '2024-05-01' + $1::int * interval '1 hour', timestamptz '2024-05-01' + $1::int * interval '1 hour')`,
          [i, ["running", "completed", "failed"][i % 3], ["cluster_abc", "cluster_k8s"][i % 2]],
        );
      }
      expect(await migrate(db)).toEqual(MIGRATIONS.filter((m) => m.version > 2).map((m) => m.version));
      expect(await indexes()).not.toContain("jobs_cluster_created");
      expect(await indexes()).toEqual(expect.arrayContaining(["jobs_owner_created", "jobs_owner_status_created", "jobs_owner_cluster_created"]));
      expect(await migrate(db)).toEqual([]);
      const app = await buildApp({ apiKeys: ["key-a=user_a"], rateLimit: false, database: db });
      try {
        const list = async (url: string) => (await app.inject({ url, headers: { authorization: "Bearer key-a" } })).json();
        const all = await list("/jobs?limit=100");
        expect(all.total).toBe(30);
        expect(all.jobs.map((j: any) => j.name)).toEqual(Array.from({ length: 30 }, (_, i) => `v2-${29 - i}`));
        const running = await list("/jobs?status=running&cluster_id=cluster_abc&sort=created_at&limit=3&page=2");
        expect({ total: running.total, names: running.jobs.map((j: any) => j.name) }).toEqual({ total: 5, names: ["v2-18", "v2-24"] });
      } finally {
        await app.close();
      }
    } finally {
      await db.close();
      remove();
    }
  });

  it("a 500 is logged with its cause, one line per request, with the request id", async () => {
    const lines: any[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const server = await start(engine, { logger: { level: "info", stream } });
    try {
      expect((await server.call("key-a", "GET", "/jobs", undefined, { "x-request-id": "trace-ok" })).status).toBe(200);
      const ok = lines.filter((l) => l.request_id === "trace-ok");
      expect(ok).toHaveLength(1);
      expect(ok[0]).toMatchObject({ method: "GET", url: "/jobs", status: 200, msg: "request" });
      await server.db.close(); // the database goes away under the server
      const failed = await server.call("key-a", "GET", "/jobs", undefined, { "x-request-id": "trace-500" });
      expect(failed.status).toBe(500);
      expect(JSON.stringify(failed.body)).not.toMatch(/closed|pool|stack|at /i);
      const logged = lines.filter((l) => l.request_id === "trace-500" && l.msg === "request failed" && l.status === 500);
      expect(logged).toHaveLength(1);
      expect(logged[0].err.message).toBeTruthy();
      expect(logged[0].err.stack).toBeTruthy();
      const fresh = await server.app.inject({ method: "GET", url: "/jobs", headers: { authorization: "Bearer nope" } });
      expect(lines.filter((l) => l.request_id === fresh.headers["x-request-id"])).toHaveLength(1);
    } finally {
      await server.app.close();
    }
  });
});

describe("the contract walk on a PostgreSQL server", () => {
  // The same Arazzo walk test/contract-server.test.ts replays against the embedded engine: 36 steps, every status,
  // content type and body checked against the spec by Redocly Respect.
  it("Redocly Respect: every step of the walk matches the spec", async () => {
    const db = await freshDatabase("postgres");
    const app = await buildApp({ apiKeys: ["test-key"], database: db });
    try {
      const url = await app.listen({ host: "127.0.0.1", port: 0 });
      const cli = path.join(path.dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");
      const { code, output } = await runCommand(process.execPath, [
        cli,
        "respect",
        path.join(repoRoot, "test/respect/vantage.arazzo.yaml"),
        "--workflow",
        "walk",
        "--server",
        `vantage=${url}`,
        "--input",
        "apiKey=test-key",
      ]);
      expect(output).toMatch(/Steps: 36 passed, 36 total/);
      expect(code, output).toBe(0);
    } finally {
      await app.close();
      await db.close();
    }
  }, 180_000);
});

function runCommand(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 170_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
