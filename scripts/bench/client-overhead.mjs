/**
 * Client overhead: requests/s of `vantage.jobs.get(id)` (generated/client's Node entry,
 * bundled for Node by esbuild) against openapi-fetch alone, plain
 * fetch + res.json(), and fetch with a per-request timeout (an
 * AbortController and a timer: Node's fetch pays for any signal, so this is
 * the floor of a client that times requests out), same concurrency, against a node:http server in its
 * own process that returns a fixed Job. Each variant runs in a fresh child
 * process (so it is that process's CPU that is measured); runs interleaved.
 */
import path from "node:path";
import { spawn } from "node:child_process";
import { build } from "esbuild";
import { childrenDir, repoRoot } from "./lib/paths.mjs";
import { startChildServer } from "./lib/child-server.mjs";
import { jobExample } from "./lib/job-fixture.mjs";
import { compareRow } from "./lib/rows.mjs";
import { atLeastRatio } from "./lib/targets.mjs";

export const title = "Client overhead (GET /jobs/{job_id}, req/s)";

const VARIANTS = ["sdk", "openapi-fetch", "fetch", "fetch-timeout"];
const CONCURRENCY = 32;

export async function run({ options, workspace, log }) {
  const requests = options.quick ? 3000 : 20000;
  const warmup = options.quick ? 500 : 2000;
  const sdkBundle = path.join(workspace.dir("client"), "vantage-sdk.mjs");
  await build({
    entryPoints: [path.join(repoRoot, "generated/client/index.node.js")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: sdkBundle,
    logLevel: "warning",
  });
  const server = await startChildServer(path.join(childrenDir, "fixed-job-server.mjs"), { args: [JSON.stringify(jobExample())] });
  const rps = Object.fromEntries(VARIANTS.map((v) => [v, []]));
  try {
    for (let i = 0; i < options.loadRuns; i++) {
      const order = VARIANTS.map((_, j) => VARIANTS[(i + j) % VARIANTS.length]);
      for (const variant of order) {
        const result = await runVariant([variant, server.url, requests, CONCURRENCY, warmup, sdkBundle]);
        log(`client ${variant} run ${i + 1}: ${Math.round(result.rps)} req/s`);
        rps[variant].push(result.rps);
      }
    }
  } finally {
    await server.stop();
  }
  const common = { subject: "jobs.get", unit: "req/s", better: "higher" };
  return {
    rows: [
      compareRow({
        ...common,
        measure: "SDK vs openapi-fetch",
        ours: rps.sdk,
        peerName: "openapi-fetch",
        peer: rps["openapi-fetch"],
        target: atLeastRatio(0.95),
      }),
      compareRow({ ...common, measure: "SDK vs plain fetch", ours: rps.sdk, peerName: "fetch + res.json()", peer: rps.fetch, target: atLeastRatio(0.95) }),
      compareRow({
        ...common,
        measure: "SDK vs fetch with a timeout",
        ours: rps.sdk,
        peerName: "fetch + AbortController + timer",
        peer: rps["fetch-timeout"],
        target: atLeastRatio(0.95),
      }),
      compareRow({
        ...common,
        subject: "GET",
        measure: "fetch with a timeout vs plain fetch",
        ours: rps["fetch-timeout"],
        peerName: "fetch + res.json()",
        peer: rps.fetch,
      }),
      compareRow({
        ...common,
        subject: "GET",
        measure: "openapi-fetch vs plain fetch",
        ours: rps["openapi-fetch"],
        peerName: "fetch + res.json()",
        peer: rps.fetch,
      }),
    ],
    notes: [`${requests} requests per run after ${warmup} warm-up, ${CONCURRENCY} in flight, keep-alive, fresh process per variant and run`],
  };
}

function runVariant(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(childrenDir, "client-load.mjs"), ...args.map(String)], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`client-load ${args[0]} exited ${code}: ${stderr.trim().slice(-400)}`));
      resolve(JSON.parse(stdout.trim().split("\n").pop()));
    });
  });
}
