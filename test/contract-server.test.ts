/**
 * Contract: the reference server (examples/, built on the generated stubs)
 * behind a real `prism proxy --errors`. A stateful walk through the generated
 * SDK touches all 33 operations; Prism must see no violation in any request
 * or response, the ajv request oracle must accept every request, and what
 * the walk wrote must read back (created job readable, deleted job 404,
 * downloaded bytes equal uploaded ones). Then Redocly Respect runs the same
 * walk from test/respect/vantage.arazzo.yaml as a second oracle, checking
 * every status, content type and body against the spec.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { loadSpec } from "../generators/load/load.js";
import { startPrism, type PrismServer } from "./helpers/prism.js";
import { createRequestOracle, recordingFetch, type RecordedRequest } from "./helpers/request-oracle.js";
import { Vantage, NotFoundError, PermissionDeniedError, ValidationError } from "../generated/client/index.js";
import { buildApp } from "../examples/app.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);
let document: any;
let tmp: string;
let bundled: string;
let app: FastifyInstance | undefined;
let serverUrl: string;
let prism: PrismServer | undefined;
const recorded: RecordedRequest[] = [];
let vantage: Vantage;

beforeAll(async () => {
  document = (await loadSpec(path.join(repoRoot, "spec/openapi.yaml"))).document;
  tmp = mkdtempSync(path.join(os.tmpdir(), "vantage-contract-server-"));
  bundled = path.join(tmp, "openapi.json");
  writeFileSync(bundled, JSON.stringify(document));
  app = await buildApp({ apiKeys: ["test-key"] });
  serverUrl = await app.listen({ host: "127.0.0.1", port: 0 });
  prism = await startPrism({ mode: "proxy", spec: bundled, upstream: serverUrl, errors: true });
  vantage = new Vantage({ apiKey: "test-key", baseUrl: prism.url, fetch: recordingFetch(recorded), maxRetries: 0 });
});

afterAll(async () => {
  await prism?.stop();
  await app?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const allOperationIds = () =>
  Object.values(document.paths).flatMap((item: any) =>
    ["get", "post", "put", "patch", "delete"].filter((m) => item[m]).map((m) => item[m].operationId as string),
  );

/** Rejects with the error the promise rejects with, or fails when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );
}

describe("the reference server through prism proxy --errors, driven by the SDK", () => {
  it("walks every operation statefully, and what was written reads back", async () => {
    // Users
    const me = await vantage.users.me();
    expect(me.id).toBe("user_456");
    const renamed = await vantage.users.updateMe({ timezone: "America/New_York" });
    expect(renamed.timezone).toBe("America/New_York");
    expect((await vantage.users.me()).timezone).toBe("America/New_York");

    // Clusters
    const slurm = await vantage.clusters.list({ type: "slurm", status: "ready" });
    expect(slurm.items.map((c) => c.id)).toEqual(["cluster_abc"]);
    expect((await vantage.clusters.get("cluster_abc")).name).toBe("research-hpc");
    const usage = await vantage.clusters.usage("cluster_abc", { start_date: "2024-01-01", end_date: "2024-01-31" });
    expect(usage.jobs_completed).toBeGreaterThan(0);
    const idle = await vantage.clusters.nodes("cluster_abc", { status: "idle" });
    expect(idle.items.map((n) => n.id)).toEqual(["node_002"]);

    // Jobs: create, read, filter, sort, page, update, cancel, output, logs, metrics, delete
    const job = await vantage.jobs.create({
      name: "contract-run",
      cluster_id: "cluster_abc",
      command: "python contract.py",
      resources: { cpus: 2, memory: "4GB" },
      environment: { CASE: "contract" },
    });
    expect(job.status).toBe("pending");
    expect(job.resources.gpus).toBe(0);
    expect(await vantage.jobs.get(job.id)).toEqual(job);
    const pending = await vantage.jobs.list({ status: "pending", cluster_id: "cluster_abc", sort: "-created_at", limit: 5 });
    expect(pending.items[0].id).toBe(job.id);
    expect(pending.items.every((j) => j.status === "pending" && j.cluster_id === "cluster_abc")).toBe(true);
    const byName = await vantage.jobs.list({ sort: "name", limit: 100 });
    const names = byName.items.map((j) => j.name);
    expect(names).toEqual([...names].sort());
    const seen: string[] = [];
    for await (const j of vantage.jobs.list({ limit: 4 })) seen.push(j.id);
    expect(byName.total).toBe(seen.length);
    expect(new Set(seen).size).toBe(seen.length);
    const second = await vantage.jobs.list({ limit: 4, page: 2 });
    expect(second.items.map((j) => j.id)).toEqual(seen.slice(4, 8));
    const recent = await vantage.jobs.list({ created_after: "2024-01-10T00:00:00Z", created_before: "2024-01-12T00:00:00Z" });
    expect(recent.items.map((j) => j.id).sort()).toEqual(["job_110", "job_111"]);
    const updated = await vantage.jobs.update(job.id, { name: "contract-run-2" });
    expect(updated.name).toBe("contract-run-2");
    const cancelled = await vantage.jobs.update(job.id, { status: "cancelled" });
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.completed_at).toBeTruthy();
    const again = await rejection(vantage.jobs.update(job.id, { status: "cancelled" }));
    expect(again).toBeInstanceOf(ValidationError);
    expect((again as ValidationError).details).toEqual({ field: "status", code: "invalid_state" });
    expect(await vantage.jobs.output("job_101")).toContain("Step 100/1000");
    const logs = await vantage.jobs.logs(job.id, { tail: 1 });
    expect(logs.trim().split("\n")).toHaveLength(1);
    expect(logs).toContain("cancelled");
    const mine = await vantage.users.jobs.list("user_456", { status: "cancelled" });
    expect(mine.items.map((j) => j.id)).toContain(job.id);
    const metrics = await vantage.monitoring.jobMetrics(job.id, { start: "2024-01-15T10:00:00Z", end: "2024-01-15T11:00:00Z", step: "5m" });
    expect(metrics.series[0].points).toHaveLength(12);
    const clusterMetrics = await vantage.monitoring.clusterMetrics("cluster_abc", { start: "2024-01-15T10:00:00Z", end: "2024-01-15T10:10:00Z" });
    expect(clusterMetrics.step).toBe("60s");
    await vantage.jobs.delete(job.id);
    expect(await rejection(vantage.jobs.get(job.id))).toBeInstanceOf(NotFoundError);

    // Storage: upload, list, metadata, download (same bytes), refuse a clash, overwrite, delete
    // Text bytes: Prism proxy re-encodes a multipart body as UTF-8 (bytes ≥ 0x80 become U+FFFD,
    // stoplightio/prism#2349); arbitrary binary is round-tripped straight to the server below.
    const bytes = new TextEncoder().encode(`id,value\n${Array.from({ length: 400 }, (_, i) => `${i},${(i * 31) % 997}`).join("\n")}`);
    const file = await vantage.storage.files.upload({ file: new Blob([bytes], { type: "text/csv" }), path: "/datasets/contract.bin" });
    expect(file.size).toBe(bytes.length);
    expect(file.name).toBe("contract.bin");
    const listed = await vantage.storage.files.list({ path: "/datasets/" });
    expect(listed.items.map((f) => f.id)).toEqual([file.id]);
    expect(await vantage.storage.files.get(file.id)).toEqual(file);
    const stream = await vantage.storage.files.download(file.id);
    expect(new Uint8Array(await new Response(stream).arrayBuffer())).toEqual(bytes);
    const clash = await rejection(vantage.storage.files.upload({ file: new Blob(["x"]), path: "/datasets/contract.bin" }));
    expect(clash).toBeInstanceOf(ValidationError);
    const replaced = await vantage.storage.files.upload({ file: new Blob(["replaced"]), path: "/datasets/contract.bin", overwrite: true });
    expect(replaced.id).toBe(file.id);
    expect(replaced.size).toBe(8);
    await vantage.storage.files.delete(file.id);
    expect(await rejection(vantage.storage.files.get(file.id))).toBeInstanceOf(NotFoundError);

    // Teams: list, get, members, add, remove, and a 403 where the caller is only a viewer
    const teams = await vantage.teams.list({ sort: "name" });
    expect(teams.items.map((t) => t.id)).toEqual(["team_77", "team_42"]);
    expect((await vantage.teams.get("team_42")).member_count).toBe(2);
    const added = await vantage.teams.members.add("team_42", { user_id: "user_101", role: "admin" });
    expect(added).toMatchObject({ team_id: "team_42", user_id: "user_101", role: "admin", name: "Grace Hopper" });
    const admins = await vantage.teams.members.list("team_42", { role: "admin" });
    expect(admins.items.map((m) => m.user_id)).toEqual(["user_101"]);
    expect((await vantage.teams.get("team_42")).member_count).toBe(3);
    await vantage.teams.members.remove("team_42", "user_101");
    expect((await vantage.teams.members.list("team_42")).items.map((m) => m.user_id)).not.toContain("user_101");
    const forbidden = await rejection(vantage.teams.members.add("team_77", { user_id: "user_202" }));
    expect(forbidden).toBeInstanceOf(PermissionDeniedError);

    // Billing
    const summary = await vantage.billing.usage({ start_date: "2024-01-01", end_date: "2024-01-31" });
    expect(summary.breakdown.map((b) => b.category)).toEqual(["compute", "gpu", "storage"]);
    const paid = await vantage.billing.invoices.list({ status: "paid" });
    expect(paid.items.map((i) => i.id)).toEqual(["inv_2024_01"]);
    expect((await vantage.billing.invoices.get("inv_2024_01")).status).toBe("paid");

    // Webhooks: the secret goes in and never comes out
    const hook = await vantage.webhooks.create({
      url: "https://example.com/hooks/contract",
      events: ["job.completed"],
      secret: "whsec_contract_0123456789",
      active: true,
    });
    expect(hook.active).toBe(true);
    expect(hook).not.toHaveProperty("secret");
    const paused = await vantage.webhooks.update(hook.id, { active: false });
    expect(paused.active).toBe(false);
    const inactive = await vantage.webhooks.list({ active: false });
    expect(inactive.items.map((w) => w.id)).toEqual([hook.id]);
    await vantage.webhooks.delete(hook.id);
    expect(await rejection(vantage.webhooks.update(hook.id, { active: true }))).toBeInstanceOf(NotFoundError);
  });

  it("touched all 33 operations, each request valid by the ajv oracle", () => {
    const oracle = createRequestOracle(document);
    const checks = recorded.map((r) => oracle.check(r));
    expect(checks.filter((c) => c.problems.length > 0).map((c) => `${c.operationId}: ${c.problems.join("; ")}`)).toEqual([]);
    const touched = new Set(checks.map((c) => c.operationId));
    expect(allOperationIds()).toHaveLength(33);
    expect(allOperationIds().filter((id) => !touched.has(id))).toEqual([]);
  });

  it("Prism saw no violation in any request or response", () => {
    expect(prism!.log.some((line) => /Received forward response/.test(line))).toBe(true);
    expect(prism!.violations()).toEqual([]);
  });

  it("responses carry X-Request-ID (echoed) and X-RateLimit-* through the proxy", async () => {
    const { response, requestId, rateLimit } = await vantage.jobs.get("job_101", { headers: { "X-Request-ID": "contract-trace-1" } }).withResponse();
    expect(response.status).toBe(200);
    expect(requestId).toBe("contract-trace-1");
    expect(rateLimit?.limit).toBe(1000);
    expect(rateLimit?.remaining).toBeLessThan(1000);
  });

  it("binary uploads round-trip byte for byte (straight to the server: Prism would re-encode them)", async () => {
    const direct = new Vantage({ apiKey: "test-key", baseUrl: serverUrl, maxRetries: 0 });
    const bytes = new Uint8Array(65_536).map((_, i) => (i * 131 + (i >> 8)) % 256);
    const file = await direct.storage.files.upload({ file: new Blob([bytes]), path: "/datasets/all-bytes.bin" });
    expect(file.size).toBe(bytes.length);
    expect(file.checksum).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
    const back = new Uint8Array(await new Response(await direct.storage.files.download(file.id)).arrayBuffer());
    expect(Buffer.compare(Buffer.from(back), Buffer.from(bytes))).toBe(0);
    await direct.storage.files.delete(file.id);
  });

  it("the violation detector is live: a response that breaks the spec is caught", async () => {
    // Sanity check of the oracle itself, last so it can't hide earlier violations.
    const before = prism!.violations().length;
    const response = await fetch(`${prism!.url}/jobs?limit=0`, { headers: { authorization: "Bearer test-key" } });
    expect(response.status).toBeGreaterThanOrEqual(400);
    await response.arrayBuffer();
    // Prism logs the violation just after it answers.
    for (let i = 0; i < 40 && prism!.violations().length === before; i++) await new Promise((r) => setTimeout(r, 50));
    expect(prism!.violations().length).toBeGreaterThan(before);
  });
});

describe("Redocly Respect runs the same walk (second oracle)", () => {
  const cli = () => path.join(path.dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");
  const respect = (workflow: string, extra: string[] = []) =>
    run(
      process.execPath,
      [
        cli(),
        "respect",
        path.join(repoRoot, "test/respect/vantage.arazzo.yaml"),
        "--workflow",
        workflow,
        "--server",
        `vantage=${serverUrl}`,
        "--input",
        "apiKey=test-key",
        ...extra,
      ],
      repoRoot,
    );

  it("the walk: every step's status, content type and body schema match the spec", async () => {
    const { code, output } = await respect("walk");
    expect(output).toMatch(/Workflows: 1 passed, 1 total/);
    expect(output).toMatch(/Steps: 36 passed, 36 total/);
    expect(code, output).toBe(0);
  }, 120_000);

  it("the download: status, content type and Content-Disposition (Respect can't schema-check a binary body)", async () => {
    const { code, output } = await respect("download", ["--severity", JSON.stringify({ SCHEMA_CHECK: "off" })]);
    expect(output).toMatch(/Workflows: 1 passed, 1 total/);
    expect(output).toMatch(/content-type check/);
    expect(code, output).toBe(0);
  }, 120_000);

  it("together the two workflows call all 33 operations", () => {
    const text = readFileSync(path.join(repoRoot, "test/respect/vantage.arazzo.yaml"), "utf8");
    const called = new Set([...text.matchAll(/operationId: (\w+)/g)].map((m) => m[1]));
    expect(allOperationIds().filter((id) => !called.has(id))).toEqual([]);
  });
});

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 110_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
