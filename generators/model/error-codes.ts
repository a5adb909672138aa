/**
 * The error codes a spec declares for its error bodies: the string enum of
 * the `error` property of every 4XX/5XX/default response schema (through
 * $refs and allOf). The runtime answers its own errors (501, 408, 503…) with
 * one of these, so an error body always validates against the spec. Null
 * when no error body constrains `error`.
 */
import type { Json } from "../load/refs.js";
import type { OperationModel } from "./types.js";
import type { SchemaStore } from "./schema-store.js";

export function errorCodesOf(refs: SchemaStore, operations: Pick<OperationModel, "responses">[]): string[] | null {
  const codes = new Set<string>();
  let constrained = false;
  for (const op of operations) {
    for (const response of op.responses) {
      if (!/^[45]/.test(response.key) && response.key !== "default") continue;
      for (const media of response.media) {
        const values = errorEnum(refs, media.schema, new Set());
        if (values) {
          constrained = true;
          for (const value of values) codes.add(value);
        }
      }
    }
  }
  return constrained ? [...codes] : null;
}

/** The enum of the schema's `error` property, if it has one (null: unconstrained). */
function errorEnum(refs: SchemaStore, schema: unknown, seen: Set<unknown>): string[] | null {
  const s = refs.resolve(schema) as Json | undefined;
  if (!s || typeof s !== "object" || seen.has(s)) return null;
  seen.add(s);
  const property = (s.properties as Json | undefined)?.error;
  if (property !== undefined) return stringEnum(refs, property, new Set());
  for (const member of Array.isArray(s.allOf) ? s.allOf : []) {
    const found = errorEnum(refs, member, seen);
    if (found) return found;
  }
  return null;
}

function stringEnum(refs: SchemaStore, schema: unknown, seen: Set<unknown>): string[] | null {
  const s = refs.resolve(schema) as Json | undefined;
  if (!s || typeof s !== "object" || seen.has(s)) return null;
  seen.add(s);
  if (Array.isArray(s.enum)) return s.enum.filter((v): v is string => typeof v === "string");
  if (typeof s.const === "string") return [s.const];
  for (const member of Array.isArray(s.allOf) ? s.allOf : []) {
    const found = stringEnum(refs, member, seen);
    if (found) return found;
  }
  return null;
}
