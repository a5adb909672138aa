/** pglite-database: one PGlite instance as the Database interface (file-backed or the in-memory template). */
import type { PGlite } from "@electric-sql/pglite";
import type { Database, Queryable, Row } from "./types.js";
import { slimParsers } from "./pglite-parsers.js";

export async function wrapPglite(pg: PGlite, location: string, release: () => void = () => {}): Promise<Database> {
  await slimParsers(pg);
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
