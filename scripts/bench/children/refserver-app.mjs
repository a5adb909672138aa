/**
 * Child process for the refserver section (bundled by esbuild at bench
 * start, since it imports examples/ TypeScript): the reference server on
 * PGlite in a data folder, or on a PostgreSQL server when argv[2] is a
 * postgres:// URL, first bulk-loaded with argv[3] jobs of one user
 * (bench-key → user_bench) by one generate_series INSERT. Logging off (the
 * bench measures the server, not the terminal).
 *
 * The load is what a bulk import would do: the job indexes (whatever the
 * migrations left, read from the catalog) are dropped and rebuilt after
 * the rows are in; the per-row count trigger is off and the owner's counts
 * are recounted once; ids come from one reservation of the id sequence. A
 * VACUUM (ANALYZE) after it sets the visibility map and hint bits, so the
 * measured requests do not pay for the load's first reads.
 */
import { buildApp } from "../../../examples/app.ts";
import { openDatabase, parseDatabaseUrl } from "../../../examples/db/database.ts";
import { migrate } from "../../../examples/db/migrations.ts";
import { announceAndGuard } from "./server-lifetime.mjs";

const [target, jobsArg] = process.argv.slice(2);
const jobs = Number(jobsArg);
const say = (line) => process.stderr.write(`[refserver] ${line}\n`);
const database = await openDatabase(target.startsWith("postgres") ? parseDatabaseUrl(target, "") : { engine: "pglite", dataDir: target });
await migrate(database);

const [{ n }] = await database.query("SELECT count(*)::int AS n FROM jobs WHERE owner_id = 'user_bench'");
if (n < jobs) {
  const started = Date.now();
  const lap = () => ((Date.now() - started) / 1000).toFixed(1);
  await database.transaction(async (tx) => {
    const indexes = await tx.query(
      "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'jobs' AND indexname <> 'jobs_pkey'",
    );
    for (const { indexname } of indexes) await tx.query(`DROP INDEX ${indexname}`);
    await tx.query("ALTER TABLE jobs DISABLE TRIGGER jobs_count_insert");
    const [{ first }] = await tx.query("SELECT nextval('object_ids') AS first");
    await tx.query("SELECT setval('object_ids', $1::bigint + $2::int - 1)", [first, jobs - n]);
    // A year of jobs, 30 seconds apart; statuses, clusters and names cycle so every filter matches a share.
    await tx.query(
      `INSERT INTO jobs (id, owner_id, name, status, cluster_id, command, cpus, memory, gpus, environment, working_directory, output_path, exit_code, created_at, updated_at, started_at, completed_at)
       SELECT 'job_' || ($3::bigint + g - $2::int), 'user_bench', 'bench-' || lpad(((g::bigint * 7919) % $1)::text, 7, '0'),
              (ARRAY['pending','queued','running','completed','failed','cancelled'])[1 + g % 6],
              (ARRAY['cluster_abc','cluster_k8s','cluster_lab'])[1 + g % 3], 'python bench.py', 1 + g % 8, '4GB', g % 2, NULL, '/home/user', NULL, NULL,
              timestamptz '2024-01-01' + g * interval '30 seconds', timestamptz '2024-01-01' + g * interval '30 seconds' + (g % 97) * interval '1 minute', NULL, NULL
       FROM generate_series($2::int, $1::int) AS g`,
      [jobs, n + 1, first],
    );
    say(`inserted ${jobs - n} jobs in ${lap()} s`);
    // The owner's running counts, recounted from the rows (set, not added: right whatever an earlier load left).
    await tx.query(
      `INSERT INTO job_counts (owner_id, status, cluster_id, n)
       SELECT owner_id, status, cluster_id, count(*) FROM jobs WHERE owner_id = 'user_bench' GROUP BY 1, 2, 3
       ON CONFLICT (owner_id, status, cluster_id) DO UPDATE SET n = excluded.n`,
    );
    await tx.query("ALTER TABLE jobs ENABLE TRIGGER jobs_count_insert");
    for (const { indexdef } of indexes) await tx.query(indexdef);
    say(`indexes rebuilt at ${lap()} s`);
  });
  await database.query("VACUUM (ANALYZE) jobs");
  say(`loaded and indexed ${jobs} jobs in ${lap()} s`);
}
const app = await buildApp({
  apiKeys: ["bench-key=user_bench", "other-key=user_other"],
  rateLimit: false,
  database,
  logger: process.env.REFSERVER_LOG ? { level: "warn" } : false,
});
await app.listen({ host: "127.0.0.1", port: 0 });
announceAndGuard(app.server.address().port, async () => {
  await app.close();
  await database.close();
});
