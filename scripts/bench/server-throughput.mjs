/**
 * Server: requests/s of the generated Fastify server (validation, auth,
 * request id and rate-limit headers) against bare Fastify routes returning
 * the same body, for GET /jobs/{job_id} and POST /jobs (a valid JobCreate).
 * Each server runs in its own child process; autocannon drives it from this
 * process for a fixed duration; runs interleaved.
 */
import path from "node:path";
import autocannon from "autocannon";
import { build } from "esbuild";
import { childrenDir } from "./lib/paths.mjs";
import { startChildServer } from "./lib/child-server.mjs";
import { JOB_CREATE, jobExample } from "./lib/job-fixture.mjs";
import { compareRow } from "./lib/rows.mjs";
import { atLeastRatio } from "./lib/targets.mjs";

export const title = "Server throughput (Fastify, req/s)";

const CONNECTIONS = 32;
const ROUTES = {
  "GET /jobs/{job_id}": { method: "GET", path: "/jobs/job_123" },
  "POST /jobs": { method: "POST", path: "/jobs", body: JSON.stringify(JOB_CREATE), headers: { "content-type": "application/json" } },
};

export async function run({ options, workspace, log }) {
  const seconds = options.quick ? 2 : 5;
  const vantageApp = path.join(workspace.dir("server"), "vantage-app.mjs");
  await build({
    entryPoints: [path.join(childrenDir, "vantage-app.mjs")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile: vantageApp,
    logLevel: "warning",
  });
  const job = JSON.stringify(jobExample());
  const servers = {};
  const results = {};
  try {
    servers.generated = await startChildServer(vantageApp, { args: [job] });
    servers.bare = await startChildServer(path.join(childrenDir, "bare-app.mjs"), { args: [job] });
    const apps = Object.keys(servers);
    for (const [route, request] of Object.entries(ROUTES)) {
      results[route] = { generated: [], bare: [], problems: [] };
      for (const app of apps) await load(servers[app].url, request, 1); // warm-up
      for (let i = 0; i < options.loadRuns; i++) {
        const order = i % 2 ? [...apps].reverse() : apps;
        for (const app of order) {
          const r = await load(servers[app].url, request, seconds);
          log(`server ${route} ${app} run ${i + 1}: ${Math.round(r.rps)} req/s${r.problem ? ` (${r.problem})` : ""}`);
          results[route][app].push(r.rps);
          if (r.problem) results[route].problems.push(`${app}: ${r.problem}`);
        }
      }
    }
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
  }
  return {
    rows: Object.entries(results).map(([route, r]) =>
      compareRow({
        subject: route,
        measure: "generated server vs bare Fastify",
        unit: "req/s",
        better: "higher",
        ours: r.generated,
        peerName: "bare Fastify",
        peer: r.bare,
        target: atLeastRatio(0.8),
        note: [...new Set(r.problems)].join("; ") || undefined,
      }),
    ),
    notes: [`autocannon, ${CONNECTIONS} connections, ${seconds} s per run, 1 s warm-up per server and route; generated server with auth (Bearer) and rate-limit headers on`],
  };
}

/** One autocannon run; any non-2xx answer or error makes the figure suspect, so it is reported. */
async function load(url, request, seconds) {
  const result = await autocannon({
    url: `${url}${request.path}`,
    method: request.method,
    body: request.body,
    headers: { authorization: "Bearer bench-key", ...request.headers },
    connections: CONNECTIONS,
    duration: seconds,
  });
  const problems = [];
  if (result.non2xx) problems.push(`${result.non2xx} non-2xx`);
  if (result.errors) problems.push(`${result.errors} errors`);
  if (result.timeouts) problems.push(`${result.timeouts} timeouts`);
  return { rps: result.requests.average, problem: problems.join(", ") || null };
}
