/**
 * Migrations: numbered, applied in order, each once, each in its own
 * transaction with its row in `schema_migrations`. An advisory lock makes
 * concurrent start-ups (several processes on one PostgreSQL server) apply
 * them one at a time. Add a migration by appending to MIGRATIONS; never edit
 * one that has shipped.
 */
import type { Database, Queryable } from "./types.js";
import { SCHEMA } from "./schema.js";
import { seed } from "./seed.js";

export interface Migration {
  version: number;
  name: string;
  up: string | ((tx: Queryable) => Promise<void>);
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: "schema", up: SCHEMA },
  { version: 2, name: "seed data", up: seed },
  // No query reads it (every job query names the owner first), yet every job written paid for it.
  { version: 3, name: "drop the unused index jobs_cluster_created", up: "DROP INDEX IF EXISTS jobs_cluster_created" },
];

const LOCK = 7_346_216; // any constant, the same in every process

export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db
    .query("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
    .catch(async (error) => {
      // Two processes creating it at once: one wins, the other sees it exist.
      const exists = await db.query("SELECT to_regclass('schema_migrations') AS t");
      if (!exists[0]?.t) throw error;
    });
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = await db.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [LOCK]);
      const seen = await tx.query("SELECT 1 FROM schema_migrations WHERE version = $1", [migration.version]);
      if (seen.length) return false;
      if (typeof migration.up === "string") await execScript(tx, migration.up);
      else await migration.up(tx);
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

/** Runs a script statement by statement (a parameterless query may hold only one on node-postgres' extended protocol). */
async function execScript(tx: Queryable, script: string): Promise<void> {
  for (const statement of splitStatements(script)) await tx.query(statement);
}

/** Splits on `;` outside quotes, dollar-quoted bodies and `--` comments. */
export function splitStatements(script: string): string[] {
  const out: string[] = [];
  let current = "";
  let i = 0;
  while (i < script.length) {
    const rest = script.slice(i);
    const dollar = /^\$[A-Za-z_]*\$/.exec(rest);
    if (dollar) {
      const end = script.indexOf(dollar[0], i + dollar[0].length);
      const stop = end < 0 ? script.length : end + dollar[0].length;
      current += script.slice(i, stop);
      i = stop;
    } else if (rest.startsWith("--")) {
      const end = script.indexOf("\n", i);
      i = end < 0 ? script.length : end + 1;
    } else if (script[i] === "'") {
      const end = script.indexOf("'", i + 1);
      const stop = end < 0 ? script.length : end + 1;
      current += script.slice(i, stop);
      i = stop;
    } else if (script[i] === ";") {
      if (current.trim()) out.push(current.trim());
      current = "";
      i++;
    } else {
      current += script[i++];
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
