/**
 * Refserver: the reference server (examples/) with a million jobs of one
 * user, on its embedded engine (PGlite in a data folder) and, when Debian's
 * PostgreSQL is installed, on a private PostgreSQL server (the tests'
 * helper: initdb and pg_ctl in a temp folder, always stopped). Measures the
 * latency of one page of jobs (`GET /jobs?limit=10`, plain and with filters,
 * sorts and a deep page) at p50 and p99 while other clients keep the server
 * busy (another user's GET /jobs/{id} of their own job, and POST /jobs),
 * and those clients' throughput with and without the list load beside them.
 * The data is bulk-loaded by SQL (generate_series), not through the API.
 * `--quick` loads 20,000 jobs and runs shorter.
 */
import path from "node:path";
import autocannon from "autocannon";
import { build } from "esbuild";
import { childrenDir, repoRoot } from "./lib/paths.mjs";
import { startChildServer } from "./lib/child-server.mjs";
import { compareRow } from "./lib/rows.mjs";
import { atMostValue } from "./lib/targets.mjs";

export const title = "Reference server, a million jobs, on PGlite and on PostgreSQL (ms, req/s)";

const LIST_CONNECTIONS = 4;
const BACKGROUND_CONNECTIONS = 8;
const LISTS = {
  "GET /jobs?limit=10": "/jobs?limit=10",
  "GET /jobs?limit=10&status=running": "/jobs?limit=10&status=running",
  "GET /jobs?limit=10&sort=name": "/jobs?limit=10&sort=name",
  "GET /jobs?limit=10&cluster_id=cluster_k8s&sort=-updated_at": "/jobs?limit=10&cluster_id=cluster_k8s&sort=-updated_at",
  "GET /jobs?limit=10&page=500": "/jobs?limit=10&page=500",
  "GET /jobs?limit=10&created_after=…&created_before=… (one day)": "/jobs?limit=10&created_after=2024-03-01T00:00:00Z&created_before=2024-03-02T00:00:00Z",
};
const JOB = JSON.stringify({ name: "bench-new", cluster_id: "cluster_abc", command: "python bench.py", resources: { cpus: 2, memory: "4GB" } });

export async function run({ options, workspace, log }) {
  const jobs = options.quick ? 20_000 : 1_000_000;
  const seconds = options.quick ? 2 : 5;
  const dir = workspace.dir("refserver");
  const app = path.join(dir, "refserver-app.mjs");
  const helper = path.join(dir, "postgres-helper.mjs");
  const bundle = (entry, outfile) =>
    build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", outfile, logLevel: "warning" });
  await bundle(path.join(childrenDir, "refserver-app.mjs"), app);
  await bundle(path.join(repoRoot, "test", "helpers", "postgres.ts"), helper);
  const { postgresBinDir, startPostgres } = await import(helper);

  const rows = [];
  const notes = [];
  const measure = async (engine, target) => {
    const started = Date.now();
    const server = await startChildServer(app, { args: [target, String(jobs)], startTimeoutMs: 20 * 60_000 });
    const loadSeconds = (Date.now() - started) / 1000;
    log(`refserver ${engine}: ${jobs} jobs loaded, server up in ${loadSeconds.toFixed(1)} s`);
    try {
      // The load's recount is what every list's total reads: check it before timing anything.
      const first = await (await fetch(`${server.url}/jobs?limit=1`, { headers: { authorization: "Bearer bench-key" } })).json();
      if (first.total !== jobs) throw new Error(`${engine}: GET /jobs answers total ${first.total} after loading ${jobs} jobs`);
      rows.push(...(await measureServer(server.url, engine, { seconds, runs: options.loadRuns, log })));
    } finally {
      await server.stop();
    }
    notes.push(
      `${engine}: ${jobs.toLocaleString("en")} jobs of one user, bulk-loaded, indexed and vacuumed in ${loadSeconds.toFixed(0)} s (server start included)`,
    );
  };

  await measure("PGlite", workspace.dir("refserver", "data"));
  if (postgresBinDir()) {
    const postgres = await startPostgres();
    try {
      await measure("PostgreSQL", await postgres.createDatabase("vantage_bench"));
    } finally {
      await postgres.stop();
    }
  } else {
    notes.push("PostgreSQL: not measured (initdb not found; `node scripts/test-setup.js` as root installs it)");
  }
  notes.push(
    "PGlite in a data folder (fsync on); PostgreSQL is the tests' private server (fsync off), through a pool of 10 connections",
    `autocannon: ${LIST_CONNECTIONS} connections on the list, ${BACKGROUND_CONNECTIONS} others on GET /jobs/{id} + POST /jobs (another user, their own job) at the same time, ${seconds} s per run`,
  );
  return { rows, notes };
}

