/** Monitoring: deterministic time series for one of the caller's jobs, or a cluster, over a window. */
import { HttpError } from "../../generated/server/index.js";
import type { HandlerModule } from "./context.js";
import { ownJob } from "./jobs.js";

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const MAX_POINTS = 1000;

interface Window {
  start?: string;
  end?: string;
  step: string;
}

/** Points from start to end every step; a wave so charts have something to show. */
function series(now: number, window: Window, metrics: { metric: string; unit: "percent" | "bytes" | "count"; base: number; swing: number }[]) {
  const end = window.end ? Date.parse(window.end) : now;
  const start = window.start ? Date.parse(window.start) : end - 3_600_000;
  if (start > end) throw HttpError.badRequest("start is after end", { field: "start", code: "out_of_range" });
  const stepMs = Number(window.step.slice(0, -1)) * UNIT_MS[window.step.slice(-1)];
  if ((end - start) / stepMs > MAX_POINTS)
    throw HttpError.badRequest(`more than ${MAX_POINTS} points: use a larger step`, { field: "step", code: "too_many_points" });
  const times: number[] = [];
  for (let t = start + stepMs; t <= end; t += stepMs) times.push(t);
  return {
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    step: window.step,
    series: metrics.map((m) => ({
      metric: m.metric,
      unit: m.unit,
      points: times.map((t, i) => ({ timestamp: new Date(t).toISOString(), value: Math.max(0, Math.round((m.base + m.swing * Math.sin(i / 3)) * 10) / 10) })),
    })),
  };
}

export const monitoringHandlers: HandlerModule<"getJobMetrics" | "getClusterMetrics"> = (ctx) => ({
  getJobMetrics: async ({ params, query, auth }) => {
    await ownJob(ctx.db, auth.userId, params.job_id);
    const body = series(ctx.clock(), query, [
      { metric: "cpu_utilization", unit: "percent", base: 80, swing: 10 },
      { metric: "memory_used", unit: "bytes", base: 6.4e9, swing: 5e8 },
    ]);
    return { status: 200, body: { job_id: params.job_id, ...body } };
  },
  getClusterMetrics: async ({ params, query }) => {
    const [cluster] = await ctx.db.query("SELECT 1 FROM clusters WHERE id = $1", [params.cluster_id]);
    if (!cluster) throw HttpError.notFound(`No cluster ${params.cluster_id}`);
    const body = series(ctx.clock(), query, [
      { metric: "cpu_utilization", unit: "percent", base: 60, swing: 15 },
      { metric: "jobs_running", unit: "count", base: 14, swing: 4 },
    ]);
    return { status: 200, body: { cluster_id: params.cluster_id, ...body } };
  },
});
