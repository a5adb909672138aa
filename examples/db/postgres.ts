/**
 * A real PostgreSQL server through node-postgres: a pool of connections, so
 * several server processes can share one database. Types come back as the
 * embedded engine returns them (bigint counts as numbers, bytea as bytes).
 */
import pg from "pg";
import type { Database, Queryable, Row } from "./types.js";

// int8 (counts, sums) as numbers, like PGlite; they stay far below 2^53 here.
const types = {
  getTypeParser: (oid: number, format?: "text" | "binary") => (oid === 20 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as "text")),
};

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, types: types as never });
  // A connection that breaks while idle must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  await pool.query("SELECT 1");
  const safe = new URL(url);
  if (safe.password) safe.password = "***";
  const query: Queryable["query"] = async <T extends Row>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[];
  return {
    engine: "postgres",
    location: safe.toString(),
    query,
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work({ query: async <T extends Row>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[] });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
