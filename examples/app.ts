/**
 * The reference Vantage server: the generated stubs (vantageRoutes) with
 * every operation implemented over a real PostgreSQL database (embedded
 * PGlite, or a server). Built as a function so tests can start as many
 * independent servers as they like.
 */
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from "fastify";
import { serverOptions, vantageRoutes } from "../generated/server/index.js";
import { openDatabase, parseDatabaseUrl, type Database } from "./db/database.js";
import { migrate } from "./db/migrations.js";
import { SEED_USER_ID } from "./db/seed.js";
import type { AppContext, Handlers, Principal } from "./handlers/context.js";
import { jobHandlers } from "./handlers/jobs.js";
import { clusterHandlers } from "./handlers/clusters.js";
import { storageHandlers } from "./handlers/storage.js";
import { teamHandlers } from "./handlers/teams.js";
import { userHandlers } from "./handlers/users.js";
import { billingHandlers } from "./handlers/billing.js";
import { monitoringHandlers } from "./handlers/monitoring.js";
import { webhookHandlers } from "./handlers/webhooks.js";
import { purgeExpiredKeys } from "./idempotency.js";
import { addRequestLog, requestIdFor } from "./logging.js";

export { SEED_USER_ID };

export interface AppOptions {
  /**
   * Accepted bearer tokens and the user each acts as: `"key=user_id"`, or a
   * bare `"key"` for the seed user (user_456); or a map of key → user id.
   */
  apiKeys: readonly string[] | ReadonlyMap<string, string>;
  /** Requests a minute per client; false for none. */
  rateLimit?: { max: number; windowMs: number } | false;
  /** Fastify's logger (pino) options; off unless given. */
  logger?: FastifyServerOptions["logger"];
  /**
   * The database: an open one (left open on close), or a DATABASE_URL
   * (`file:PATH`, `memory:`, `postgres://…`). Default: PGlite in memory.
   */
  database?: Database | string;
  /** Milliseconds since the epoch; every timestamp and key expiry reads it. Default Date.now. */
  clock?: () => number;
}

export function handlersFor(ctx: AppContext): Handlers {
  return {
    ...jobHandlers(ctx),
    ...clusterHandlers(ctx),
    ...storageHandlers(ctx),
    ...teamHandlers(ctx),
    ...userHandlers(ctx),
    ...billingHandlers(ctx),
    ...monitoringHandlers(ctx),
    ...webhookHandlers(ctx),
  };
}

const USER_ID = /^[a-z]+_[A-Za-z0-9_-]+$/;

/** `key=user_id` or `key` (the seed user) entries to a map; a malformed entry is an error naming it. */
export function parseApiKeys(entries: readonly string[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const at = entry.indexOf("=");
    const key = at < 0 ? entry : entry.slice(0, at).trim();
    const user = at < 0 ? SEED_USER_ID : entry.slice(at + 1).trim();
    if (!key) throw new Error(`VANTAGE_API_KEYS: ${JSON.stringify(entry)} has no key before "="`);
    if (!USER_ID.test(user) || user.length > 64)
      throw new Error(
        `VANTAGE_API_KEYS: ${JSON.stringify(entry)}: the user id must look like user_abc (a lowercase prefix, "_", then letters, digits, "_" or "-")`,
      );
    keys.set(key, user);
  }
  return keys;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const keys = options.apiKeys instanceof Map ? new Map(options.apiKeys) : parseApiKeys(options.apiKeys as readonly string[]);
  const owned = typeof options.database !== "object";
  const db = typeof options.database === "object" ? options.database : await openDatabase(parseDatabaseUrl(options.database ?? "memory:", ""));
  try {
    await migrate(db);
    const clock = options.clock ?? Date.now;
    const ctx: AppContext = { db, clock };
    await ensureUsers(ctx, new Set(keys.values()));
    await purgeExpiredKeys(ctx);

    // serverOptions: the stubs' timeouts, limits and framework-error handling (and a start-up timeout long enough for the validator worker).
    const app = Fastify(
      serverOptions({
        logger: options.logger ?? false,
        genReqId: requestIdFor,
        // Fastify's own two lines a request are off: addRequestLog writes one.
        logController: new LogController({ requestIdLogLabel: "request_id", disableRequestLogging: true }),
      }),
    );
    addRequestLog(app);
    const purge = setInterval(
      () => void purgeExpiredKeys(ctx).catch((error) => app.log.warn({ err: error }, "could not purge expired idempotency keys")),
      3_600_000,
    );
    purge.unref();
    app.addHook("onClose", async () => {
      clearInterval(purge);
      if (owned) await db.close();
    });
    app.decorate("database", db);
    await app.register(vantageRoutes, {
      handlers: handlersFor(ctx),
      authenticate: (token): Principal | null => {
        const userId = keys.get(token);
        return userId ? { userId } : null;
      },
      rateLimit: options.rateLimit ?? { max: 1000, windowMs: 60_000 },
    });
    return app;
  } catch (error) {
    if (owned) await db.close().catch(() => {});
    throw error;
  }
}

/** Every user an API key names exists (a fresh one gets a plain profile), so /users/me answers for them. */
async function ensureUsers(ctx: AppContext, userIds: Set<string>): Promise<void> {
  const at = new Date(ctx.clock()).toISOString();
  for (const id of userIds) {
    await ctx.db.query("INSERT INTO users (id, email, name, created_at, updated_at) VALUES ($1, $2, $1, $3, $3) ON CONFLICT (id) DO NOTHING", [
      id,
      `${id.replace(/_/g, "-")}@users.example.com`,
      at,
    ]);
  }
}

/** VANTAGE_API_KEYS: comma-separated `key=user_id` or bare `key` (the seed user); default `test-key`. */
export function apiKeysFromEnv(value = process.env.VANTAGE_API_KEYS): Map<string, string> {
  const keys = parseApiKeys((value ?? "").split(","));
  return keys.size ? keys : parseApiKeys(["test-key"]);
}

declare module "fastify" {
  interface FastifyInstance {
    /** The reference server's database (for tests and tools). */
    database: Database;
  }
}
