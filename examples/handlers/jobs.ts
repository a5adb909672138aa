/** Jobs: submit, read, list with filters, rename or cancel, delete, output and logs. */
import { HttpError } from "../../generated/server/index.js";
import { listPage } from "../list.js";
import type { JobRecord } from "../store.js";
import { now, once, type HandlerModule } from "./context.js";

const FINISHED = new Set(["completed", "failed", "cancelled"]);

export const jobHandlers: HandlerModule<"listJobs" | "createJob" | "getJob" | "updateJob" | "deleteJob" | "getJobOutput" | "getJobLogs" | "listUserJobs"> = (store) => {
  const find = (id: string): JobRecord => {
    const job = store.jobs.get(id);
    if (!job) throw HttpError.notFound(`No job ${id}`);
    return job;
  };
  const filtered = (q: { status?: string; cluster_id?: string; user_id?: string }) =>
    [...store.jobs.values()].filter((j) => (!q.status || j.status === q.status) && (!q.cluster_id || j.cluster_id === q.cluster_id) && (!q.user_id || j.user_id === q.user_id));
  return {
    listJobs: ({ query }) => {
      const page = listPage(filtered(query), query);
      return { status: 200, body: { jobs: page.items, total: page.total, page: page.page, per_page: page.per_page } };
    },
    listUserJobs: ({ params, query }) => {
      if (!store.users.has(params.user_id)) throw HttpError.notFound(`No user ${params.user_id}`);
      const page = listPage(filtered({ ...query, user_id: params.user_id }), query);
      return { status: 200, body: { jobs: page.items, total: page.total, page: page.page, per_page: page.per_page } };
    },
    createJob: ({ body, auth, headers }) =>
      once(store, auth, headers["idempotency-key"], () => {
        if (!store.clusters.has(body.cluster_id)) {
          throw HttpError.badRequest(`No cluster ${body.cluster_id}`, { field: "cluster_id", code: "not_found" });
        }
        const at = now();
        const job: JobRecord = {
          id: store.nextId("job"),
          name: body.name,
          status: "pending",
          cluster_id: body.cluster_id,
          user_id: auth.userId,
          command: body.command,
          resources: { ...body.resources, gpus: body.resources.gpus ?? 0 },
          ...(body.environment ? { environment: body.environment } : {}),
          working_directory: body.working_directory ?? "/home/user",
          ...(body.output_path ? { output_path: body.output_path } : {}),
          exit_code: null,
          created_at: at,
          updated_at: at,
          started_at: null,
          completed_at: null,
        };
        store.jobs.set(job.id, job);
        store.jobOutput.set(job.id, "");
        store.jobLogs.set(job.id, [`${at} submitted to ${job.cluster_id}`]);
        return { status: 201 as const, body: job };
      }),
    getJob: ({ params }) => ({ status: 200, body: find(params.job_id) }),
    updateJob: ({ params, body }) => {
      const job = find(params.job_id);
      if (body.status === "cancelled") {
        if (FINISHED.has(job.status)) throw HttpError.badRequest(`Job ${job.id} has already finished (${job.status})`, { field: "status", code: "invalid_state" });
        job.status = "cancelled";
        job.completed_at = now();
        store.jobLogs.get(job.id)?.push(`${job.completed_at} cancelled`);
      }
      if (body.name !== undefined) job.name = body.name;
      job.updated_at = now();
      return { status: 200, body: job };
    },
    deleteJob: ({ params }) => {
      find(params.job_id);
      store.jobs.delete(params.job_id);
      store.jobOutput.delete(params.job_id);
      store.jobLogs.delete(params.job_id);
      return { status: 204 };
    },
    getJobOutput: ({ params }) => {
      find(params.job_id);
      return { status: 200, body: store.jobOutput.get(params.job_id) ?? "" };
    },
    getJobLogs: ({ params, query }) => {
      find(params.job_id);
      const lines = store.jobLogs.get(params.job_id) ?? [];
      const shown = query.tail ? lines.slice(-query.tail) : lines;
      return { status: 200, body: shown.map((l) => `${l}\n`).join("") };
    },
  };
};
