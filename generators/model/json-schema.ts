/**
 * OpenAPI schema → JSON Schema that ajv (and so Fastify) validates, for one
 * direction: in a request, readOnly properties are refused (`false`) and not
 * required; in a response (the serializer's schema), writeOnly ones are left
 * out, so they are never sent. `nullable` becomes a type union, 3.0's
 * boolean exclusiveMinimum/Maximum become numbers, annotations ajv doesn't
 * need are dropped, formats and patterns ajv can't compile are left out
 * rather than failing start-up. A discriminated oneOf becomes an anyOf (the
 * discriminator, not "exactly one", decides), and a required field missing
 * from `properties` is declared as anything. Local `$ref`s stay refs, into SPEC_SCHEMA_ID
 * (requests) or RESPONSE_SCHEMA_ID (responses),
 * and are collected so the caller can emit their targets.
 */
import { isRef, setAtPointer, type Json } from "../load/refs.js";
import { schemaStoreOf, type Dialect, type SchemaStore } from "./schema-store.js";

export type { Dialect };
export const SPEC_SCHEMA_ID = "openapi://spec";
/** The response-direction copy of the spec's schemas (writeOnly fields left out). */
export const RESPONSE_SCHEMA_ID = "openapi://spec-response";

export interface ConvertOptions {
  /** Where `$ref`s are followed (`model.refs`). */
  store?: SchemaStore;
  /** For callers that hold only a document (test helpers): its store is made once. One of `store` and `document` is needed. */
  document?: Json;
  dialect: Dialect;
  direction: "request" | "response";
  /** Pointers (`#/components/schemas/Job`) the converted schemas reference. */
  refs: Set<string>;
  /**
   * Pointers that are not valid URI references (non-ASCII or reserved
   * characters in a schema name) → the plain pointer the converted schema
   * uses instead (fast-json-stringify refuses the former); the caller places
   * their targets there.
   */
  aliases?: Map<string, string>;
  /**
   * What becomes of a field the direction hides (readOnly in a request,
   * writeOnly in a response): `refuse` makes it invalid when present (the
   * request validators; a checker of responses), `omit` leaves it undeclared
   * (the response serializer then drops it). Default: refuse in requests,
   * omit in responses.
   */
  hidden?: "refuse" | "omit";
}

/** What a JSON pointer fragment may hold as is in a URI reference. */
const URI_SAFE_POINTER = /^#[A-Za-z0-9._~!$&'()*+,;=:@/-]*$/;

const SCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions", "$defs", "dependentSchemas"]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SCHEMA_VALUES = new Set([
  "items",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
  "additionalItems",
  "contentSchema",
]);
/** Annotations and OpenAPI-only keywords: no meaning for validation. */
const DROPPED = new Set([
  "example",
  "examples",
  "xml",
  "externalDocs",
  "discriminator",
  "deprecated",
  "nullable",
  "readOnly",
  "writeOnly",
  "$schema",
  "$id",
  "$comment",
  "$anchor",
  "description",
  "title",
]);
/** What ajv-formats knows (OpenAPI's own formats included). */
const KNOWN_FORMATS = new Set([
  "date",
  "time",
  "date-time",
  "iso-time",
  "iso-date-time",
  "duration",
  "uri",
  "uri-reference",
  "uri-template",
  "url",
  "email",
  "hostname",
  "ipv4",
  "ipv6",
  "regex",
  "uuid",
  "json-pointer",
  "json-pointer-uri-fragment",
  "relative-json-pointer",
  "byte",
  "int32",
  "int64",
  "float",
  "double",
  "password",
  "binary",
]);

/** The options with their store settled (a `document` given instead is looked up once). */
type Settled = ConvertOptions & { store: SchemaStore };

export function convertSchema(schema: unknown, options: ConvertOptions): Json {
  return convert(schema, settle(options)) as Json;
}

