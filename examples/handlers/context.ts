/** What every handler module of the reference server shares. */
import type { VantageHandlers } from "../../generated/server/index.js";
import type { Database } from "../db/database.js";

/** Who a request acts for: the user the API key maps to. */
export interface Principal {
  userId: string;
}

export type Handlers = VantageHandlers<Principal>;

/** The database and the clock (injectable, so tests can move time). */
export interface AppContext {
  db: Database;
  /** Milliseconds since the epoch. */
  clock: () => number;
}

export type HandlerModule<K extends keyof Handlers> = (ctx: AppContext) => Required<Pick<Handlers, K>>;

export const nowIso = (ctx: AppContext) => new Date(ctx.clock()).toISOString();
