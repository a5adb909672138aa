/**
 * deep-refs: openapi-typescript writes a `$ref` as indexed accesses along its
 * pointer, so `#/components/schemas/Tag/allOf/0` becomes
 * `components["schemas"]["Tag"]["allOf"]["0"]`, a type that does not exist
 * (openapi-typescript has this bug itself). A pointer only names a generated
 * type when it stops at a component, a path item or a webhook. Every other
 * ("deep") ref is rewritten, on the copy of the document the types are made
 * from, before the transform:
 *
 * - in a schema position, to a copy of its target under the document's
 *   `$defs`, keyed by the target's pointer (`$defs["components/schemas/Tag/allOf/0"]`):
 *   openapi-typescript emits the root `$defs` as the exported `$defs` type,
 *   and one named copy per target keeps cycles through deep refs finite;
 * - anywhere else (a response, parameter, request body, header or path item
 *   of another operation), to a copy of the object it points at.
 *
 * Chains of refs are followed to their end; a ref that ends at a component is
 * pointed at the component itself.
 */
import { atPointer, isRef, pointerSegment, type Json } from "../load/refs.js";
import { HTTP_METHODS } from "../load/http-methods.js";

type Kind = "schema" | "parameter" | "header" | "requestBody" | "response" | "mediaType" | "pathItem" | "callback";

/** Schema keywords whose value is a schema, a list of schemas, or a map of schemas. */
const SCHEMA_CHILD = [
  "items",
  "not",
  "additionalProperties",
  "additionalItems",
  "contains",
  "if",
  "then",
  "else",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
  "contentSchema",
];
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];

const COMPONENT_KINDS: Record<string, Kind> = {
  schemas: "schema",
  responses: "response",
  parameters: "parameter",
  requestBodies: "requestBody",
  headers: "header",
  pathItems: "pathItem",
  callbacks: "callback",
};