function settle(options: ConvertOptions): Settled {
  if (options.store) return options as Settled;
  if (!options.document) throw new Error("convertSchema needs a store (or a document)");
  return { ...options, store: schemaStoreOf(options.document) };
}

function convert(schema: unknown, options: Settled): unknown {
  if (typeof schema === "boolean") return schema;
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) return {};
  const s = schema as Json;
  if (typeof s.$ref === "string") return convertRef(s, options);
  const out: Json = {};
  for (const [key, value] of Object.entries(s)) {
    if (DROPPED.has(key) || key.startsWith("x-")) continue;
    if (SCHEMA_MAPS.has(key) && value && typeof value === "object") {
      out[key] = key === "properties" ? convertProperties(value as Json, options) : mapValues(value as Json, (v) => convert(v, options));
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      // With a discriminator the property picks the branch: a payload valid for the branch it names is valid,
      // even where branches overlap (a branch that is allOf another matches both), which oneOf would refuse.
      // Also when every branch inherits a discriminator through allOf (Bar: allOf [Foo, …], Foo discriminated).
      const picked = key === "oneOf" && ((s.discriminator && typeof s.discriminator === "object") || value.every((v) => discriminated(v, options.store)));
      out[picked ? "anyOf" : key] = value.map((v) => convert(v, options));
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = Array.isArray(value) ? value.map((v) => convert(v, options)) : convert(value, options);
    } else if (key === "required" && !Array.isArray(value)) {
    } else if (key === "required") {
      const props = (s.properties ?? {}) as Json;
      const kept = (value as unknown[]).filter((name) => typeof name === "string" && !isHidden(props[name], options));
      if (kept.length) out.required = kept;
    } else if (key === "format") {
      if (typeof value === "string" && KNOWN_FORMATS.has(value)) out.format = value;
    } else if (key === "pattern") {
      if (typeof value === "string" && compiles(value)) out.pattern = value;
    } else if ((key === "exclusiveMinimum" || key === "exclusiveMaximum") && typeof value === "boolean") {
      // OpenAPI 3.0: a flag on minimum/maximum. JSON Schema: the bound itself.
      const bound = key === "exclusiveMinimum" ? "minimum" : "maximum";
      if (value && typeof s[bound] === "number") out[key] = s[bound];
    } else if (key === "type" && value === "file") {
    } else if (key === "enum" && Array.isArray(value) && value.length === 0) {
      // `enum: []` means "no known values yet" in real specs (Discord's), not "no value allowed"; ajv refuses it outright.
    } else {
      out[key] = value;
    }
  }
  // A required field the schema forgets to declare (real specs do: Clerk's SAMLConnection) is still a field:
  // declared as anything, so the serializer and the response filter keep it instead of dropping a required value.
  if (Array.isArray(out.required) && out.properties && typeof out.properties === "object") {
    const props = out.properties as Json;
    for (const name of out.required as string[]) if (!(name in props)) props[name] = {};
  }
  for (const key of ["exclusiveMinimum", "exclusiveMaximum"] as const) {
    const bound = key === "exclusiveMinimum" ? "minimum" : "maximum";
    if (s[key] === true && typeof s[bound] === "number") delete out[bound];
  }
  return s.nullable === true ? nullable(out) : out;
}

/** Whether a schema, through $refs and allOf, carries a discriminator (so its type is picked by that property). */
function discriminated(schema: unknown, store: SchemaStore, depth = 0): boolean {
  const s = store.resolve(schema) as Json | undefined;
  if (!s || typeof s !== "object" || depth > 16) return false;
  if (s.discriminator && typeof s.discriminator === "object") return true;
  return Array.isArray(s.allOf) && s.allOf.some((member) => discriminated(member, store, depth + 1));
}

