/**
 * example-values: plausible values for the docs' code samples, taken from the
 * spec's own examples first and invented from the schema only when the spec
 * gives none. Request bodies keep only their required fields (recursively),
 * so a sample shows the least a caller must send.
 */
import { resolveRef, type Json } from "../load/refs.js";
import type { OperationModel } from "./model.js";

/** A file to upload: rendered as a Blob in TypeScript and as `@file` in curl. */
export class FileValue {
  constructor(readonly fileName: string) {}
}

export type SampleValue = string | number | boolean | null | FileValue | SampleValue[] | { [key: string]: SampleValue };

const MAX_DEPTH = 6;

function operationObject(document: Json, op: OperationModel): Json {
  const item = (resolveRef(document, (document.paths as Json)?.[op.path]) ?? {}) as Json;
  return (item[op.method] ?? {}) as Json;
}

/** The parameter object (path item and operation merged, operation wins). */
export function parameterObject(document: Json, op: OperationModel, location: string, name: string): Json | undefined {
  const item = (resolveRef(document, (document.paths as Json)?.[op.path]) ?? {}) as Json;
  let found: Json | undefined;
  for (const list of [item.parameters, operationObject(document, op).parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const p = resolveRef(document, raw) as Json | undefined;
      if (p && p.in === location && p.name === name) found = p;
    }
  }
  return found;
}

function firstExample(holder: Json | undefined, document: Json): unknown {
  if (!holder) return undefined;
  if (holder.example !== undefined) return holder.example;
  if (holder.examples && typeof holder.examples === "object" && !Array.isArray(holder.examples)) {
    const first = Object.values(holder.examples as Json)[0];
    const example = resolveRef(document, first) as Json | undefined;
    if (example && example.value !== undefined) return example.value;
  }
  return undefined;
}

/** A value for one parameter: its example, the schema's example/default/enum, else from its type. */
export function parameterValue(document: Json, param: Json | undefined, fallback: string): SampleValue {
  const fromParam = firstExample(param, document);
  if (fromParam !== undefined) return fromParam as SampleValue;
  const schema = resolveRef(document, param?.schema) as Json | undefined;
  if (!schema) return fallback;
  if (schema.example !== undefined) return schema.example as SampleValue;
  if (schema.default !== undefined) return schema.default as SampleValue;
  if (schema.type === "string" && !schema.format && !Array.isArray(schema.enum)) return fallback;
  return schemaValue(document, schema, 0);
}

/** A small page for list samples: 10, kept inside the parameter's bounds. */
export function pageSizeValue(document: Json, param: Json | undefined): number {
  const given = firstExample(param, document) ?? (resolveRef(document, param?.schema) as Json | undefined)?.example;
  if (typeof given === "number") return given;
  const schema = (resolveRef(document, param?.schema) ?? {}) as Json;
  let value = 10;
  if (typeof schema.maximum === "number") value = Math.min(value, schema.maximum);
  if (typeof schema.minimum === "number") value = Math.max(value, schema.minimum);
  return value;
}

/** The request body with only its required fields, or undefined when there is no body. */
export function requiredBody(document: Json, op: OperationModel): SampleValue | undefined {
  const body = op.requestBody;
  if (!body) return undefined;
  const raw = resolveRef(document, operationObject(document, op).requestBody) as Json | undefined;
  const media = ((raw?.content as Json | undefined)?.[body.contentType] ?? {}) as Json;
  const example = firstExample(media, document);
  const schema = resolveRef(document, media.schema) as Json | undefined;
  if (body.bodyType === "binary") return new FileValue("file.bin");
  if (body.bodyType === "text") return typeof example === "string" ? example : "text";
  const minimal = requiredPart(document, schema, example, 0);
  // Nothing required (a PATCH): show the spec's example, or one field, rather than an empty object.
  if (isEmptyObject(minimal)) {
    if (example && typeof example === "object") return example as SampleValue;
    const shape = schema ? objectShape(document, schema, 0) : null;
    const first = shape && Object.keys(shape.properties).find((k) => (resolveRef(document, shape.properties[k]) as Json | undefined)?.readOnly !== true);
    if (shape && first) return { [first]: schemaValue(document, shape.properties[first], 1) };
  }
  return minimal;
}

