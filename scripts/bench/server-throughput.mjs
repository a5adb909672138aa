/**
 * Server: requests/s of the generated Fastify server (validation, auth,
 * request id and rate-limit headers) against bare Fastify routes returning
 * the same body, for GET /jobs/{job_id} and POST /jobs (a valid JobCreate).
 * Each server runs in its own child process; autocannon drives it from this
 * process for a fixed duration; runs interleaved.
 *
 * On two cores the client and the server share the machine, so requests/s
 * depends on the client too (a bigger response costs autocannon more to
 * parse). The server's own CPU time per request, read from /proc, is
 * reported beside it as the figure that depends on the server alone.
 */
import { readFileSync } from "node:fs";
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
      results[route] = { generated: [], bare: [], cpu: { generated: [], bare: [] }, problems: [] };
      for (const app of apps) await load(servers[app].url, request, 1); // warm-up
      for (let i = 0; i < options.loadRuns; i++) {
        const order = i % 2 ? [...apps].reverse() : apps;
        for (const app of order) {
          const cpuBefore = cpuMicros(servers[app].pid);
          const r = await load(servers[app].url, request, seconds);
          const cpuPerRequest = (cpuMicros(servers[app].pid) - cpuBefore) / r.total;
          log(
            `server ${route} ${app} run ${i + 1}: ${Math.round(r.rps)} req/s, ${cpuPerRequest.toFixed(1)} µs server CPU per request${r.problem ? ` (${r.problem})` : ""}`,
          );
          results[route][app].push(r.rps);
          results[route].cpu[app].push(cpuPerRequest);
          if (r.problem) results[route].problems.push(`${app}: ${r.problem}`);
        }
      }
    }
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
  }
  return {
    rows: Object.entries(results).flatMap(([route, r]) => [
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
      compareRow({
        subject: route,
        measure: "server CPU per request (no target)",
        unit: "µs",
        better: "lower",
        ours: r.cpu.generated,
        peerName: "bare Fastify",
        peer: r.cpu.bare,
      }),
    ]),
    notes: [
      `autocannon, ${CONNECTIONS} connections, ${seconds} s per run, 1 s warm-up per server and route; generated server with auth (Bearer) and rate-limit headers on`,
    ],
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
  return { rps: result.requests.average, total: result.requests.total, problem: problems.join(", ") || null };
}

/** User + system CPU time of a process so far, in µs (Linux /proc; NaN elsewhere, and the row says so). */
function cpuMicros(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return Number.NaN;
  }
}
