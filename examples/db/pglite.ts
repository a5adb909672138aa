/**
 * The embedded engine: PGlite, real PostgreSQL in WebAssembly, in this
 * process. It runs one statement at a time (its own queue), so a
 * transaction holds the engine until it ends.
 *
 * Durability: PGlite writes its WAL through Node's fs on every commit, so a
 * committed transaction is in the operating system's hands before the
 * response goes out and survives the process being killed (kill -9). A lock
 * file (PATH.lock) refuses a second process on the same data folder, which would
 * corrupt it.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { Database, Queryable, Row } from "./database.js";
import { lockDataDir } from "./lock.js";

export async function openPglite(dataDir?: string): Promise<Database> {
  if (!dataDir) {
    const { openMemoryDatabase } = await import("./memory-template.js");
    return openMemoryDatabase();
  }
  mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const release = lockDataDir(dataDir);
  try {
    return wrapPglite(await PGlite.create(path.resolve(dataDir)), path.resolve(dataDir), release);
  } catch (error) {
    release();
    throw error;
  }
}

export function wrapPglite(pg: PGlite, location: string, release: () => void = () => {}): Database {
  const on = (q: { query: PGlite["query"] }): Queryable => ({
    query: async <T extends Row>(sql: string, params: unknown[] = []) => (await q.query<T>(sql, params)).rows,
  });
  const self = on(pg);
  return {
    engine: "pglite",
    location,
    query: self.query,
    transaction: (work) => pg.transaction((tx) => work(on(tx))),
    close: async () => {
      try {
        if (!pg.closed) await pg.close();
      } finally {
        release();
      }
    },
  };
}
