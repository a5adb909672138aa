/**
 * Idempotency keys, scoped to (caller, operation, key) and bound to a
 * fingerprint of the request (path parameters, body and uploaded files).
 * The first request runs in a transaction that also stores its response, so
 * the effect and the record of it commit together; a replay within 24 hours
 * returns that stored response; the same key with a different request is a
 * 422 in the API's format; an expired key is forgotten and acts again.
 * Only successes are stored: a refused request may be corrected and retried
 * under the same key.
 */
import { createHash } from "node:crypto";
import { HttpError } from "../generated/server/index.js";
import type { Queryable } from "./db/database.js";
import type { AppContext, Principal } from "./handlers/context.js";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

interface Result {
  status: number;
  body?: unknown;
}

export interface IdempotentRequest {
  auth: Principal;
  operation: string;
  key: string | undefined;
  /** What identifies the request: path parameters, body, files. */
  request: unknown;
  /** `act` runs a single statement (atomic by itself), so without a key it needs no transaction around it. */
  oneStatement?: boolean;
}

/** JSON with object keys sorted (and bytes as their digest), so equal requests hash equally. */
export function canonical(value: unknown): string {
  if (value instanceof Uint8Array) return JSON.stringify({ sha256: createHash("sha256").update(value).digest("hex") });
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export const fingerprintOf = (request: unknown) => createHash("sha256").update(canonical(request)).digest("hex");

export async function idempotent<R extends Result>(ctx: AppContext, req: IdempotentRequest, act: (tx: Queryable) => Promise<R>): Promise<R> {
  if (!req.key) return req.oneStatement ? act(ctx.db) : ctx.db.transaction(act);
  const key = req.key;
  const fingerprint = fingerprintOf(req.request);
  const now = ctx.clock();
  const scope = [req.auth.userId, req.operation, key];
  return ctx.db.transaction(async (tx) => {
    await tx.query("DELETE FROM idempotency_keys WHERE owner_id = $1 AND operation = $2 AND key = $3 AND created_at <= $4", [
      ...scope,
      new Date(now - IDEMPOTENCY_TTL_MS).toISOString(),
    ]);
    // Claims the key; a concurrent request with the same key waits here until this one commits or rolls back.
    const claimed = await tx.query(
      "INSERT INTO idempotency_keys (owner_id, operation, key, fingerprint, status, body, created_at) VALUES ($1, $2, $3, $4, 0, NULL, $5) ON CONFLICT DO NOTHING RETURNING 1 AS claimed",
      [...scope, fingerprint, new Date(now).toISOString()],
    );
    if (!claimed.length) {
      const [previous] = await tx.query<{ fingerprint: string; status: number; body: string | null }>(
        "SELECT fingerprint, status, body FROM idempotency_keys WHERE owner_id = $1 AND operation = $2 AND key = $3",
        scope,
      );
      if (previous.fingerprint !== fingerprint) {
        throw new HttpError(422, "validation_error", "This Idempotency-Key was already used with a different request; use a new key for a new request", {
          field: "Idempotency-Key",
          code: "idempotency_key_reused",
        });
      }
      return { status: Number(previous.status), ...(previous.body === null ? {} : { body: JSON.parse(previous.body) }) } as R;
    }
    const result = await act(tx);
    await tx.query("UPDATE idempotency_keys SET status = $4, body = $5 WHERE owner_id = $1 AND operation = $2 AND key = $3", [
      ...scope,
      result.status,
      result.body === undefined ? null : JSON.stringify(result.body),
    ]);
    return result;
  });
}

/** Forgets every expired key (run at start-up and hourly). */
export async function purgeExpiredKeys(ctx: AppContext): Promise<number> {
  const rows = await ctx.db.query("DELETE FROM idempotency_keys WHERE created_at <= $1 RETURNING 1", [
    new Date(ctx.clock() - IDEMPOTENCY_TTL_MS).toISOString(),
  ]);
  return rows.length;
}
