/** Clusters: list with filters, one cluster, its nodes and its usage. */
import { HttpError } from "../../generated/server/index.js";
import { listPage } from "../list.js";
import type { HandlerModule } from "./context.js";

export const clusterHandlers: HandlerModule<"listClusters" | "getCluster" | "getClusterUsage" | "listClusterNodes"> = (store) => {
  const find = (id: string) => {
    const cluster = store.clusters.get(id);
    if (!cluster) throw HttpError.notFound(`No cluster ${id}`);
    return cluster;
  };
  return {
    listClusters: ({ query }) => {
      const rows = [...store.clusters.values()].filter(
        (c) => (!query.type || c.type === query.type) && (!query.status || c.status === query.status) && (!query.provider || c.provider === query.provider),
      );
      const page = listPage(rows, query);
      return { status: 200, body: { clusters: page.items, total: page.total, page: page.page, per_page: page.per_page } };
    },
    getCluster: ({ params }) => ({ status: 200, body: find(params.cluster_id) }),
    listClusterNodes: ({ params, query }) => {
      find(params.cluster_id);
      const rows = store.nodes.filter((n) => n.cluster_id === params.cluster_id && (!query.status || n.status === query.status));
      const page = listPage(rows, query);
      return { status: 200, body: { nodes: page.items, total: page.total, page: page.page, per_page: page.per_page } };
    },
    getClusterUsage: ({ params, query }) => {
      find(params.cluster_id);
      const today = new Date().toISOString().slice(0, 10);
      const start = query.start_date ?? `${today.slice(0, 8)}01`;
      const end = query.end_date ?? today;
      if (start > end) throw HttpError.badRequest("start_date is after end_date", { field: "start_date", code: "out_of_range" });
      const jobs = [...store.jobs.values()].filter((j) => j.cluster_id === params.cluster_id && j.created_at.slice(0, 10) >= start && j.created_at.slice(0, 10) <= end);
      const cpuHours = jobs.reduce((sum, j) => sum + j.resources.cpus * 2, 0);
      const gpuHours = jobs.reduce((sum, j) => sum + (j.resources.gpus ?? 0) * 2, 0);
      return {
        status: 200,
        body: {
          cluster_id: params.cluster_id,
          period_start: `${start}T00:00:00Z`,
          period_end: `${end}T23:59:59Z`,
          cpu_hours: cpuHours,
          gpu_hours: gpuHours,
          memory_gb_hours: cpuHours * 4,
          jobs_completed: jobs.filter((j) => j.status === "completed").length,
          jobs_failed: jobs.filter((j) => j.status === "failed").length,
          cost: { amount: Math.round((cpuHours * 0.05 + gpuHours * 2.5) * 100) / 100, currency: "USD" },
        },
      };
    },
  };
};