function isEmptyObject(value: SampleValue): boolean {
  return !!value && typeof value === "object" && !Array.isArray(value) && !(value instanceof FileValue) && Object.keys(value).length === 0;
}

/** Object schemas flattened over allOf, so required fields of every part count. */
function objectShape(document: Json, schema: Json, depth: number): { properties: Json; required: string[] } | null {
  const properties: Json = {};
  const required: string[] = [];
  let isObject = schema.type === "object" || typeof schema.properties === "object";
  if (schema.properties && typeof schema.properties === "object") Object.assign(properties, schema.properties);
  if (Array.isArray(schema.required)) required.push(...schema.required.map(String));
  if (Array.isArray(schema.allOf) && depth < MAX_DEPTH) {
    for (const part of schema.allOf) {
      const shape = objectShape(document, (resolveRef(document, part) ?? {}) as Json, depth + 1);
      if (!shape) continue;
      isObject = true;
      Object.assign(properties, shape.properties);
      required.push(...shape.required);
    }
  }
  return isObject ? { properties, required: [...new Set(required)] } : null;
}

function requiredPart(document: Json, rawSchema: unknown, example: unknown, depth: number): SampleValue {
  const schema = (resolveRef(document, rawSchema) ?? {}) as Json;
  if (schema.format === "binary") return new FileValue("file.bin");
  const shape = depth < MAX_DEPTH ? objectShape(document, schema, depth) : null;
  if (!shape) return example !== undefined ? (example as SampleValue) : schemaValue(document, schema, depth);
  const out: { [key: string]: SampleValue } = {};
  const given = example && typeof example === "object" && !Array.isArray(example) ? (example as Json) : {};
  for (const name of shape.required) {
    const property = (resolveRef(document, shape.properties[name]) ?? {}) as Json;
    // Server-owned fields are never sent, even when listed as required.
    if (property.readOnly === true) continue;
    out[name] = requiredPart(document, property, given[name], depth + 1);
  }
  return out;
}

function schemaValue(document: Json, rawSchema: unknown, depth: number): SampleValue {
  const schema = (resolveRef(document, rawSchema) ?? {}) as Json;
  if (schema.example !== undefined) return schema.example as SampleValue;
  if (schema.default !== undefined) return schema.default as SampleValue;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0] as SampleValue;
  if (schema.const !== undefined) return schema.const as SampleValue;
  for (const key of ["oneOf", "anyOf"]) {
    if (Array.isArray(schema[key]) && (schema[key] as unknown[]).length && depth < MAX_DEPTH) {
      return requiredPart(document, (schema[key] as unknown[])[0], undefined, depth + 1);
    }
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (type === "object" || schema.properties || schema.allOf) return depth < MAX_DEPTH ? requiredPart(document, schema, undefined, depth + 1) : {};
  if (type === "array") return depth < MAX_DEPTH ? [schemaValue(document, schema.items, depth + 1)] : [];
  if (type === "integer" || type === "number") {
    let value = 1;
    if (typeof schema.minimum === "number") value = Math.max(value, schema.minimum);
    if (typeof schema.maximum === "number") value = Math.min(value, schema.maximum);
    return value;
  }
  if (type === "boolean") return true;
  switch (schema.format) {
    case "binary":
      return new FileValue("file.bin");
    case "date-time":
      return "2024-01-15T10:30:00Z";
    case "date":
      return "2024-01-15";
    case "email":
      return "user@example.com";
    case "uri":
    case "url":
      return "https://example.com";
    case "uuid":
      return "3fa85f64-5717-4562-b3fc-2c963f66afa6";
  }
  return "string";
}
