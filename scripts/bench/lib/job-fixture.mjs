/**
 * The Job the load tests send back and the JobCreate they post: the spec's
 * own example (from the bundled spec in generated/docs), so responses are
 * valid for the generated server's schemas.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./paths.mjs";

const FALLBACK_JOB = {
  id: "job_123",
  name: "simulation-run-1",
  status: "running",
  cluster_id: "cluster_abc",
  user_id: "user_456",
  command: "python simulate.py",
  resources: { cpus: 4, memory: "8GB", gpus: 1 },
  created_at: "2024-01-15T10:30:00Z",
  started_at: "2024-01-15T10:31:00Z",
  completed_at: null,
};

export function jobExample() {
  try {
    const spec = JSON.parse(readFileSync(path.join(repoRoot, "generated/docs/openapi.json"), "utf8"));
    return spec.paths["/jobs/{job_id}"].get.responses["200"].content["application/json"].example ?? FALLBACK_JOB;
  } catch {
    return FALLBACK_JOB;
  }
}

export const JOB_CREATE = { name: "bench-job", cluster_id: "cluster_abc", command: "python simulate.py", resources: { cpus: 4, memory: "8GB", gpus: 1 } };
