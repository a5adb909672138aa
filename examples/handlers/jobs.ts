/**
 * Jobs: submit, read, list with filters, rename or cancel, delete, output and
 * logs. A job is visible to, and changeable by, the user who submitted it
 * only: another user's job answers 404, as one that does not exist.
 */
import { HttpError } from "../../generated/server/index.js";
import type { Queryable } from "../db/database.js";
import { idempotent } from "../idempotency.js";
import { orderBy, pageOf, Params, timeFilters, WHERE, type ListColumns, type ListQuery } from "../list.js";
import { environmentOf, JOB_COLUMNS, jobOf, type JobRecord } from "../rows.js";
import { nowIso, type AppContext, type HandlerModule } from "./context.js";

const FINISHED = new Set(["completed", "failed", "cancelled"]);
const COLUMNS: ListColumns = { id: "id", created: "created_at", updated: "updated_at", name: "name" };

interface JobFilter extends ListQuery {
  status?: string;
  cluster_id?: string;
}

/** The conditions of a job list: the owner, the status and cluster filters, and the time filters when asked. */
function conditions(owner: string, query: JobFilter, params: Params, withTime: boolean): { where: string[]; timed: boolean } {
  const where = [`owner_id = ${params.p(owner)}`];
  if (query.status) where.push(`status = ${params.p(query.status)}`);
  if (query.cluster_id) where.push(`cluster_id = ${params.p(query.cluster_id)}`);
  const timed = withTime && timeFilters(query, COLUMNS, where, params);
  return { where, timed };
}

/**
 * One page of the owner's jobs, from an index range (owner first). `total`
 * comes from the running counts per (owner, status, cluster), unless a time
 * filter asks for a count (an index range too).
 */
export async function listJobs(ctx: AppContext, owner: string, query: JobFilter) {
  const params = new Params();
  const total = timed(query)
    ? `SELECT count(*)::bigint AS n FROM jobs ${WHERE(conditions(owner, query, params, true).where)}`
    : `SELECT coalesce(sum(n), 0)::bigint AS n FROM job_counts ${WHERE(conditions(owner, query, params, false).where)}`;
  const { where } = conditions(owner, query, params, true);
  const { offset, limit, page } = pageOf(query);
  // One statement (one round trip to the engine): the total, joined to the page's rows (none on an empty page).
  const rows = await ctx.db.query(
    `SELECT total.n AS total_count, page.* FROM (${total}) AS total
     LEFT JOIN LATERAL (SELECT ${JOB_COLUMNS} FROM jobs ${WHERE(where)} ORDER BY ${orderBy(query.sort, COLUMNS)} LIMIT ${params.p(limit)} OFFSET ${params.p(offset)}) AS page ON true
     ORDER BY ${orderBy(query.sort, { id: "page.id", created: "page.created_at", updated: "page.updated_at", name: "page.name" })}`,
    params.values,
  );
  const items = rows.filter((r) => r.id !== null && r.id !== undefined);
  return { jobs: items.map(jobOf), total: Number(rows[0]?.total_count ?? 0), page, per_page: limit };
}

const timed = (q: ListQuery) => Boolean(q.created_after || q.created_before || q.updated_after || q.updated_before);

/** The caller's job, or 404 (another user's job is not there for them). */
export async function ownJob(db: Queryable, owner: string, id: string, lock = false): Promise<JobRecord> {
  const [row] = await db.query(`SELECT ${JOB_COLUMNS} FROM jobs WHERE id = $1 AND owner_id = $2${lock ? " FOR UPDATE" : ""}`, [id, owner]);
  if (!row) throw HttpError.notFound(`No job ${id}`);
  return jobOf(row);
}

