/**
 * pglite-parsers: PGlite copies its whole parser table (`{ ...pg.parsers }`)
 * on every query, and after start-up that table holds a parser for each of
 * the ~300 array types it found: the copy alone took most of a query's time
 * (0.8 ms of about 1.3 ms for `SELECT 1` here). Values of the base types it
 * knows are parsed from PGlite's own defaults when the table has no entry,
 * so the table only needs those base types (an array's parser looks its
 * element's up in the table) and the arrays of the types columns are
 * declared with: one query at open keeps those (about 45) and drops the
 * rest. An array of any other type (`regclass[]`, `tsvector[]`…) then
 * arrives as PostgreSQL's text form, as a value of an unknown type does.
 */
import { types, type PGlite } from "@electric-sql/pglite";

type Parsers = PGlite["parsers"];

/** Other types a column is commonly declared with, whose arrays PGlite would split into strings. */
const COLUMN_TYPES = ["uuid", "numeric", "name", "char", "inet", "cidr", "macaddr", "interval", "time", "timetz", "money"];

/** Keeps the table under V8's fast-copy size (about 60 keys; the copy costs 20 times more past it). */
export async function slimParsers(pg: PGlite): Promise<void> {
  const base = Object.keys(types.parsers).map(Number).filter(Number.isInteger);
  const { rows } = await pg.query<{ oid: number }>(
    `SELECT a.oid::int AS oid FROM pg_type a JOIN pg_type e ON e.oid = a.typelem
     WHERE a.typcategory = 'A' AND (e.oid = ANY($1::oid[]) OR (e.typnamespace = 'pg_catalog'::regnamespace AND e.typname = ANY($2::text[])))`,
    [base, COLUMN_TYPES],
  );
  const kept: Parsers = {};
  // An array's parser looks its element's parser up in this table, so the base types stay too.
  for (const oid of [...base, ...rows.map((r) => r.oid)]) if (pg.parsers[oid]) kept[oid] = pg.parsers[oid];
  pg.parsers = kept;
}