function segments(pointer: string): string[] {
  return pointer
    .slice(1)
    .split("/")
    .slice(1)
    .map((p) => decodeURIComponent(p).replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Whether openapi-typescript's indexed-access rendering of `ref` names a type it emits. */
export function isShallowRef(ref: string): boolean {
  if (!ref.startsWith("#/")) return true; // not a local pointer: not ours to rewrite
  const parts = segments(ref);
  if (parts[0] === "components") return parts.length === 3;
  if (parts[0] === "paths" || parts[0] === "webhooks" || parts[0] === "$defs") return parts.length === 2;
  return false;
}

/**
 * The document with every deep `$ref` rewritten as described above; the input
 * is left as it is. Returns the input itself when it has no deep ref.
 */
export function resolveDeepRefs(document: Json): Json {
  if (!hasDeepRef(document)) return document;
  const out = structuredClone(document);
  const defs: Record<string, unknown> = {};
  const existing = document.$defs && typeof document.$defs === "object" ? (document.$defs as Json) : {};
  // Target pointer → its `$defs` ref; set before the copy is walked, so a cycle meets it.
  const hoisted = new Map<string, string>();

  const fail = (ref: string, why: string): never => {
    throw new Error(`$ref "${ref}": ${why}`);
  };

  /** Follows a chain of refs from `ref`: the last pointer, and its target when that is not itself a shallow ref. */
  const follow = (ref: string): { pointer: string; target: unknown } => {
    const seen = new Set<string>();
    let pointer = ref;
    for (;;) {
      if (seen.has(pointer)) fail(ref, `the chain of $refs loops back to "${pointer}" without reaching a definition.`);
      seen.add(pointer);
      const target = atPointer(document, pointer);
      if (target === undefined) fail(ref, `nothing is defined at "${pointer}".`);
      if (!isRef(target)) return { pointer, target };
      if (isShallowRef(target.$ref)) return { pointer: target.$ref, target: undefined };
      pointer = target.$ref;
    }
  };

  const hoist = (ref: string): string => {
    const { pointer, target } = follow(ref);
    if (target === undefined) return pointer;
    const known = hoisted.get(pointer);
    if (known) return known;
    const key = pointer.slice(2);
    const defRef = `#/$defs/${pointerSegment(key)}`;
    hoisted.set(pointer, defRef);
    defs[key] = visit(structuredClone(target), "schema", new Set());
    return defRef;
  };

  const visit = (node: unknown, kind: Kind, inlining: Set<string>): unknown => {
    if (!node || typeof node !== "object" || Array.isArray(node)) return node;
    if (isRef(node) && !isShallowRef(node.$ref)) {
      if (kind === "schema") return { ...node, $ref: hoist(node.$ref) };
      const { pointer, target } = follow(node.$ref);
      if (target === undefined) return { ...node, $ref: pointer };
      if (inlining.has(pointer)) fail(node.$ref, "refers to itself through its own content.");
      return visit(structuredClone(target), kind, new Set([...inlining, pointer]));
    }
    const obj = node as Json;
    const one = (holder: Json, key: string, childKind: Kind) => {
      if (holder[key] !== undefined) holder[key] = visit(holder[key], childKind, inlining);
    };
    // A list or a map of children.
    const many = (holder: Json, key: string, childKind: Kind) => {
      const value = holder[key];
      if (Array.isArray(value)) holder[key] = value.map((v) => visit(v, childKind, inlining));
      else if (value && typeof value === "object") for (const k of Object.keys(value)) (value as Json)[k] = visit((value as Json)[k], childKind, inlining);
    };
    switch (kind) {
      case "schema":
        // `items` is a list in draft 4 tuples, a schema otherwise.
        for (const key of SCHEMA_CHILD) (Array.isArray(obj[key]) ? many : one)(obj, key, "schema");
        for (const key of [...SCHEMA_LISTS, ...SCHEMA_MAPS]) many(obj, key, "schema");
        break;
      case "parameter":
      case "header":
        one(obj, "schema", "schema");
        many(obj, "content", "mediaType");
        break;
      case "requestBody":
        many(obj, "content", "mediaType");
        break;
      case "response":
        many(obj, "headers", "header");
        many(obj, "content", "mediaType");
        break;
      case "mediaType":
        one(obj, "schema", "schema");
        for (const encoding of Object.values((obj.encoding ?? {}) as Json))
          if (encoding && typeof encoding === "object") many(encoding as Json, "headers", "header");
        break;
      case "pathItem":
        many(obj, "parameters", "parameter");
        for (const method of HTTP_METHODS) {
          const operation = obj[method];
          if (!operation || typeof operation !== "object") continue;
          many(operation as Json, "parameters", "parameter");
          one(operation as Json, "requestBody", "requestBody");
          many(operation as Json, "responses", "response");
          many(operation as Json, "callbacks", "callback");
        }
        break;
      case "callback":
        for (const k of Object.keys(obj)) obj[k] = visit(obj[k], "pathItem", inlining);
        break;
    }
    return obj;
  };

  for (const root of ["paths", "webhooks"]) {
    const items = out[root];
    if (items && typeof items === "object") for (const k of Object.keys(items)) (items as Json)[k] = visit((items as Json)[k], "pathItem", new Set());
  }
  const components = out.components;
  if (components && typeof components === "object") {
    for (const [section, kind] of Object.entries(COMPONENT_KINDS)) {
      const entries = (components as Json)[section];
      if (entries && typeof entries === "object") for (const k of Object.keys(entries)) (entries as Json)[k] = visit((entries as Json)[k], kind, new Set());
    }
  }
  if (hoisted.size === 0) return out;
  const all = { ...structuredClone(existing), ...defs };
  // The root `$defs` as one object schema, each entry a required property: openapi-typescript emits it as `export interface $defs`.
  out.$defs = { type: "object", properties: all, required: Object.keys(all), additionalProperties: false };
  return out;
}

function hasDeepRef(node: unknown): boolean {
  if (!node || typeof node !== "object") return false;
  if (Array.isArray(node)) return node.some(hasDeepRef);
  if (isRef(node) && !isShallowRef(node.$ref)) return true;
  for (const value of Object.values(node as Json)) if (hasDeepRef(value)) return true;
  return false;
}