export const jobHandlers: HandlerModule<"listJobs" | "createJob" | "getJob" | "updateJob" | "deleteJob" | "getJobOutput" | "getJobLogs" | "listUserJobs"> = (
  ctx,
) => ({
  listJobs: async ({ query, auth }) => {
    // Only the caller's jobs are visible: a user_id filter naming anyone else matches nothing.
    if (query.user_id && query.user_id !== auth.userId) return { status: 200, body: { jobs: [], total: 0, ...pageInfo(query) } };
    return { status: 200, body: await listJobs(ctx, auth.userId, query) };
  },
  listUserJobs: async ({ params, query, auth }) => {
    const [user] = await ctx.db.query("SELECT 1 FROM users WHERE id = $1", [params.user_id]);
    if (!user) throw HttpError.notFound(`No user ${params.user_id}`);
    if (params.user_id !== auth.userId) return { status: 200, body: { jobs: [], total: 0, ...pageInfo(query) } };
    return { status: 200, body: await listJobs(ctx, auth.userId, query) };
  },
  createJob: ({ body, auth, headers }) =>
    idempotent(ctx, { auth, operation: "createJob", key: headers["idempotency-key"], request: { body }, oneStatement: true }, async (tx) => {
      const at = nowIso(ctx);
      const environment = environmentOf(body.environment);
      // One statement: the cluster check, the job and its logs commit together without a transaction around them, so the
      // embedded engine (one statement at a time) is held for one round trip, not five. No row back: no such cluster.
      // Only the declared fields are stored, each in its own column: whatever else a client sends is dropped here.
      const [row] = await tx.query(
        `WITH job AS (
           INSERT INTO jobs (id, owner_id, name, status, cluster_id, command, cpus, memory, gpus, environment, working_directory, output_path, exit_code, created_at, updated_at)
           SELECT 'job_' || nextval('object_ids'), $1, $2, 'pending', c.id, $4, $5, $6, $7, $8::jsonb, $9, $10, NULL, $11, $11
           FROM clusters c WHERE c.id = $3
           RETURNING ${JOB_COLUMNS}
         ), data AS (
           INSERT INTO job_data (job_id, output, logs) SELECT id, '', $12 FROM job
         )
         SELECT * FROM job`,
        [
          auth.userId,
          String(body.name),
          String(body.cluster_id),
          String(body.command),
          Math.trunc(Number(body.resources.cpus)),
          String(body.resources.memory),
          Math.trunc(Number(body.resources.gpus ?? 0)),
          environment ? JSON.stringify(environment) : null,
          typeof body.working_directory === "string" ? body.working_directory : "/home/user",
          typeof body.output_path === "string" ? body.output_path : null,
          at,
          [`${at} submitted to ${body.cluster_id}`],
        ],
      );
      if (!row) throw HttpError.badRequest(`No cluster ${body.cluster_id}`, { field: "cluster_id", code: "not_found" });
      return { status: 201 as const, body: jobOf(row) };
    }),
  getJob: async ({ params, auth }) => ({ status: 200, body: await ownJob(ctx.db, auth.userId, params.job_id) }),
  updateJob: ({ params, body, auth }) =>
    ctx.db.transaction(async (tx) => {
      const job = await ownJob(tx, auth.userId, params.job_id, true);
      const at = nowIso(ctx);
      if (body.status === "cancelled") {
        if (FINISHED.has(job.status))
          throw HttpError.badRequest(`Job ${job.id} has already finished (${job.status})`, { field: "status", code: "invalid_state" });
        await tx.query("UPDATE jobs SET status = 'cancelled', completed_at = $2 WHERE id = $1", [job.id, at]);
        await tx.query("UPDATE job_data SET logs = array_append(logs, $2) WHERE job_id = $1", [job.id, `${at} cancelled`]);
      }
      const [row] = await tx.query(`UPDATE jobs SET name = coalesce($2, name), updated_at = $3 WHERE id = $1 RETURNING ${JOB_COLUMNS}`, [
        job.id,
        typeof body.name === "string" ? body.name : null,
        at,
      ]);
      return { status: 200, body: jobOf(row) };
    }),
  deleteJob: async ({ params, auth }) => {
    const deleted = await ctx.db.query("DELETE FROM jobs WHERE id = $1 AND owner_id = $2 RETURNING id", [params.job_id, auth.userId]);
    if (!deleted.length) throw HttpError.notFound(`No job ${params.job_id}`);
    return { status: 204 };
  },
  getJobOutput: async ({ params, auth }) => {
    const [row] = await ctx.db.query<{ output: string }>("SELECT d.output FROM jobs j JOIN job_data d ON d.job_id = j.id WHERE j.id = $1 AND j.owner_id = $2", [
      params.job_id,
      auth.userId,
    ]);
    if (!row) throw HttpError.notFound(`No job ${params.job_id}`);
    return { status: 200, body: row.output };
  },
  getJobLogs: async ({ params, query, auth }) => {
    const [row] = await ctx.db.query<{ logs: string[] }>("SELECT d.logs FROM jobs j JOIN job_data d ON d.job_id = j.id WHERE j.id = $1 AND j.owner_id = $2", [
      params.job_id,
      auth.userId,
    ]);
    if (!row) throw HttpError.notFound(`No job ${params.job_id}`);
    const lines = row.logs ?? [];
    const shown = query.tail ? lines.slice(-query.tail) : lines;
    return { status: 200, body: shown.map((l) => `${l}\n`).join("") };
  },
});

function pageInfo(query: ListQuery) {
  const { page, limit } = pageOf(query);
  return { page, per_page: limit };
}
