/**
 * Contract: the generated SDK against a real `prism mock --errors` of the
 * bundled spec. Every operation is called with valid input; Prism must see no
 * violation, the ajv oracle must accept every request the SDK sent, and the
 * SDK must hand back the spec's example as the typed result. Then every
 * declared error status, forced with `Prefer: code=…`, must raise its class.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadSpec } from "../generators/load/load.js";
import { startPrism, type PrismServer } from "./helpers/prism.js";
import { createRequestOracle, recordingFetch, type RecordedRequest } from "./helpers/request-oracle.js";
import { deref } from "./helpers/openapi-schema.js";
import {
  Vantage,
  type APIError,
  ValidationError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  RateLimitError,
  InternalServerError,
  type RequestOptions,
} from "../generated/client/index.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
let document: any;
let prism: PrismServer;
let tmp: string;
const recorded: RecordedRequest[] = [];
let vantage: Vantage;

beforeAll(async () => {
  document = (await loadSpec(path.join(repoRoot, "spec/openapi.yaml"))).document;
  tmp = mkdtempSync(path.join(os.tmpdir(), "vantage-contract-"));
  const bundled = path.join(tmp, "openapi.json");
  writeFileSync(bundled, JSON.stringify(document));
  prism = await startPrism({ mode: "mock", spec: bundled, errors: true });
  vantage = new Vantage({ apiKey: "test-key", baseUrl: prism.url, fetch: recordingFetch(recorded), maxRetries: 0 });
});

afterAll(async () => {
  await prism?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

type Call = (options?: RequestOptions) => Promise<unknown>;

/** One valid call per operation, keyed by operationId. */
function calls(): Record<string, Call> {
  const blob = new Blob(["id,value\n1,42\n"], { type: "text/csv" });
  return {
    listJobs: (o) => vantage.jobs.list({ status: "running", limit: 10, sort: "-created_at" }, o),
    createJob: (o) =>
      vantage.jobs.create({ name: "job-name", cluster_id: "cluster_123", command: "python script.py", resources: { cpus: 2, memory: "4GB", gpus: 0 } }, o),
    getJob: (o) => vantage.jobs.get("job_123", o),
    updateJob: (o) => vantage.jobs.update("job_123", { status: "cancelled" }, o),
    deleteJob: (o) => vantage.jobs.delete("job_123", o),
    getJobOutput: (o) => vantage.jobs.output("job_123", o),
    getJobLogs: (o) => vantage.jobs.logs("job_123", { tail: 100 }, o),
    listClusters: (o) => vantage.clusters.list({ type: "slurm", provider: "aws" }, o),
    getCluster: (o) => vantage.clusters.get("cluster_abc", o),
    getClusterUsage: (o) => vantage.clusters.usage("cluster_abc", { start_date: "2024-01-01", end_date: "2024-01-15" }, o),
    listClusterNodes: (o) => vantage.clusters.nodes("cluster_abc", { status: "idle" }, o),
    listFiles: (o) => vantage.storage.files.list({ path: "/outputs/" }, o),
    uploadFile: (o) => vantage.storage.files.upload({ file: blob, path: "/datasets/input.csv", overwrite: false }, o),
    getFileMetadata: (o) => vantage.storage.files.get("file_789", o),
    downloadFile: (o) => vantage.storage.files.download("file_789", o),
    deleteFile: (o) => vantage.storage.files.delete("file_789", o),
    listTeams: (o) => vantage.teams.list({ limit: 5 }, o),
    getTeam: (o) => vantage.teams.get("team_42", o),
    listTeamMembers: (o) => vantage.teams.members.list("team_42", { role: "member" }, o),
    addTeamMember: (o) => vantage.teams.members.add("team_42", { user_id: "user_789", role: "member" }, o),
    removeTeamMember: (o) => vantage.teams.members.remove("team_42", "user_789", o),
    getCurrentUser: (o) => vantage.users.me(o),
    updateCurrentUser: (o) => vantage.users.updateMe({ name: "Ada King", timezone: "America/New_York" }, o),
    listUserJobs: (o) => vantage.users.jobs.list("user_456", { status: "completed" }, o),
    getUsageSummary: (o) => vantage.billing.usage({ start_date: "2024-01-01", end_date: "2024-01-31" }, o),
    listInvoices: (o) => vantage.billing.invoices.list({ status: "paid" }, o),
    getInvoice: (o) => vantage.billing.invoices.get("inv_2024_01", o),
    getJobMetrics: (o) => vantage.monitoring.jobMetrics("job_123", { step: "60s" }, o),
    getClusterMetrics: (o) => vantage.monitoring.clusterMetrics("cluster_abc", { start: "2024-01-15T10:00:00Z", end: "2024-01-15T10:10:00Z" }, o),
    listWebhooks: (o) => vantage.webhooks.list({ active: true }, o),
    createWebhook: (o) => vantage.webhooks.create({ url: "https://example.com/hooks/vantage", events: ["job.completed"], secret: "whsec_5f2b8c1e9a7d4e3f" }, o),
    updateWebhook: (o) => vantage.webhooks.update("wh_001", { active: false }, o),
    deleteWebhook: (o) => vantage.webhooks.delete("wh_001", o),
  };
}

