/**
 * The reference server's data: an in-memory store with seed data (users,
 * clusters and nodes, jobs with output and logs, files, teams, invoices,
 * webhooks). Records are kept in the API's own shapes so handlers can return
 * them as they are; what must never leave (webhook secrets) lives apart.
 */
import type { components, Readable } from "../generated/types/index.js";
import { createHash } from "node:crypto";

type S = components["schemas"];
/** A stored record: the schema as the server returns it (read-only fields in, write-only ones out). */
type Stored<T> = Readable<T>;

export type JobRecord = Stored<S["Job"]>;
export type ClusterRecord = Stored<S["Cluster"]>;
export type NodeRecord = Stored<S["Node"]>;
export type UserRecord = Stored<S["User"]>;
export type TeamRecord = Stored<S["Team"]>;
export type MemberRecord = Stored<S["TeamMember"]>;
export type InvoiceRecord = Stored<S["Invoice"]>;
export type WebhookRecord = Omit<Stored<S["Webhook"]>, "secret">;
export type FileRecord = Stored<S["StorageFile"]>;

export interface Store {
  users: Map<string, UserRecord>;
  clusters: Map<string, ClusterRecord>;
  nodes: NodeRecord[];
  jobs: Map<string, JobRecord>;
  jobOutput: Map<string, string>;
  jobLogs: Map<string, string[]>;
  files: Map<string, FileRecord>;
  fileContent: Map<string, Buffer>;
  teams: Map<string, TeamRecord>;
  members: MemberRecord[];
  invoices: Map<string, InvoiceRecord>;
  webhooks: Map<string, WebhookRecord>;
  /** Kept apart from the record so it can never be returned by mistake. */
  webhookSecrets: Map<string, string>;
  /** Results of POSTs sent with an Idempotency-Key, per caller and key. */
  idempotent: Map<string, { status: number; body?: unknown }>;
  nextId(prefix: string): string;
}

export const CURRENT_USER_ID = "user_456";

export function checksumOf(data: Buffer): string {
  return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}

export function createStore(): Store {
  let counter = 1000;
  const store: Store = {
    users: new Map(),
    clusters: new Map(),
    nodes: [],
    jobs: new Map(),
    jobOutput: new Map(),
    jobLogs: new Map(),
    files: new Map(),
    fileContent: new Map(),
    teams: new Map(),
    members: [],
    invoices: new Map(),
    webhooks: new Map(),
    webhookSecrets: new Map(),
    idempotent: new Map(),
    nextId: (prefix) => `${prefix}_${++counter}`,
  };
  seed(store);
  return store;
}

