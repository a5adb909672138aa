/**
 * The error codes a spec declares for its error bodies: the string enum of
 * the `error` property of every 4XX/5XX/default response schema (through
 * $refs and allOf). The runtime answers its own errors (501, 408, 503…) with
 * one of these, so an error body always validates against the spec. Null
 * when no error body constrains `error`.
 */
import type { OperationModel } from "./model.js";
import { resolveRef, type Json } from "../load/refs.js";

export function errorCodesOf(document: Json, operations: OperationModel[]): string[] | null {
  const codes = new Set<string>();
  let constrained = false;
  const paths = (document.paths ?? {}) as Json;
  for (const op of operations) {
    const item = resolveRef(document, paths[op.path]) as Json | undefined;
    const responses = ((item?.[op.method] as Json | undefined)?.responses ?? {}) as Json;
    for (const [key, raw] of Object.entries(responses)) {
      if (!/^[45]/.test(key) && key !== "default") continue;
      const content = ((resolveRef(document, raw) as Json | undefined)?.content ?? {}) as Record<string, Json>;
      for (const media of Object.values(content)) {
        const values = errorEnum(document, media?.schema, new Set());
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
function errorEnum(document: Json, schema: unknown, seen: Set<unknown>): string[] | null {
  const s = resolveRef(document, schema) as Json | undefined;
  if (!s || typeof s !== "object" || seen.has(s)) return null;
  seen.add(s);
  const property = (s.properties as Json | undefined)?.error;
  if (property !== undefined) return stringEnum(document, property, new Set());
  for (const member of Array.isArray(s.allOf) ? s.allOf : []) {
    const found = errorEnum(document, member, seen);
    if (found) return found;
  }
  return null;
}

function stringEnum(document: Json, schema: unknown, seen: Set<unknown>): string[] | null {
  const s = resolveRef(document, schema) as Json | undefined;
  if (!s || typeof s !== "object" || seen.has(s)) return null;
  seen.add(s);
  if (Array.isArray(s.enum)) return s.enum.filter((v): v is string => typeof v === "string");
  if (typeof s.const === "string") return [s.const];
  for (const member of Array.isArray(s.allOf) ? s.allOf : []) {
    const found = stringEnum(document, member, seen);
    if (found) return found;
  }
  return null;
}
