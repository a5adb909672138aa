/**
 * Rows to API records. Every record is built field by field from known
 * columns, so nothing a client sent beyond the schema can reach a response.
 */
import type { components, Readable } from "../generated/types/index.js";
import type { Row } from "./db/database.js";

type S = components["schemas"];
export type JobRecord = Readable<S["Job"]>;
export type FileRecord = Readable<S["StorageFile"]>;
export type WebhookRecord = Omit<Readable<S["Webhook"]>, "secret">;
export type UserRecord = Readable<S["User"]>;
export type TeamRecord = Readable<S["Team"]>;
export type MemberRecord = Readable<S["TeamMember"]>;

export function iso(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}
const isoOrNull = (value: unknown) => (value === null || value === undefined ? null : iso(value));
const optional = <K extends string, V>(key: K, value: V | null | undefined) =>
  value === null || value === undefined ? {} : ({ [key]: value } as { [P in K]: V });

export const JOB_COLUMNS =
  "id, owner_id, name, status, cluster_id, command, cpus, memory, gpus, environment, working_directory, output_path, exit_code, created_at, updated_at, started_at, completed_at";

export function jobOf(r: Row): JobRecord {
  return {
    id: String(r.id),
    name: String(r.name),
    status: r.status as JobRecord["status"],
    cluster_id: String(r.cluster_id),
    user_id: String(r.owner_id),
    command: String(r.command),
    resources: { cpus: Number(r.cpus), memory: String(r.memory), gpus: Number(r.gpus) },
    ...optional("environment", r.environment as Record<string, string> | null),
    ...optional("working_directory", r.working_directory as string | null),
    ...optional("output_path", r.output_path as string | null),
    exit_code: r.exit_code === null || r.exit_code === undefined ? null : Number(r.exit_code),
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
    started_at: isoOrNull(r.started_at),
    completed_at: isoOrNull(r.completed_at),
  };
}

export const FILE_COLUMNS = "id, owner_id, name, path, size, content_type, checksum, created_at, updated_at";

export function fileOf(r: Row): FileRecord {
  return {
    id: String(r.id),
    name: String(r.name),
    path: String(r.path),
    size: Number(r.size),
    content_type: String(r.content_type),
    checksum: String(r.checksum),
    owner_id: String(r.owner_id),
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
  };
}

export const WEBHOOK_COLUMNS = "id, url, description, events, active, created_at, updated_at";

export function webhookOf(r: Row): WebhookRecord {
  return {
    id: String(r.id),
    url: String(r.url),
    ...optional("description", r.description as string | null),
    events: (r.events as string[]).slice() as WebhookRecord["events"],
    active: Boolean(r.active),
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
  };
}

export function userOf(r: Row): UserRecord {
  return {
    id: String(r.id),
    email: String(r.email),
    name: String(r.name),
    ...optional("organization", r.organization as string | null),
    ...optional("timezone", r.timezone as string | null),
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
  };
}

export function teamOf(r: Row): TeamRecord {
  return {
    id: String(r.id),
    name: String(r.name),
    ...optional("description", r.description as string | null),
    member_count: Number(r.member_count),
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
  };
}

export function memberOf(r: Row): MemberRecord {
  return {
    team_id: String(r.team_id),
    user_id: String(r.user_id),
    role: r.role as MemberRecord["role"],
    name: String(r.name),
    email: String(r.email),
    joined_at: iso(r.joined_at),
  };
}

/** Only string values: the declared shape of a job's environment. */
export function environmentOf(value: unknown): Record<string, string> | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === "string") out[k] = v;
  return out;
}
