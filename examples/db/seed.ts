/**
 * Migration 2: the seed data a fresh database starts with (the same as the
 * reference server always had): users, clusters and nodes, jobs with output
 * and logs, a file, teams, invoices and a webhook. Applied once, in one
 * transaction, like any migration.
 */
import type { Queryable } from "./types.js";
import { checksumOf } from "./checksum.js";

export const SEED_USER_ID = "user_456";

export async function seed(tx: Queryable): Promise<void> {
  const users = [
    ["user_456", "ada@example.com", "Ada Lovelace", "Omnivector", "Europe/London", "2023-06-01T08:00:00Z", "2024-01-10T17:45:00Z"],
    ["user_789", "alan@example.com", "Alan Turing", "Omnivector", null, "2023-07-12T09:00:00Z", "2023-07-12T09:00:00Z"],
    ["user_101", "grace@example.com", "Grace Hopper", null, null, "2023-08-20T10:00:00Z", "2023-08-20T10:00:00Z"],
    ["user_202", "edsger@example.com", "Edsger Dijkstra", null, null, "2023-09-01T10:00:00Z", "2023-09-01T10:00:00Z"],
  ];
  for (const u of users)
    await tx.query("INSERT INTO users (id, email, name, organization, timezone, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)", u);

  const clusters = [
    {
      id: "cluster_abc",
      name: "research-hpc",
      description: "Shared Slurm cluster for the research group",
      type: "slurm",
      status: "ready",
      provider: "aws",
      region: "us-east-1",
      node_count: 3,
      created_at: "2024-01-10T09:00:00Z",
      updated_at: "2024-01-14T16:20:00Z",
    },
    {
      id: "cluster_k8s",
      name: "inference",
      type: "kubernetes",
      status: "preparing",
      provider: "gcp",
      region: "europe-west4",
      node_count: 1,
      created_at: "2024-01-15T08:00:00Z",
      updated_at: "2024-01-15T08:00:00Z",
    },
    {
      id: "cluster_lab",
      name: "lab-cluster",
      type: "slurm-on-kubernetes",
      status: "ready",
      provider: "on-premises",
      region: "basement",
      node_count: 0,
      created_at: "2023-12-01T08:00:00Z",
      updated_at: "2023-12-02T08:00:00Z",
    },
  ];
  for (const c of clusters) {
    await tx.query("INSERT INTO clusters (id, name, type, status, provider, created_at, updated_at, record) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)", [
      c.id,
      c.name,
      c.type,
      c.status,
      c.provider,
      c.created_at,
      c.updated_at,
      JSON.stringify(c),
    ]);
  }
  const nodes = [
    {
      id: "node_001",
      cluster_id: "cluster_abc",
      name: "compute-001",
      status: "mixed",
      partition: "gpu",
      cpus: 64,
      memory: "256GB",
      gpus: 4,
      cpus_allocated: 32,
      created_at: "2024-01-10T09:05:00Z",
    },
    {
      id: "node_002",
      cluster_id: "cluster_abc",
      name: "compute-002",
      status: "idle",
      partition: "cpu",
      cpus: 64,
      memory: "256GB",
      gpus: 0,
      cpus_allocated: 0,
      created_at: "2024-01-10T09:06:00Z",
    },
    {
      id: "node_003",
      cluster_id: "cluster_abc",
      name: "compute-003",
      status: "down",
      partition: "cpu",
      cpus: 32,
      memory: "128GB",
      gpus: 0,
      cpus_allocated: 0,
      created_at: "2024-01-11T09:06:00Z",
    },
    {
      id: "node_101",
      cluster_id: "cluster_k8s",
      name: "pool-a-1",
      status: "idle",
      partition: "pool-a",
      cpus: 16,
      memory: "64GB",
      gpus: 1,
      cpus_allocated: 0,
      created_at: "2024-01-15T08:10:00Z",
    },
  ];
  for (const n of nodes) {
    await tx.query("INSERT INTO nodes (id, cluster_id, name, status, created_at, record) VALUES ($1, $2, $3, $4, $5, $6::jsonb)", [
      n.id,
      n.cluster_id,
      n.name,
      n.status,
      n.created_at,
      JSON.stringify(n),
    ]);
  }

  const statuses = [
    "completed",
    "running",
    "failed",
    "queued",
    "completed",
    "pending",
    "cancelled",
    "completed",
    "running",
    "completed",
    "failed",
    "completed",
  ];
  for (const [i, status] of statuses.entries()) {
    const day = String(1 + i).padStart(2, "0");
    const created = `2024-01-${day}T10:00:00Z`;
    const finished = status === "completed" || status === "failed" || status === "cancelled";
    const started = status === "pending" || status === "queued" ? null : `2024-01-${day}T10:01:00Z`;
    const id = `job_${101 + i}`;
    const cluster = i % 3 === 2 ? "cluster_k8s" : "cluster_abc";
    await tx.query(
      `INSERT INTO jobs (id, owner_id, name, status, cluster_id, command, cpus, memory, gpus, environment, working_directory, output_path, exit_code, created_at, updated_at, started_at, completed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $15, $16, $17)`,
      [
        id,
        i % 4 === 3 ? "user_789" : SEED_USER_ID,
        `simulation-run-${i + 1}`,
        status,
        cluster,
        `python simulate.py --case ${i + 1}`,
        2 + (i % 4) * 2,
        `${4 * (1 + (i % 3))}GB`,
        i % 2,
        JSON.stringify({ CASE: String(i + 1) }),
        "/home/ada",
        `/outputs/simulation-run-${i + 1}/`,
        status === "completed" ? 0 : status === "failed" ? 1 : null,
        created,
        finished ? `2024-01-${day}T12:00:00Z` : (started ?? created),
        started,
        finished ? `2024-01-${day}T12:00:00Z` : null,
      ],
    );
    await tx.query("INSERT INTO job_data (job_id, output, logs) VALUES ($1, $2, $3)", [
      id,
      started ? "Loading mesh (1.2M cells)...\nStep 100/1000: residual 3.2e-4\n" : "",
      [`${created} submitted to ${cluster}`, ...(started ? [`${started} started on compute-001`] : [])],
    ]);
  }

  const csv = Buffer.from("id,value\n1,42\n2,43\n");
  await tx.query(
    "INSERT INTO files (id, owner_id, name, path, size, content_type, checksum, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
    ["file_789", SEED_USER_ID, "results.csv", "/outputs/simulation-run-1/results.csv", csv.length, "text/csv", checksumOf(csv), "2024-01-15T11:02:00Z"],
  );
  await tx.query("INSERT INTO file_contents (file_id, data) VALUES ($1, $2)", ["file_789", csv]);

  await tx.query("INSERT INTO teams (id, name, description, created_at, updated_at) VALUES ($1, $2, $3, $4, $5)", [
    "team_42",
    "Computational Biology",
    "Protein folding and genomics pipelines",
    "2023-11-02T14:00:00Z",
    "2024-01-12T10:00:00Z",
  ]);
  await tx.query("INSERT INTO teams (id, name, description, created_at, updated_at) VALUES ($1, $2, $3, $4, $5)", [
    "team_77",
    "Astrophysics",
    null,
    "2023-12-02T14:00:00Z",
    "2023-12-02T14:00:00Z",
  ]);
  for (const m of [
    ["team_42", "user_456", "owner", "2023-11-02T14:00:00Z"],
    ["team_42", "user_789", "member", "2024-01-05T09:30:00Z"],
    // On team_77 the seed user may only look: adding or removing others is refused (403).
    ["team_77", "user_101", "owner", "2023-12-02T14:00:00Z"],
    ["team_77", "user_456", "viewer", "2023-12-03T14:00:00Z"],
  ]) {
    await tx.query("INSERT INTO team_members (team_id, user_id, role, joined_at) VALUES ($1, $2, $3, $4)", m);
  }

  for (const [month, status] of [
    ["01", "paid"],
    ["02", "open"],
    ["03", "draft"],
  ] as const) {
    const subtotal = month === "01" ? 2187.4 : month === "02" ? 1830.25 : 640;
    const invoice = {
      id: `inv_2024_${month}`,
      number: `VC-2024-00${month}`,
      status,
      currency: "USD",
      subtotal,
      tax: 0,
      total: subtotal,
      amount_paid: status === "paid" ? subtotal : 0,
      period_start: `2024-${month}-01`,
      period_end: `2024-${month}-28`,
      due_at: status === "draft" ? null : `2024-${month}-28T00:00:00Z`,
      paid_at: status === "paid" ? `2024-${month}-20T09:12:00Z` : null,
      line_items: [{ description: "CPU hours on research-hpc", category: "compute", quantity: subtotal * 20, unit_price: 0.05, amount: subtotal }],
      created_at: `2024-${month}-01T00:00:00Z`,
    };
    await tx.query("INSERT INTO invoices (id, owner_id, number, status, created_at, record) VALUES ($1, $2, $3, $4, $5, $6::jsonb)", [
      invoice.id,
      SEED_USER_ID,
      invoice.number,
      status,
      invoice.created_at,
      JSON.stringify(invoice),
    ]);
  }

  await tx.query("INSERT INTO webhooks (id, owner_id, url, description, events, active, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)", [
    "wh_001",
    SEED_USER_ID,
    "https://example.com/hooks/vantage",
    "Notify the lab's Slack bridge",
    ["job.completed", "job.failed"],
    true,
    "2024-01-12T10:00:00Z",
  ]);
  await tx.query("INSERT INTO webhook_secrets (webhook_id, secret) VALUES ($1, $2)", ["wh_001", "whsec_5f2b8c1e9a7d4e3f"]);
}
