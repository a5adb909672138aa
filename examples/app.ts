/**
 * The reference Vantage server: the generated stubs (vantageRoutes) with
 * every operation implemented over the in-memory store. Built as a function
 * so tests can start as many independent servers as they like.
 */
import Fastify, { type FastifyInstance } from "fastify";
import { serverOptions, vantageRoutes } from "../generated/server/index.js";
import { createStore, CURRENT_USER_ID, type Store } from "./store.js";
import type { Handlers, Principal } from "./handlers/context.js";
import { jobHandlers } from "./handlers/jobs.js";
import { clusterHandlers } from "./handlers/clusters.js";
import { storageHandlers } from "./handlers/storage.js";
import { teamHandlers } from "./handlers/teams.js";
import { userHandlers } from "./handlers/users.js";
import { billingHandlers } from "./handlers/billing.js";
import { monitoringHandlers } from "./handlers/monitoring.js";
import { webhookHandlers } from "./handlers/webhooks.js";

export interface AppOptions {
  /** Bearer tokens accepted (all act as the seed user). */
  apiKeys: string[];
  /** Requests a minute per client; false for none. */
  rateLimit?: { max: number; windowMs: number } | false;
  logger?: boolean | { level: string };
  store?: Store;
}

export function handlersFor(store: Store): Handlers {
  return {
    ...jobHandlers(store),
    ...clusterHandlers(store),
    ...storageHandlers(store),
    ...teamHandlers(store),
    ...userHandlers(store),
    ...billingHandlers(store),
    ...monitoringHandlers(store),
    ...webhookHandlers(store),
  };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const store = options.store ?? createStore();
  const keys = new Set(options.apiKeys);
  const app = Fastify(serverOptions({ logger: options.logger ?? false }));
  await app.register(vantageRoutes, {
    handlers: handlersFor(store),
    authenticate: (token): Principal | null => (keys.has(token) ? { userId: CURRENT_USER_ID } : null),
    rateLimit: options.rateLimit ?? { max: 1000, windowMs: 60_000 },
  });
  return app;
}

/** VANTAGE_API_KEYS (comma-separated, default `test-key`). */
export function apiKeysFromEnv(value = process.env.VANTAGE_API_KEYS): string[] {
  const keys = (value ?? "test-key").split(",").map((k) => k.trim()).filter(Boolean);
  return keys.length ? keys : ["test-key"];
}