/** Every list's p50/p99 beside the other clients, and the other clients' req/s beside it and alone. PGlite's rows are unprefixed. */
async function measureServer(url, engine, { seconds, runs, log }) {
  const prefix = engine === "PGlite" ? "" : `${engine}: `;
  // The other clients' own job, so their GETs are 200s like a real client's (not another user's 404).
  const created = await fetch(`${url}/jobs`, { method: "POST", headers: { authorization: "Bearer other-key", "content-type": "application/json" }, body: JOB });
  if (created.status !== 201) throw new Error(`${engine}: POST /jobs as the other user answered ${created.status}: ${await created.text()}`);
  const mine = await created.json();
  const background = [
    { method: "GET", path: `/jobs/${mine.id}` },
    { method: "POST", path: "/jobs", body: JOB, headers: { "content-type": "application/json" } },
  ];
  // Warm-up of both loads (the first requests compile validators and serializers, and read cold pages).
  await Promise.all([load(url, { path: "/jobs?limit=10" }, 1, LIST_CONNECTIONS), load(url, background, 1, BACKGROUND_CONNECTIONS, "other-key")]);
  const alone = [];
  for (let i = 0; i < runs; i++) alone.push((await load(url, background, seconds, BACKGROUND_CONNECTIONS, "other-key")).rps);
  const rows = [];
  for (const [name, path] of Object.entries(LISTS)) {
    const subject = `${prefix}${name}`;
    const p50 = [];
    const p99 = [];
    const beside = [];
    const problems = [];
    for (let i = 0; i < runs; i++) {
      const [list, others] = await Promise.all([
        load(url, { path }, seconds, LIST_CONNECTIONS),
        load(url, background, seconds, BACKGROUND_CONNECTIONS, "other-key"),
      ]);
      log(`refserver ${subject} run ${i + 1}: p50 ${list.p50} ms, p99 ${list.p99} ms, ${Math.round(list.rps)} lists/s; others ${Math.round(others.rps)} req/s`);
      p50.push(list.p50);
      p99.push(list.p99);
      beside.push(others.rps);
      for (const p of [list.problem, others.problem]) if (p) problems.push(p);
    }
    const note = [...new Set(problems)].join("; ") || undefined;
    rows.push(compareRow({ subject, measure: "p99 latency under load", unit: "ms", better: "lower", ours: p99, target: atMostValue(50, "≤ 50 ms"), note }));
    rows.push(compareRow({ subject, measure: "p50 latency under load", unit: "ms", better: "lower", ours: p50 }));
    rows.push(
      compareRow({
        subject,
        measure: "other clients' req/s beside it vs alone",
        unit: "req/s",
        better: "higher",
        ours: beside,
        peerName: "alone",
        peer: alone,
      }),
    );
  }
  return rows;
}

/** One autocannon run over one request or a rotation of them: requests/s and latency percentiles (ms). */
async function load(url, requests, seconds, connections, key = "bench-key") {
  const list = Array.isArray(requests) ? requests : [requests];
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${key}` },
    requests: list.map((r) => ({ method: r.method ?? "GET", path: r.path, body: r.body, headers: { authorization: `Bearer ${key}`, ...r.headers } })),
  });
  const problems = [];
  if (result.non2xx) {
    const statuses = Object.keys(result.statusCodeStats ?? {}).filter((code) => !code.startsWith("2"));
    problems.push(`${result.non2xx} non-2xx${statuses.length ? ` (${statuses.join(", ")})` : ""}`);
  }
  if (result.errors) problems.push(`${result.errors} errors`);
  if (result.timeouts) problems.push(`${result.timeouts} timeouts`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, problem: problems.join(", ") || null };
}
