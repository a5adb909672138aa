/**
 * Refserver: the reference server (examples/) on its embedded engine with a
 * million jobs of one user. Measures the latency of one page of jobs
 * (`GET /jobs?limit=10`, plain and with filters and sorts) at p50 and p99
 * while other clients keep the server busy (GET /jobs/{id} and POST /jobs),
 * and those clients' throughput with and without the list load beside them.
 * The data is bulk-loaded by SQL (generate_series), not through the API.
 * `--quick` loads 20,000 jobs and runs shorter.
 */
import path from "node:path";
import autocannon from "autocannon";
import { build } from "esbuild";
import { childrenDir } from "./lib/paths.mjs";
import { startChildServer } from "./lib/child-server.mjs";
import { compareRow } from "./lib/rows.mjs";
import { atMostValue } from "./lib/targets.mjs";

export const title = "Reference server on PGlite, a million jobs (ms, req/s)";

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
  const app = path.join(workspace.dir("refserver"), "refserver-app.mjs");
  await build({
    entryPoints: [path.join(childrenDir, "refserver-app.mjs")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile: app,
    logLevel: "warning",
  });
  const loadStarted = Date.now();
  const server = await startChildServer(app, { args: [workspace.dir("refserver", "data"), String(jobs)], startTimeoutMs: 20 * 60_000 });
  const loadSeconds = (Date.now() - loadStarted) / 1000;
  log(`refserver: ${jobs} jobs loaded, server up in ${loadSeconds.toFixed(1)} s`);
  const rows = [];
  try {
    const [some] = (await (await fetch(`${server.url}/jobs?limit=1`, { headers: { authorization: "Bearer bench-key" } })).json()).jobs;
    const background = [
      { method: "GET", path: `/jobs/${some.id}` },
      { method: "POST", path: "/jobs", body: JOB, headers: { "content-type": "application/json" } },
    ];
    await load(server.url, { path: "/jobs?limit=10" }, 1, LIST_CONNECTIONS); // warm-up
    const alone = [];
    for (let i = 0; i < options.loadRuns; i++) alone.push((await load(server.url, background, seconds, BACKGROUND_CONNECTIONS, "other-key")).rps);
    for (const [subject, url] of Object.entries(LISTS)) {
      const p50 = [];
      const p99 = [];
      const beside = [];
      const problems = [];
      for (let i = 0; i < options.loadRuns; i++) {
        const [list, others] = await Promise.all([
          load(server.url, { path: url }, seconds, LIST_CONNECTIONS),
          load(server.url, background, seconds, BACKGROUND_CONNECTIONS, "other-key"),
        ]);
        log(
          `refserver ${subject} run ${i + 1}: p50 ${list.p50} ms, p99 ${list.p99} ms, ${Math.round(list.rps)} lists/s; others ${Math.round(others.rps)} req/s`,
        );
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
  } finally {
    await server.stop();
  }
  return {
    rows,
    notes: [
      `${jobs.toLocaleString("en")} jobs of one user, bulk-loaded and indexed in ${loadSeconds.toFixed(0)} s (server start included); PGlite in a data folder`,
      `autocannon: ${LIST_CONNECTIONS} connections on the list, ${BACKGROUND_CONNECTIONS} others on GET /jobs/{id} + POST /jobs (another user) at the same time, ${seconds} s per run`,
    ],
  };
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
