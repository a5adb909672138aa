/**
 * Migration 1: the schema. Every table the handlers query, with an index for
 * every list, filter and sort the spec offers (owner first: every list is
 * one caller's), so a page is an index range, never a scan of the table.
 *
 * Owned rows carry `owner_id`; text that is sorted uses the "C" collation,
 * so the order is code-point order on every engine and locale. Jobs keep a
 * running count per (owner, status, cluster), maintained by statement
 * triggers, so a list's `total` needs no count over a million rows.
 */
export const SCHEMA = /* sql */ `
CREATE SEQUENCE object_ids START 1001;

CREATE TABLE users (
  id text PRIMARY KEY,
  email text NOT NULL,
  name text NOT NULL,
  organization text,
  timezone text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

-- Clusters, nodes and invoices are read-only here (seeded): the record as the API returns it, plus the queried columns.
CREATE TABLE clusters (
  id text COLLATE "C" PRIMARY KEY,
  name text COLLATE "C" NOT NULL,
  type text NOT NULL,
  status text NOT NULL,
  provider text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX clusters_created ON clusters (created_at, id);

CREATE TABLE nodes (
  id text COLLATE "C" PRIMARY KEY,
  cluster_id text NOT NULL REFERENCES clusters (id),
  name text COLLATE "C" NOT NULL,
  status text NOT NULL,
  created_at timestamptz NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX nodes_cluster ON nodes (cluster_id, status, created_at);

CREATE TABLE jobs (
  id text COLLATE "C" PRIMARY KEY,
  owner_id text NOT NULL,
  name text COLLATE "C" NOT NULL,
  status text NOT NULL,
  cluster_id text NOT NULL,
  command text NOT NULL,
  cpus integer NOT NULL,
  memory text NOT NULL,
  gpus integer NOT NULL,
  environment jsonb,
  working_directory text,
  output_path text,
  exit_code integer,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  started_at timestamptz,
  completed_at timestamptz
);
-- Newest first, by update, by name; the status and cluster filters with the default order.
-- (The planner serves a filter with another order from these too: walk the order's index and filter, or range the filter's index and sort.)
CREATE INDEX jobs_owner_created ON jobs (owner_id, created_at, id);
CREATE INDEX jobs_owner_updated ON jobs (owner_id, updated_at, id);
CREATE INDEX jobs_owner_name ON jobs (owner_id, name, id);
CREATE INDEX jobs_owner_status_created ON jobs (owner_id, status, created_at, id);
CREATE INDEX jobs_owner_cluster_created ON jobs (owner_id, cluster_id, created_at, id);
CREATE INDEX jobs_cluster_created ON jobs (cluster_id, created_at);

CREATE TABLE job_counts (
  owner_id text NOT NULL,
  status text NOT NULL,
  cluster_id text NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (owner_id, status, cluster_id)
);

-- One function per event (each sees only its own transition tables); rows are locked in key order, so concurrent writers cannot deadlock.
CREATE FUNCTION job_counts_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO job_counts (owner_id, status, cluster_id, n)
    SELECT owner_id, status, cluster_id, count(*) FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (owner_id, status, cluster_id) DO UPDATE SET n = job_counts.n + excluded.n;
  RETURN NULL;
END $$;
CREATE FUNCTION job_counts_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO job_counts (owner_id, status, cluster_id, n)
    SELECT owner_id, status, cluster_id, -count(*) FROM old_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (owner_id, status, cluster_id) DO UPDATE SET n = job_counts.n + excluded.n;
  RETURN NULL;
END $$;
CREATE FUNCTION job_counts_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO job_counts (owner_id, status, cluster_id, n)
    SELECT owner_id, status, cluster_id, sum(d) FROM (
      SELECT owner_id, status, cluster_id, 1 AS d FROM new_rows
      UNION ALL SELECT owner_id, status, cluster_id, -1 FROM old_rows
    ) AS changes GROUP BY 1, 2, 3 HAVING sum(d) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (owner_id, status, cluster_id) DO UPDATE SET n = job_counts.n + excluded.n;
  RETURN NULL;
END $$;
CREATE TRIGGER jobs_count_insert AFTER INSERT ON jobs REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION job_counts_after_insert();
CREATE TRIGGER jobs_count_delete AFTER DELETE ON jobs REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION job_counts_after_delete();
CREATE TRIGGER jobs_count_update AFTER UPDATE ON jobs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION job_counts_after_update();

-- Output and logs apart, so lists never read them.
CREATE TABLE job_data (
  job_id text PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
  output text NOT NULL DEFAULT '',
  logs text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE files (
  id text COLLATE "C" PRIMARY KEY,
  owner_id text NOT NULL,
  name text COLLATE "C" NOT NULL,
  path text COLLATE "C" NOT NULL,
  size bigint NOT NULL,
  content_type text NOT NULL,
  checksum text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (owner_id, path)
);
CREATE INDEX files_owner_created ON files (owner_id, created_at, id);
CREATE INDEX files_owner_updated ON files (owner_id, updated_at, id);
CREATE INDEX files_owner_name ON files (owner_id, name, id);

CREATE TABLE file_contents (
  file_id text PRIMARY KEY REFERENCES files (id) ON DELETE CASCADE,
  data bytea NOT NULL
);

CREATE TABLE webhooks (
  id text COLLATE "C" PRIMARY KEY,
  owner_id text NOT NULL,
  url text COLLATE "C" NOT NULL,
  description text,
  events text[] NOT NULL,
  active boolean NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX webhooks_owner_created ON webhooks (owner_id, created_at, id);
CREATE INDEX webhooks_owner_active_created ON webhooks (owner_id, active, created_at, id);
CREATE INDEX webhooks_owner_updated ON webhooks (owner_id, updated_at, id);
CREATE INDEX webhooks_owner_url ON webhooks (owner_id, url, id);

-- Kept apart from the webhook so no query that builds a response can read it.
CREATE TABLE webhook_secrets (
  webhook_id text PRIMARY KEY REFERENCES webhooks (id) ON DELETE CASCADE,
  secret text NOT NULL
);

CREATE TABLE teams (
  id text COLLATE "C" PRIMARY KEY,
  name text COLLATE "C" NOT NULL,
  description text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE team_members (
  team_id text NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  user_id text NOT NULL REFERENCES users (id),
  role text NOT NULL,
  joined_at timestamptz NOT NULL,
  PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user ON team_members (user_id, team_id);

CREATE TABLE invoices (
  id text COLLATE "C" PRIMARY KEY,
  owner_id text NOT NULL,
  number text COLLATE "C" NOT NULL,
  status text NOT NULL,
  created_at timestamptz NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX invoices_owner_created ON invoices (owner_id, created_at, id);
CREATE INDEX invoices_owner_status_created ON invoices (owner_id, status, created_at, id);

-- Idempotency keys: one per (caller, operation, key), with a fingerprint of the request and the first response.
CREATE TABLE idempotency_keys (
  owner_id text NOT NULL,
  operation text NOT NULL,
  key text NOT NULL,
  fingerprint text NOT NULL,
  status integer NOT NULL,
  body text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (owner_id, operation, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
`;
