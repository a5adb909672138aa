/**
 * examples: for one operation, the body each declared response answers in
 * the MSW handlers: the spec's example (media `example`, the first of
 * `examples`, the schema's `example`), else the smallest body the schema
 * accepts, built here (no randomness: generated code must not change between runs).
 */
import type { OperationModel, ResponseMediaModel } from "../model/model.js";
import type { Json } from "../load/refs.js";
import { firstExampleOf } from "../model/responses.js";
import type { SchemaStore } from "../model/schema-store.js";

export interface ExampleResponse {
  status: number;
  contentType: string | null;
  body: unknown;
}

export interface OperationExamples {
  success: { key: string; contentType: string | null };
  responses: Record<string, ExampleResponse>;
}

export function examplesOf(refs: SchemaStore, op: OperationModel): OperationExamples {
  const out: Record<string, ExampleResponse> = {};
  const keys = op.responses.map((r) => r.key);
  for (const response of [...op.responses].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const key = response.key;
    const status = /^\d{3}$/.test(key) ? Number(key) : /^[1-5]XX$/i.test(key) ? Number(key[0]) * 100 : 500;
    const media = response.media.find((m) => /json/i.test(m.mediaType)) ?? response.media[0];
    const contentType = media?.mediaType ?? null;
    const body = media ? exampleOf(refs, media) : undefined;
    out[/^\d{3}$/.test(key) ? key : String(status)] ??= { status, contentType, body };
  }
  const successKey = keys.filter((k) => /^2(\d\d|XX)$/i.test(k)).sort()[0];
  const successStatus = successKey === undefined ? "200" : /^\d{3}$/.test(successKey) ? successKey : String(Number(successKey[0]) * 100);
  return {
    success: {
      key: successKey === undefined ? "200" : /^\d{3}$/.test(successKey) ? successKey : successKey,
      contentType: out[successStatus]?.contentType && /json/i.test(out[successStatus].contentType!) ? out[successStatus].contentType : null,
    },
    responses: out,
  };
}

function exampleOf(refs: SchemaStore, media: ResponseMediaModel): unknown {
  const given = firstExampleOf(media);
  return given !== undefined ? given : smallest(refs, media.schema, 0, new Set());
}

/** The smallest value a schema accepts: its example or default, else required fields only, minimal arrays. */
function smallest(refs: SchemaStore, input: unknown, depth: number, seen: Set<unknown>): unknown {
  const schema = (refs.resolve(input) ?? {}) as Json;
  if (typeof schema !== "object" || depth > 8 || seen.has(schema)) return null;
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  const inner = new Set(seen).add(schema);
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((s) => smallest(refs, s, depth + 1, inner));
    return parts.every((p) => p && typeof p === "object" && !Array.isArray(p)) ? Object.assign({}, ...parts) : parts[0];
  }
  const branches = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (Array.isArray(branches) && branches.length) return smallest(refs, branches[0], depth + 1, inner);
  const type = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== "null") : (schema.type as string | undefined);
  if (type === "object" || schema.properties) {
    const out: Json = {};
    const props = (schema.properties ?? {}) as Json;
    for (const name of Array.isArray(schema.required) ? (schema.required as string[]) : []) {
      const prop = refs.resolve(props[name]) as Json | undefined;
      if (prop?.writeOnly === true) continue;
      out[name] = smallest(refs, prop ?? {}, depth + 1, inner);
    }
    return out;
  }
  if (type === "array")
    return Array.from({ length: typeof schema.minItems === "number" ? Math.min(schema.minItems, 3) : 0 }, () => smallest(refs, schema.items, depth + 1, inner));
  if (type === "integer" || type === "number") return typeof schema.minimum === "number" ? schema.minimum : 0;
  if (type === "boolean") return false;
  if (type === "null") return null;
  if (schema.format === "date-time") return "2024-01-01T00:00:00Z";
  if (schema.format === "date") return "2024-01-01";
  if (schema.format === "uuid") return "00000000-0000-4000-8000-000000000000";
  if (schema.format === "email") return "user@example.com";
  if (schema.format === "uri" || schema.format === "url") return "https://example.com";
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? Math.max(schema.maxLength, min) : undefined;
  return "string".padEnd(min, "x").slice(0, max);
}
