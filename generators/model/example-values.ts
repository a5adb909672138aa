/**
 * example-values: plausible values for the docs' code samples, taken from the
 * spec's own examples first and invented from the schema only when the spec
 * gives none. Request bodies keep only their required fields (recursively),
 * so a sample shows the least a caller must send.
 */
import type { Json } from "../load/refs.js";
import { firstExampleOf } from "./responses.js";
import type { SchemaStore } from "./schema-store.js";
import type { OperationModel, ParameterModel } from "./types.js";

/** A file to upload: rendered as a Blob in TypeScript and as `@file` in curl. */
export class FileValue {
  constructor(readonly fileName: string) {}
}

export type SampleValue = string | number | boolean | null | FileValue | SampleValue[] | { [key: string]: SampleValue };

const MAX_DEPTH = 6;

/** A value for one parameter: its example, the schema's example/default/enum, else from its type. */
export function parameterValue(refs: SchemaStore, param: ParameterModel | undefined, fallback: string): SampleValue {
  const fromParam = firstExampleOf(param);
  if (fromParam !== undefined) return fromParam as SampleValue;
  const schema = refs.resolve(param?.schema) as Json | undefined;
  if (!schema) return fallback;
  if (schema.example !== undefined) return schema.example as SampleValue;
  if (schema.default !== undefined) return schema.default as SampleValue;
  if (schema.type === "string" && !schema.format && !Array.isArray(schema.enum)) return fallback;
  return schemaValue(refs, schema, 0);
}

/** A small page for list samples: 10, kept inside the parameter's bounds. */
export function pageSizeValue(refs: SchemaStore, param: ParameterModel | undefined): number {
  const schema = (refs.resolve(param?.schema) ?? {}) as Json;
  const given = firstExampleOf(param) ?? schema.example;
  if (typeof given === "number") return given;
  let value = 10;
  if (typeof schema.maximum === "number") value = Math.min(value, schema.maximum);
  if (typeof schema.minimum === "number") value = Math.max(value, schema.minimum);
  return value;
}

/** The request body with only its required fields, or undefined when there is no body. */
export function requiredBody(refs: SchemaStore, op: OperationModel): SampleValue | undefined {
  const body = op.requestBody;
  if (!body) return undefined;
  // The model puts the media type the SDK sends first.
  const media = body.media[0];
  const example = firstExampleOf(media);
  const schema = refs.resolve(media?.schema) as Json | undefined;
  if (body.bodyType === "binary") return new FileValue("file.bin");
  if (body.bodyType === "text") return typeof example === "string" ? example : "text";
  const minimal = requiredPart(refs, schema, example, 0);
  // Nothing required (a PATCH): show the spec's example, or one field, rather than an empty object.
  if (isEmptyObject(minimal)) {
    if (example && typeof example === "object") return example as SampleValue;
    const shape = schema ? objectShape(refs, schema, 0) : null;
    const first = shape && Object.keys(shape.properties).find((k) => (refs.resolve(shape.properties[k]) as Json | undefined)?.readOnly !== true);
    if (shape && first) return { [first]: schemaValue(refs, shape.properties[first], 1) };
  }
  return minimal;
}

function isEmptyObject(value: SampleValue): boolean {
  return !!value && typeof value === "object" && !Array.isArray(value) && !(value instanceof FileValue) && Object.keys(value).length === 0;
}

/** Object schemas flattened over allOf, so required fields of every part count. */
function objectShape(refs: SchemaStore, schema: Json, depth: number): { properties: Json; required: string[] } | null {
  const properties: Json = {};
  const required: string[] = [];
  let isObject = schema.type === "object" || typeof schema.properties === "object";
  if (schema.properties && typeof schema.properties === "object") Object.assign(properties, schema.properties);
  if (Array.isArray(schema.required)) required.push(...schema.required.map(String));
  if (Array.isArray(schema.allOf) && depth < MAX_DEPTH) {
    for (const part of schema.allOf) {
      const shape = objectShape(refs, (refs.resolve(part) ?? {}) as Json, depth + 1);
      if (!shape) continue;
      isObject = true;
      Object.assign(properties, shape.properties);
      required.push(...shape.required);
    }
  }
  return isObject ? { properties, required: [...new Set(required)] } : null;
}

function requiredPart(refs: SchemaStore, rawSchema: unknown, example: unknown, depth: number): SampleValue {
  const schema = (refs.resolve(rawSchema) ?? {}) as Json;
  if (schema.format === "binary") return new FileValue("file.bin");
  const shape = depth < MAX_DEPTH ? objectShape(refs, schema, depth) : null;
  if (!shape) return example !== undefined ? (example as SampleValue) : schemaValue(refs, schema, depth);
  const out: { [key: string]: SampleValue } = {};
  const given = example && typeof example === "object" && !Array.isArray(example) ? (example as Json) : {};
  for (const name of shape.required) {
    const property = (refs.resolve(shape.properties[name]) ?? {}) as Json;
    // Server-owned fields are never sent, even when listed as required.
    if (property.readOnly === true) continue;
    out[name] = requiredPart(refs, property, given[name], depth + 1);
  }
  return out;
}

function schemaValue(refs: SchemaStore, rawSchema: unknown, depth: number): SampleValue {
  const schema = (refs.resolve(rawSchema) ?? {}) as Json;
  if (schema.example !== undefined) return schema.example as SampleValue;
  if (schema.default !== undefined) return schema.default as SampleValue;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0] as SampleValue;
  if (schema.const !== undefined) return schema.const as SampleValue;
  for (const key of ["oneOf", "anyOf"]) {
    if (Array.isArray(schema[key]) && (schema[key] as unknown[]).length && depth < MAX_DEPTH) {
      return requiredPart(refs, (schema[key] as unknown[])[0], undefined, depth + 1);
    }
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (type === "object" || schema.properties || schema.allOf) return depth < MAX_DEPTH ? requiredPart(refs, schema, undefined, depth + 1) : {};
  if (type === "array") return depth < MAX_DEPTH ? [schemaValue(refs, schema.items, depth + 1)] : [];
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
