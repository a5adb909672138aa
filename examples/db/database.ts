/**
 * The reference server's database: one interface over two real PostgreSQL
 * engines, so one SQL dialect serves both. PGlite (Postgres compiled to
 * WebAssembly, in-process) is the default and needs no set-up; a real
 * PostgreSQL server is used when DATABASE_URL is a postgres:// URL.
 *
 *   (none)                 PGlite in the default data folder (the caller names it)
 *   file:PATH              PGlite with its data folder at PATH
 *   memory:                PGlite in memory (nothing survives the process; tests)
 *   postgres://…           node-postgres pool on a PostgreSQL server
 */
import type { Database } from "./types.js";

export type { Database, Queryable, Row } from "./types.js";

export type DatabaseTarget = { engine: "pglite"; dataDir?: string } | { engine: "postgres"; url: string };

/** Reads a DATABASE_URL; `defaultDataDir` is where PGlite lives when none is given. */
export function parseDatabaseUrl(value: string | undefined, defaultDataDir: string): DatabaseTarget {
  const url = value?.trim();
  if (!url) return { engine: "pglite", dataDir: defaultDataDir };
  if (url === "memory:" || url === "memory://") return { engine: "pglite" };
  if (url.startsWith("file:")) {
    const dataDir = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!dataDir) throw new Error("DATABASE_URL=file:PATH needs a PATH");
    return { engine: "pglite", dataDir };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { engine: "postgres", url };
  throw new Error(`DATABASE_URL must be file:PATH, memory: or postgres://…, got ${JSON.stringify(url.replace(/:[^:@/]*@/, ":***@"))}`);
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.engine === "postgres") {
    const { openPostgres } = await import("./postgres.js");
    return openPostgres(target.url);
  }
  const { openPglite } = await import("./pglite.js");
  return openPglite(target.dataDir);
}
