/**
 * examples: for one operation, the body each declared response answers in
 * the MSW handlers: the spec's example (media `example`, the first of
 * `examples`, the schema's `example`), else the smallest body the schema
 * accepts, built here (no randomness: generated code must not change between runs).
 */
import type { OperationModel } from "../model/model.js";
import { resolveRef, type Json } from "../load/refs.js";

export interface ExampleResponse {
  status: number;
  contentType: string | null;
  body: unknown;
}

export interface OperationExamples {
  success: { key: string; contentType: string | null };
  responses: Record<string, ExampleResponse>;
}

export function examplesOf(document: Json, op: OperationModel): OperationExamples {
  const item = resolveRef(document, ((document.paths ?? {}) as Json)[op.path]) as Json | undefined;
  const operation = (item?.[op.method] ?? {}) as Json;
  const responses = (operation.responses ?? {}) as Json;
  const out: Record<string, ExampleResponse> = {};
  for (const key of Object.keys(responses).sort()) {
    const response = (resolveRef(document, responses[key]) ?? {}) as Json;
    const status = /^\d{3}$/.test(key) ? Number(key) : /^[1-5]XX$/i.test(key) ? Number(key[0]) * 100 : 500;
    const content = (response.content ?? {}) as Record<string, Json>;
    const contentType = Object.keys(content).find((t) => /json/i.test(t)) ?? Object.keys(content)[0] ?? null;
    const media = contentType ? ((content[contentType] ?? {}) as Json) : {};
    const body = contentType ? exampleOf(document, media) : undefined;
    out[/^\d{3}$/.test(key) ? key : String(status)] ??= { status, contentType, body };
  }
  const successKey = Object.keys(responses)
    .filter((k) => /^2(\d\d|XX)$/i.test(k))
    .sort()[0];
  const successStatus = successKey === undefined ? "200" : /^\d{3}$/.test(successKey) ? successKey : String(Number(successKey[0]) * 100);
  return {
    success: {
      key: successKey === undefined ? "200" : /^\d{3}$/.test(successKey) ? successKey : successKey,
      contentType: out[successStatus]?.contentType && /json/i.test(out[successStatus].contentType!) ? out[successStatus].contentType : null,
    },
    responses: out,
  };
}

function exampleOf(document: Json, media: Json): unknown {
  if (media.example !== undefined) return media.example;
  if (media.examples && typeof media.examples === "object") {
    for (const value of Object.values(media.examples as Json)) {
      const example = resolveRef(document, value) as Json | undefined;
      if (example && typeof example === "object" && "value" in example) return example.value;
    }
  }
  return smallest(document, media.schema, 0, new Set());
}

/** The smallest value a schema accepts: its example or default, else required fields only, minimal arrays. */
function smallest(document: Json, input: unknown, depth: number, seen: Set<unknown>): unknown {
  const schema = (resolveRef(document, input) ?? {}) as Json;
  if (typeof schema !== "object" || depth > 8 || seen.has(schema)) return null;
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  const inner = new Set(seen).add(schema);
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((s) => smallest(document, s, depth + 1, inner));
    return parts.every((p) => p && typeof p === "object" && !Array.isArray(p)) ? Object.assign({}, ...parts) : parts[0];
  }
  const branches = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (Array.isArray(branches) && branches.length) return smallest(document, branches[0], depth + 1, inner);
  const type = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== "null") : (schema.type as string | undefined);
  if (type === "object" || schema.properties) {
    const out: Json = {};
    const props = (schema.properties ?? {}) as Json;
    for (const name of Array.isArray(schema.required) ? (schema.required as string[]) : []) {
      const prop = resolveRef(document, props[name]) as Json | undefined;
      if (prop?.writeOnly === true) continue;
      out[name] = smallest(document, prop ?? {}, depth + 1, inner);
    }
    return out;
  }
  if (type === "array")
    return Array.from({ length: typeof schema.minItems === "number" ? Math.min(schema.minItems, 3) : 0 }, () =>
      smallest(document, schema.items, depth + 1, inner),
    );
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
