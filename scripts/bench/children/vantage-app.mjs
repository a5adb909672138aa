/**
 * Child process for the server section (bundled by esbuild at bench start,
 * since it imports the generated TypeScript): the generated Fastify plugin
 * with validation, auth and rate-limit headers on, and getJob / createJob
 * handlers that return the fixed Job (argv[2]). Rate limit set high enough
 * never to trip, so its bookkeeping and headers are still measured, and of a
 * size real deployments use: below 2^31, where X-RateLimit-Remaining is
 * formatted as cheaply as a real limit's (Number.MAX_SAFE_INTEGER made every
 * request format a 16-digit double, a cost no real server has).
 */
import Fastify from "fastify";
import { vantageRoutes } from "../../../generated/server/index.ts";
import { announceAndGuard } from "./server-lifetime.mjs";

const job = JSON.parse(process.argv[2]);
const app = Fastify({ logger: false });
await app.register(vantageRoutes, {
  handlers: {
    getJob: async () => ({ status: 200, body: job }),
    createJob: async () => ({ status: 201, body: job }),
  },
  authenticate: (token) => (token === "bench-key" ? { userId: "user_456" } : null),
  rateLimit: { max: 1_000_000_000, windowMs: 60_000 },
});
await app.listen({ host: "127.0.0.1", port: 0 });
announceAndGuard(app.server.address().port, () => app.close());
