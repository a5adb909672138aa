/**
 * Starts the reference Vantage server on 127.0.0.1:$PORT (default 3000) and
 * prints its URL once it listens.
 *
 *   DATABASE_URL      file:PATH (PGlite at PATH), memory:, or postgres://…;
 *                     default PGlite in .data/vantage under the working folder
 *   VANTAGE_API_KEYS  key=user_id,… (a bare key acts as the seed user); default test-key
 *   VANTAGE_RATE_LIMIT requests a minute per client (default 1000; 0 turns it off)
 *   LOG_LEVEL         info by default (one line per request); silent turns it off
 *
 *     npm run example:server        # esbuild bundles this file, then node runs it
 */
import path from "node:path";
import { apiKeysFromEnv, buildApp } from "./app.js";
import { openDatabase, parseDatabaseUrl } from "./db/database.js";

export const DEFAULT_DATA_DIR = path.join(".data", "vantage");

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got ${process.env.PORT}`);
  process.exit(2);
}
const rate = Number(process.env.VANTAGE_RATE_LIMIT ?? 1000);
let database;
try {
  database = await openDatabase(parseDatabaseUrl(process.env.DATABASE_URL, path.resolve(DEFAULT_DATA_DIR)));
} catch (error) {
  console.error(`vantage reference server: cannot open the database: ${(error as Error).message}`);
  process.exit(2);
}
const app = await buildApp({
  apiKeys: apiKeysFromEnv(),
  rateLimit: rate > 0 ? { max: rate, windowMs: 60_000 } : false,
  logger: { level: process.env.LOG_LEVEL ?? "info" },
  database,
});
app.addHook("onClose", () => database.close());
const url = await app.listen({ host: "127.0.0.1", port });
console.log(`Vantage reference server listening on ${url} (database: ${database.engine} ${database.location})`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
