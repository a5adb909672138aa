/**
 * The embedded engine drops PGlite's per-array-type parsers it does not need
 * (examples/db/pglite-parsers.ts: PGlite copies the whole table on every
 * query). Values must come back exactly as an untouched PGlite returns them:
 * every base type PGlite parses, their arrays (the schema's text[] columns
 * among them), NULLs, and the engine's own tables.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { openDatabase, parseDatabaseUrl, type Database } from "../examples/db/database.js";
import { slimParsers } from "../examples/db/pglite-parsers.js";

const VALUES = `SELECT
  true AS bool, ARRAY[true, false] AS bools,
  1::int2 AS int2, 2::int4 AS int4, 9007199254740993::int8 AS int8, ARRAY[1, 2]::int4[] AS int4s, ARRAY[3]::int8[] AS int8s,
  1.5::float4 AS float4, 2.25::float8 AS float8, ARRAY[1.5]::float8[] AS float8s, 12.50::numeric AS numeric,
  'a'::text AS text, ARRAY['a', 'b,c', '{}']::text[] AS texts, 'v'::varchar AS varchar, ARRAY['x']::varchar[] AS varchars,
  '{"a":[1,{"b":null}]}'::jsonb AS jsonb, '[1]'::json AS json, ARRAY['{"x":1}'::jsonb] AS jsonbs,
  timestamptz '2024-02-29 12:00:00+00' AS tstz, ARRAY[timestamptz '2024-01-01 00:00:00+00'] AS tstzs,
  timestamp '2024-02-29 12:00:00' AS ts, date '2024-02-29' AS day, ARRAY[date '2024-01-01'] AS days,
  '\\x0102'::bytea AS bytea, gen_random_uuid() IS NOT NULL AS uuid_ok, ARRAY['00000000-0000-0000-0000-000000000000'::uuid] AS uuids,
  ARRAY[1.25]::numeric[] AS numerics, ARRAY['1 day'::interval] AS intervals, ARRAY['10.0.0.1'::inet] AS inets, ARRAY['n'::name] AS names,
  NULL::int4[] AS null_array, ARRAY[]::text[] AS empty_array`;

let db: Database;
let plain: PGlite;

beforeAll(async () => {
  db = await openDatabase(parseDatabaseUrl("memory:", ""));
  plain = await PGlite.create();
});

afterAll(async () => {
  await db?.close();
  await plain?.close();
});

describe("the embedded engine's parsers", () => {
  it("return every base type and its arrays as an untouched PGlite does", async () => {
    const [ours] = await db.query(VALUES);
    const [theirs] = (await plain.query<Record<string, unknown>>(VALUES)).rows;
    expect(ours).toEqual(theirs);
    // Not the text form: the arrays and JSON really are parsed.
    expect(ours.texts).toEqual(["a", "b,c", "{}"]);
    expect(ours.jsonbs).toEqual([{ x: 1 }]);
    expect(ours.tstzs).toEqual([new Date("2024-01-01T00:00:00Z")]);
  });

  it("keep the table PGlite copies on every query under V8's fast-copy size", async () => {
    const pg = await PGlite.create();
    try {
      expect(Object.keys(pg.parsers).length).toBeGreaterThan(200);
      await slimParsers(pg);
      // Past about 60 keys V8 copies the table 20 times slower (examples/db/pglite-parsers.ts).
      expect(Object.keys(pg.parsers).length).toBeLessThan(60);
      const [slim] = (await pg.query<Record<string, unknown>>(VALUES)).rows;
      const [theirs] = (await plain.query<Record<string, unknown>>(VALUES)).rows;
      expect(slim).toEqual(theirs);
    } finally {
      await pg.close();
    }
  });

  it("read the schema's array columns back as arrays", async () => {
    const [row] = await db.query<{ logs: unknown }>("SELECT logs FROM job_data LIMIT 1");
    if (row) expect(Array.isArray(row.logs)).toBe(true);
    const [events] = await db.query<{ events: unknown }>("SELECT ARRAY['job.completed','job.failed']::text[] AS events");
    expect(events.events).toEqual(["job.completed", "job.failed"]);
  });
});