function operations(): Array<{ operationId: string; method: string; path: string; operation: any }> {
  return Object.entries(document.paths).flatMap(([p, item]: [string, any]) =>
    Object.entries(item)
      .filter(([method]) => ["get", "post", "put", "patch", "delete"].includes(method))
      .map(([method, operation]: [string, any]) => ({ operationId: operation.operationId, method, path: p, operation })),
  );
}

function successOf(operation: any): { status: string; mediaType?: string; example?: unknown } {
  const [status, ref] = Object.entries(operation.responses).find(([code]) => code.startsWith("2"))!;
  const response = deref(document, ref);
  const [mediaType, media] = Object.entries(response.content ?? {})[0] ?? [];
  return { status, mediaType, example: (media as any)?.example };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("every operation through the SDK against prism mock --errors", () => {
  it("covers exactly the operations of the spec", () => {
    expect(Object.keys(calls()).sort()).toEqual(
      operations()
        .map((o) => o.operationId)
        .sort(),
    );
  });

  it.each(Object.keys(calls()))("%s returns the spec's example, and the request obeys the spec", async (operationId) => {
    const op = operations().find((o) => o.operationId === operationId)!;
    const before = recorded.length;
    const data: any = await calls()[operationId]();
    const { mediaType, example } = successOf(op.operation);
    const pagination = op.operation["x-pagination"];
    if (pagination) {
      expect(data.items).toEqual((example as any)[pagination.items]);
      expect(data.total).toBe((example as any)[pagination.total]);
    } else if (mediaType === "application/octet-stream") {
      expect(data).toBeInstanceOf(ReadableStream);
      await readAll(data);
    } else if (mediaType === undefined) {
      expect(data).toBeUndefined();
    } else {
      expect(data).toEqual(example);
    }
    const sent = recorded.slice(before);
    expect(sent).toHaveLength(1);
    const oracle = createRequestOracle(document);
    const result = oracle.check(sent[0]);
    expect(result.operationId).toBe(operationId);
    expect(result.problems).toEqual([]);
    expect(sent[0].headers.get("authorization")).toBe("Bearer test-key");
  });

  it("Prism reported no violation for any of those requests", () => {
    expect(prism.violations()).toEqual([]);
  });

  it("withResponse() exposes the response, request id and rate limit", async () => {
    const { data, response, requestId, rateLimit } = await vantage.jobs.get("job_123").withResponse();
    expect(data.id).toBe("job_123");
    expect(response.status).toBe(200);
    const header = deref(document, document.components.headers["X-Request-ID"]);
    expect(requestId).toBe(header.schema.example);
    expect(rateLimit).toEqual({
      limit: deref(document, document.components.headers["X-RateLimit-Limit"]).schema.example,
      remaining: deref(document, document.components.headers["X-RateLimit-Remaining"]).schema.example,
      reset: deref(document, document.components.headers["X-RateLimit-Reset"]).schema.example,
    });
  });
});

const errorClasses: Record<string, new (...args: any[]) => APIError> = {
  "400": ValidationError,
  "401": AuthenticationError,
  "403": PermissionDeniedError,
  "404": NotFoundError,
  "429": RateLimitError,
  "500": InternalServerError,
};

describe("every declared error status raises its error class", () => {
  const cases = () =>
    operations().flatMap((op) =>
      Object.keys(op.operation.responses)
        .filter((status) => status in errorClasses)
        .map((status) => [op.operationId, status] as const),
    );

  it("there are error cases to check", () => {
    expect(cases().length).toBeGreaterThan(33 * 4);
  });

  it("each error status of each operation maps to its class with code and requestId", async () => {
    for (const [operationId, status] of cases()) {
      const op = operations().find((o) => o.operationId === operationId)!;
      const example = deref(document, op.operation.responses[status]).content["application/json"].example;
      const error = await calls()
        [operationId]({ headers: { Prefer: `code=${status}` }, maxRetries: 0 })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error, `${operationId} ${status}`).toBeInstanceOf(errorClasses[status]);
      const apiError = error as APIError;
      expect(apiError.status).toBe(Number(status));
      expect(apiError.code).toBe(example.error);
      expect(apiError.requestId).toBe(example.request_id);
      expect(apiError.message).toContain(example.message);
      expect(apiError.message).not.toContain("test-key");
    }
  });
});