function convertRef(s: Json, options: Settled): unknown {
  const ref = s.$ref as string;
  if (!ref.startsWith("#/")) return {};
  options.refs.add(ref);
  const aliases = options.aliases;
  let pointer = ref;
  if (aliases && !URI_SAFE_POINTER.test(ref)) {
    if (!aliases.has(ref)) aliases.set(ref, `#/x-aliased/s${aliases.size}`);
    pointer = aliases.get(ref)!;
  }
  const target: Json = { $ref: `${options.direction === "response" ? RESPONSE_SCHEMA_ID : SPEC_SCHEMA_ID}${pointer}` };
  // 3.0 ignores a $ref's siblings; 3.1 applies them. `nullable` beside a $ref is honoured either way (common intent).
  const siblings = Object.keys(s).filter((k) => k !== "$ref" && !DROPPED.has(k) && !k.startsWith("x-"));
  let out: Json = target;
  if (options.dialect === "2020-12" && siblings.length) {
    const rest = convert(Object.fromEntries(siblings.map((k) => [k, s[k]])), options) as Json;
    out = { allOf: [target, rest] };
  }
  return s.nullable === true ? { anyOf: [out, { type: "null" }] } : out;
}

function convertProperties(properties: Json, options: Settled): Json {
  const out: Json = {};
  for (const [name, prop] of Object.entries(properties)) {
    const hidden = isHidden(prop, options);
    // A server-owned (readOnly) field in a request is an error when present (`false`);
    // a secret (writeOnly) in a response is not declared at all, so the serializer drops it.
    if (hidden && (options.hidden ?? (options.direction === "response" ? "omit" : "refuse")) === "omit") continue;
    out[name] = hidden ? false : convert(prop, options);
  }
  return out;
}

function isHidden(prop: unknown, options: Settled): boolean {
  const flag = options.direction === "request" ? "readOnly" : "writeOnly";
  const seen = new Set<unknown>();
  const visit = (node: unknown): boolean => {
    if (!node || typeof node !== "object" || seen.has(node)) return false;
    seen.add(node);
    const n = node as Json;
    if (n[flag] === true) return true;
    if (typeof n.$ref === "string") return visit(options.store.resolve(n));
    // `allOf: [{ $ref }]` with the flag inside one member marks the whole property.
    return Array.isArray(n.allOf) && n.allOf.some(visit);
  };
  return visit(prop);
}

function nullable(out: Json): Json {
  if (typeof out.type === "string") {
    const typed: Json = { ...out, type: [out.type, "null"] };
    if (Array.isArray(out.enum) && !out.enum.includes(null)) typed.enum = [...out.enum, null];
    return typed;
  }
  if (Array.isArray(out.type)) return out.type.includes("null") ? out : { ...out, type: [...out.type, "null"] };
  return { anyOf: [out, { type: "null" }] };
}

function mapValues(obj: Json, fn: (v: unknown) => unknown): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(obj)) out[k] = fn(v);
  return out;
}

/** Patterns ajv compiles with the `u` flag off (runtime option); anything else is skipped, not fatal. */
function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts every node `refs` names into `out` at its own pointer (or its
 * alias), so converted `$ref`s keep pointing at a copy of their target
 * (cycles are fine). Converting a target can name more refs: loops until
 * none are new. `done` carries what is already there across calls (the mock
 * fills its document as it meets refs). Returns whether anything was added.
 * The one builder of the server's shared schemas and the mock's.
 */
export function fillSharedSchema(
  store: SchemaStore,
  out: Json,
  refs: Set<string>,
  convert: (schema: unknown) => Json,
  done: Set<string> = new Set(),
  aliases?: Map<string, string>,
): boolean {
  let added = false;
  for (let pending = [...refs].filter((r) => !done.has(r)); pending.length; pending = [...refs].filter((r) => !done.has(r))) {
    for (const pointer of pending) {
      done.add(pointer);
      const target = store.at(pointer);
      if (target === undefined || (isRef(target) && (target as Json).$ref === pointer)) continue;
      // Converted first: converting can add aliases (and refs) of its own.
      const converted = convert(target);
      setAtPointer(out, aliases?.get(pointer) ?? pointer, converted);
      added = true;
    }
  }
  return added;
}