function seed(store: Store): void {
  const users: UserRecord[] = [
    { id: "user_456", email: "ada@example.com", name: "Ada Lovelace", organization: "Omnivector", timezone: "Europe/London", created_at: "2023-06-01T08:00:00Z", updated_at: "2024-01-10T17:45:00Z" },
    { id: "user_789", email: "alan@example.com", name: "Alan Turing", organization: "Omnivector", created_at: "2023-07-12T09:00:00Z", updated_at: "2023-07-12T09:00:00Z" },
    { id: "user_101", email: "grace@example.com", name: "Grace Hopper", created_at: "2023-08-20T10:00:00Z", updated_at: "2023-08-20T10:00:00Z" },
    { id: "user_202", email: "edsger@example.com", name: "Edsger Dijkstra", created_at: "2023-09-01T10:00:00Z", updated_at: "2023-09-01T10:00:00Z" },
  ];
  for (const u of users) store.users.set(u.id, u);

  const clusters: ClusterRecord[] = [
    { id: "cluster_abc", name: "research-hpc", description: "Shared Slurm cluster for the research group", type: "slurm", status: "ready", provider: "aws", region: "us-east-1", node_count: 3, created_at: "2024-01-10T09:00:00Z", updated_at: "2024-01-14T16:20:00Z" },
    { id: "cluster_k8s", name: "inference", type: "kubernetes", status: "preparing", provider: "gcp", region: "europe-west4", node_count: 1, created_at: "2024-01-15T08:00:00Z", updated_at: "2024-01-15T08:00:00Z" },
    { id: "cluster_lab", name: "lab-cluster", type: "slurm-on-kubernetes", status: "ready", provider: "on-premises", region: "basement", node_count: 0, created_at: "2023-12-01T08:00:00Z", updated_at: "2023-12-02T08:00:00Z" },
  ];
  for (const c of clusters) store.clusters.set(c.id, c);
  store.nodes.push(
    { id: "node_001", cluster_id: "cluster_abc", name: "compute-001", status: "mixed", partition: "gpu", cpus: 64, memory: "256GB", gpus: 4, cpus_allocated: 32, created_at: "2024-01-10T09:05:00Z" },
    { id: "node_002", cluster_id: "cluster_abc", name: "compute-002", status: "idle", partition: "cpu", cpus: 64, memory: "256GB", gpus: 0, cpus_allocated: 0, created_at: "2024-01-10T09:06:00Z" },
    { id: "node_003", cluster_id: "cluster_abc", name: "compute-003", status: "down", partition: "cpu", cpus: 32, memory: "128GB", gpus: 0, cpus_allocated: 0, created_at: "2024-01-11T09:06:00Z" },
    { id: "node_101", cluster_id: "cluster_k8s", name: "pool-a-1", status: "idle", partition: "pool-a", cpus: 16, memory: "64GB", gpus: 1, cpus_allocated: 0, created_at: "2024-01-15T08:10:00Z" },
  );

  const statuses = ["completed", "running", "failed", "queued", "completed", "pending", "cancelled", "completed", "running", "completed", "failed", "completed"] as const;
  statuses.forEach((status, i) => {
    const day = String(1 + i).padStart(2, "0");
    const created = `2024-01-${day}T10:00:00Z`;
    const finished = status === "completed" || status === "failed" || status === "cancelled";
    const started = status === "pending" || status === "queued" ? null : `2024-01-${day}T10:01:00Z`;
    const job: JobRecord = {
      id: `job_${101 + i}`,
      name: `simulation-run-${i + 1}`,
      status,
      cluster_id: i % 3 === 2 ? "cluster_k8s" : "cluster_abc",
      user_id: i % 4 === 3 ? "user_789" : CURRENT_USER_ID,
      command: `python simulate.py --case ${i + 1}`,
      resources: { cpus: 2 + (i % 4) * 2, memory: `${4 * (1 + (i % 3))}GB`, gpus: i % 2 },
      environment: { CASE: String(i + 1) },
      working_directory: "/home/ada",
      output_path: `/outputs/simulation-run-${i + 1}/`,
      exit_code: status === "completed" ? 0 : status === "failed" ? 1 : null,
      created_at: created,
      updated_at: finished ? `2024-01-${day}T12:00:00Z` : started ?? created,
      started_at: started,
      completed_at: finished ? `2024-01-${day}T12:00:00Z` : null,
    };
    store.jobs.set(job.id, job);
    store.jobOutput.set(job.id, started ? `Loading mesh (1.2M cells)...\nStep 100/1000: residual 3.2e-4\n` : "");
    store.jobLogs.set(job.id, [`${created} submitted to ${job.cluster_id}`, ...(started ? [`${started} started on compute-001`] : [])]);
  });

  const csv = Buffer.from("id,value\n1,42\n2,43\n");
  const file: FileRecord = {
    id: "file_789", name: "results.csv", path: "/outputs/simulation-run-1/results.csv", size: csv.length, content_type: "text/csv",
    checksum: checksumOf(csv), owner_id: CURRENT_USER_ID, created_at: "2024-01-15T11:02:00Z", updated_at: "2024-01-15T11:02:00Z",
  };
  store.files.set(file.id, file);
  store.fileContent.set(file.id, csv);

  store.teams.set("team_42", { id: "team_42", name: "Computational Biology", description: "Protein folding and genomics pipelines", member_count: 2, created_at: "2023-11-02T14:00:00Z", updated_at: "2024-01-12T10:00:00Z" });
  store.teams.set("team_77", { id: "team_77", name: "Astrophysics", member_count: 2, created_at: "2023-12-02T14:00:00Z", updated_at: "2023-12-02T14:00:00Z" });
  const member = (team_id: string, user_id: string, role: MemberRecord["role"], joined_at: string): MemberRecord => {
    const u = store.users.get(user_id)!;
    return { team_id, user_id, role, name: u.name, email: u.email, joined_at };
  };
  store.members.push(
    member("team_42", "user_456", "owner", "2023-11-02T14:00:00Z"),
    member("team_42", "user_789", "member", "2024-01-05T09:30:00Z"),
    // On team_77 the current user may only look: adding or removing others is refused (403).
    member("team_77", "user_101", "owner", "2023-12-02T14:00:00Z"),
    member("team_77", "user_456", "viewer", "2023-12-03T14:00:00Z"),
  );

  for (const [month, status] of [["01", "paid"], ["02", "open"], ["03", "draft"]] as const) {
    const subtotal = month === "01" ? 2187.4 : month === "02" ? 1830.25 : 640;
    store.invoices.set(`inv_2024_${month}`, {
      id: `inv_2024_${month}`, number: `VC-2024-00${month}`, status, currency: "USD", subtotal, tax: 0, total: subtotal,
      amount_paid: status === "paid" ? subtotal : 0, period_start: `2024-${month}-01`, period_end: `2024-${month}-28`,
      due_at: status === "draft" ? null : `2024-${month}-28T00:00:00Z`, paid_at: status === "paid" ? `2024-${month}-20T09:12:00Z` : null,
      line_items: [{ description: "CPU hours on research-hpc", category: "compute", quantity: subtotal * 20, unit_price: 0.05, amount: subtotal }],
      created_at: `2024-${month}-01T00:00:00Z`,
    });
  }

  store.webhooks.set("wh_001", { id: "wh_001", url: "https://example.com/hooks/vantage", description: "Notify the lab's Slack bridge", events: ["job.completed", "job.failed"], active: true, created_at: "2024-01-12T10:00:00Z", updated_at: "2024-01-12T10:00:00Z" });
  store.webhookSecrets.set("wh_001", "whsec_5f2b8c1e9a7d4e3f");
}
