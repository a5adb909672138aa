/** Billing: the caller's usage over a period, and the account's invoices (the seed user's). */
import { HttpError } from "../../generated/server/index.js";
import { orderBy, pageOf, Params, timeFilters, WHERE, type ListColumns } from "../list.js";
import type { HandlerModule } from "./context.js";

const money = (amount: number) => ({ amount: Math.round(amount * 100) / 100, currency: "USD" });
const COLUMNS: ListColumns = { id: "id", created: "created_at", updated: "created_at", name: "number" };

/** The first day of this month and today (UTC), for periods that default to the current month. */
export function period(clock: () => number, start?: string, end?: string): { start: string; end: string } {
  const today = new Date(clock()).toISOString().slice(0, 10);
  const period = { start: start ?? `${today.slice(0, 8)}01`, end: end ?? today };
  if (period.start > period.end) throw HttpError.badRequest("start_date is after end_date", { field: "start_date", code: "out_of_range" });
  return period;
}

export const billingHandlers: HandlerModule<"getUsageSummary" | "listInvoices" | "getInvoice"> = (ctx) => ({
  getUsageSummary: async ({ query, auth }) => {
    const { start, end } = period(ctx.clock, query.start_date, query.end_date);
    const [jobs] = await ctx.db.query<{ cpu: number; gpu: number }>(
      "SELECT coalesce(sum(cpus), 0)::bigint * 2 AS cpu, coalesce(sum(gpus), 0)::bigint * 2 AS gpu FROM jobs WHERE owner_id = $1 AND created_at >= $2::date AND created_at < $3::date + 1",
      [auth.userId, start, end],
    );
    const [files] = await ctx.db.query<{ bytes: number }>("SELECT coalesce(sum(size), 0)::bigint AS bytes FROM files WHERE owner_id = $1", [auth.userId]);
    const cpu = Number(jobs.cpu);
    const gpu = Number(jobs.gpu);
    const stored = Number(files.bytes) / 1e9;
    const breakdown = [
      { category: "compute" as const, quantity: cpu, unit: "cpu_hour", cost: money(cpu * 0.05) },
      { category: "gpu" as const, quantity: gpu, unit: "gpu_hour", cost: money(gpu * 2.5) },
      { category: "storage" as const, quantity: Math.round(stored * 1000) / 1000, unit: "gb_month", cost: money(stored * 0.1) },
    ];
    return {
      status: 200,
      body: { period_start: start, period_end: end, total_cost: money(breakdown.reduce((sum, b) => sum + b.cost.amount, 0)), breakdown },
    };
  },
  listInvoices: async ({ query, auth }) => {
    const params = new Params();
    const where = [`owner_id = ${params.p(auth.userId)}`];
    if (query.status) where.push(`status = ${params.p(query.status)}`);
    timeFilters(query, COLUMNS, where, params);
    const { offset, limit, page } = pageOf(query);
    const countParams = params.values.slice();
    const [rows, [count]] = await Promise.all([
      ctx.db.query<{ record: never }>(
        `SELECT record FROM invoices ${WHERE(where)} ORDER BY ${orderBy(query.sort, COLUMNS)} LIMIT ${params.p(limit)} OFFSET ${params.p(offset)}`,
        params.values,
      ),
      ctx.db.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM invoices ${WHERE(where)}`, countParams),
    ]);
    return { status: 200, body: { invoices: rows.map((r) => r.record), total: Number(count.n), page, per_page: limit } };
  },
  getInvoice: async ({ params, auth }) => {
    const [row] = await ctx.db.query<{ record: never }>("SELECT record FROM invoices WHERE id = $1 AND owner_id = $2", [params.invoice_id, auth.userId]);
    if (!row) throw HttpError.notFound(`No invoice ${params.invoice_id}`);
    return { status: 200, body: row.record };
  },
});
