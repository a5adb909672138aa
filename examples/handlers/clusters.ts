/** Clusters (shared by every user): list with filters, one cluster, its nodes, and the caller's usage of it. */
import { HttpError } from "../../generated/server/index.js";
import type { Queryable } from "../db/database.js";
import { orderBy, pageOf, Params, timeFilters, WHERE, type ListColumns } from "../list.js";
import type { HandlerModule } from "./context.js";
import { period } from "./billing.js";

const CLUSTER_COLUMNS: ListColumns = { id: "id", created: "created_at", updated: "updated_at", name: "name" };
const NODE_COLUMNS: ListColumns = { id: "id", created: "created_at", updated: "created_at", name: "name" };

async function find(db: Queryable, id: string): Promise<never> {
  const [row] = await db.query<{ record: never }>("SELECT record FROM clusters WHERE id = $1", [id]);
  if (!row) throw HttpError.notFound(`No cluster ${id}`);
  return row.record;
}

export const clusterHandlers: HandlerModule<"listClusters" | "getCluster" | "getClusterUsage" | "listClusterNodes"> = (ctx) => ({
  listClusters: async ({ query }) => {
    const params = new Params();
    const where: string[] = [];
    if (query.type) where.push(`type = ${params.p(query.type)}`);
    if (query.status) where.push(`status = ${params.p(query.status)}`);
    if (query.provider) where.push(`provider = ${params.p(query.provider)}`);
    timeFilters(query, CLUSTER_COLUMNS, where, params);
    const { offset, limit, page } = pageOf(query);
    const countParams = params.values.slice();
    const [rows, [count]] = await Promise.all([
      ctx.db.query<{ record: never }>(
        `SELECT record FROM clusters ${WHERE(where)} ORDER BY ${orderBy(query.sort, CLUSTER_COLUMNS)} LIMIT ${params.p(limit)} OFFSET ${params.p(offset)}`,
        params.values,
      ),
      ctx.db.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM clusters ${WHERE(where)}`, countParams),
    ]);
    return { status: 200, body: { clusters: rows.map((r) => r.record), total: Number(count.n), page, per_page: limit } };
  },
  getCluster: async ({ params }) => ({ status: 200, body: await find(ctx.db, params.cluster_id) }),
  listClusterNodes: async ({ params: path, query }) => {
    await find(ctx.db, path.cluster_id);
    const params = new Params();
    const where = [`cluster_id = ${params.p(path.cluster_id)}`];
    if (query.status) where.push(`status = ${params.p(query.status)}`);
    timeFilters(query, NODE_COLUMNS, where, params);
    const { offset, limit, page } = pageOf(query);
    const countParams = params.values.slice();
    const [rows, [count]] = await Promise.all([
      ctx.db.query<{ record: never }>(
        `SELECT record FROM nodes ${WHERE(where)} ORDER BY ${orderBy(query.sort, NODE_COLUMNS)} LIMIT ${params.p(limit)} OFFSET ${params.p(offset)}`,
        params.values,
      ),
      ctx.db.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM nodes ${WHERE(where)}`, countParams),
    ]);
    return { status: 200, body: { nodes: rows.map((r) => r.record), total: Number(count.n), page, per_page: limit } };
  },
  // The caller's own use of the cluster: other users' jobs are theirs to see.
  getClusterUsage: async ({ params, query, auth }) => {
    await find(ctx.db, params.cluster_id);
    const { start, end } = period(ctx.clock, query.start_date, query.end_date);
    const [usage] = await ctx.db.query<{ cpu: number; gpu: number; completed: number; failed: number }>(
      `SELECT coalesce(sum(cpus), 0)::bigint * 2 AS cpu, coalesce(sum(gpus), 0)::bigint * 2 AS gpu,
              count(*) FILTER (WHERE status = 'completed')::bigint AS completed, count(*) FILTER (WHERE status = 'failed')::bigint AS failed
       FROM jobs WHERE owner_id = $1 AND cluster_id = $2 AND created_at >= $3::date AND created_at < $4::date + 1`,
      [auth.userId, params.cluster_id, start, end],
    );
    const cpuHours = Number(usage.cpu);
    const gpuHours = Number(usage.gpu);
    return {
      status: 200,
      body: {
        cluster_id: params.cluster_id,
        period_start: `${start}T00:00:00Z`,
        period_end: `${end}T23:59:59Z`,
        cpu_hours: cpuHours,
        gpu_hours: gpuHours,
        memory_gb_hours: cpuHours * 4,
        jobs_completed: Number(usage.completed),
        jobs_failed: Number(usage.failed),
        cost: { amount: Math.round((cpuHours * 0.05 + gpuHours * 2.5) * 100) / 100, currency: "USD" },
      },
    };
  },
});
