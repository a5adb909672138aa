/**
 * Child process for the client-overhead section: drives one client variant
 * against URL with CONCURRENCY requests in flight until REQUESTS have
 * completed (after WARMUP uncounted ones), and prints one JSON line
 * { variant, requests, ms, rps, cpuUsPerRequest } — the last is this process's
 * own CPU time (user + system) per counted request, which a busy machine
 * disturbs far less than the rate.
 *
 *   node client-load.mjs <variant: sdk|openapi-fetch|fetch|fetch-timeout> <url> <requests> <concurrency> <warmup> <sdk-bundle>
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

const [variant, url, requestsArg, concurrencyArg, warmupArg, sdkBundle] = process.argv.slice(2);
const requests = Number(requestsArg);
const concurrency = Number(concurrencyArg);
const warmup = Number(warmupArg);
const JOB_ID = "job_123";
const API_KEY = "bench-key";

const call = await makeCall(variant);

// Check once that the variant really gets the Job back.
const first = await call();
if (first?.id !== JOB_ID) throw new Error(`${variant}: expected a Job with id ${JOB_ID}, got ${JSON.stringify(first)?.slice(0, 200)}`);

await drive(warmup);
const start = performance.now();
const cpuStart = process.cpuUsage();
await drive(requests);
const cpu = process.cpuUsage(cpuStart);
const ms = performance.now() - start;
const cpuUsPerRequest = (cpu.user + cpu.system) / requests;
process.stdout.write(`${JSON.stringify({ variant, requests, ms, rps: (requests * 1000) / ms, cpuUsPerRequest })}\n`);

async function drive(total) {
  let issued = 0;
  const worker = async () => {
    while (issued < total) {
      issued++;
      await call();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

async function makeCall(name) {
  const headers = { authorization: `Bearer ${API_KEY}` };
  switch (name) {
    case "sdk": {
      const { Vantage } = await import(pathToFileURL(sdkBundle).href);
      const vantage = new Vantage({ apiKey: API_KEY, baseUrl: url });
      return () => vantage.jobs.get(JOB_ID);
    }
    case "openapi-fetch": {
      const { default: createClient } = await import("openapi-fetch");
      const client = createClient({ baseUrl: url, headers });
      return async () => (await client.GET("/jobs/{job_id}", { params: { path: { job_id: JOB_ID } } })).data;
    }
    case "fetch-timeout":
      // What any client with a per-request timeout pays: an AbortController and a timer per request.
      return async () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 60_000);
        try {
          const res = await fetch(`${url}/jobs/${encodeURIComponent(JOB_ID)}`, { headers, signal: controller.signal });
          return await res.json();
        } finally {
          clearTimeout(timer);
        }
      };
    case "fetch":
      return async () => {
        const res = await fetch(`${url}/jobs/${encodeURIComponent(JOB_ID)}`, { headers });
        return res.json();
      };
    default:
      throw new Error(`unknown variant ${name}`);
  }
}
