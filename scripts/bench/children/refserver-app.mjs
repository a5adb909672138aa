/**
 * Child process for the refserver section (bundled by esbuild at bench
 * start, since it imports examples/ TypeScript): the reference server on
 * PGlite in a data folder (argv[2]), first bulk-loaded with argv[3] jobs of
 * one user (bench-key → user_bench) by one generate_series INSERT: the job
 * indexes are dropped for the load and rebuilt after it, as a bulk import
 * would. Logging off (the bench measures the server, not the terminal).
 */
import { buildApp } from "../../../examples/app.ts";
import { openDatabase } from "../../../examples/db/database.ts";
import { SCHEMA } from "../../../examples/db/schema.ts";
import { announceAndGuard } from "./server-lifetime.mjs";

const [dataDir, jobsArg] = process.argv.slice(2);
const jobs = Number(jobsArg);
const say = (line) => process.stderr.write(`[refserver] ${line}\n`);
const database = await openDatabase({ engine: "pglite", dataDir });
const app = await buildApp({
  apiKeys: ["bench-key=user_bench", "other-key=user_other"],
  rateLimit: false,
  database,
  logger: process.env.REFSERVER_LOG ? { level: "warn" } : false,
});

const [{ n }] = await database.query("SELECT count(*)::int AS n FROM jobs WHERE owner_id = 'user_bench'");
if (n < jobs) {
  const started = Date.now();
  const indexes = [...SCHEMA.matchAll(/CREATE INDEX (jobs_\w+) ON jobs \([^)]*\);/g)];
  await database.transaction(async (tx) => {
    for (const [, name] of indexes) await tx.query(`DROP INDEX ${name}`);
    // A year of jobs, a few seconds apart; statuses, clusters and names cycle so every filter matches a share.
    await tx.query(
      `INSERT INTO jobs (id, owner_id, name, status, cluster_id, command, cpus, memory, gpus, environment, working_directory, output_path, exit_code, created_at, updated_at, started_at, completed_at)
       SELECT 'job_' || nextval('object_ids'), 'user_bench', 'bench-' || lpad(((g::bigint * 7919) % $1)::text, 7, '0'),
              (ARRAY['pending','queued','running','completed','failed','cancelled'])[1 + g % 6],
              (ARRAY['cluster_abc','cluster_k8s','cluster_lab'])[1 + g % 3], 'python bench.py', 1 + g % 8, '4GB', g % 2, NULL, '/home/user', NULL, NULL,
              timestamptz '2024-01-01' + g * interval '30 seconds', timestamptz '2024-01-01' + g * interval '30 seconds' + (g % 97) * interval '1 minute', NULL, NULL
       FROM generate_series($2::int, $1::int) AS g`,
      [jobs, n + 1],
    );
    say(`inserted ${jobs - n} jobs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const [statement] of indexes) await tx.query(statement);
  });
  await database.query("ANALYZE jobs");
  say(`loaded and indexed ${jobs} jobs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
await app.listen({ host: "127.0.0.1", port: 0 });
announceAndGuard(app.server.address().port, async () => {
  await app.close();
  await database.close();
});
