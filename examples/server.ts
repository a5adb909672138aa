/**
 * Starts the reference Vantage server on 127.0.0.1:$PORT (default 3000) and
 * prints its URL once it listens. Accepts the bearer tokens in
 * VANTAGE_API_KEYS (comma-separated, default `test-key`).
 *
 *     npm run example:server        # esbuild bundles this file, then node runs it
 */
import { apiKeysFromEnv, buildApp } from "./app.js";

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got ${process.env.PORT}`);
  process.exit(2);
}
const rate = Number(process.env.VANTAGE_RATE_LIMIT ?? 1000);
const app = await buildApp({
  apiKeys: apiKeysFromEnv(),
  rateLimit: rate > 0 ? { max: rate, windowMs: 60_000 } : false,
  logger: process.env.LOG_LEVEL ? { level: process.env.LOG_LEVEL } : false,
});
const url = await app.listen({ host: "127.0.0.1", port });
console.log(`Vantage reference server listening on ${url}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    app.close().then(() => process.exit(0), () => process.exit(1));
  });
}
