/**
 * plan: what the stateful mock does for each operation, inferred from the
 * paths alone. `POST /pets` creates into the collection `/pets`, `GET /pets`
 * lists it (when its response holds an array of items), `GET`/`PUT`/`PATCH`/
 * `DELETE /pets/{petId}` read, replace, change and remove one item. A POST to
 * a path that is neither a collection with items nor listed (`POST
 * /jobs/{id}/cancel`, `POST /rpc/doThing`) is an action: it answers the
 * spec's example. Where the items live in a response (the root, an envelope
 * like `data`, the array of a list) and which field is the id is found in the
 * response schemas.
 */
import type { OperationModel } from "../../model/model.js";
import type { Json } from "../../load/refs.js";
import type { SchemaStore } from "../../model/schema-store.js";
import type { SpecSchemas } from "../schemas.js";

export type Action = "create" | "list" | "read" | "replace" | "update" | "delete" | "example";

export interface OperationPlan {
  operation: OperationModel;
  action: Action;
  /** The collection's path template (`/teams/{team_id}/members`). */
  collection?: string;
  /** The path parameter holding the item's id. */
  idParam?: string;
  /** Where the item (or, for a list, the items array) sits in the success body: [] for the root. */
  at?: string[];
  /** Why it answers the example (for the start-up note). */
  reason?: string;
}

export interface CollectionPlan {
  path: string;
  /** The item's id field. */
  idField: string;
  /** The item schema as the spec writes it (readOnly/writeOnly marks intact). */
  itemSchema: Json;
  /** Path parameters of the collection's parents (`team_id`). */
  parentParams: string[];
}

export interface Plan {
  operations: OperationPlan[];
  collections: Map<string, CollectionPlan>;
}

const ITEM_SEGMENT = /^\{([^}]+)\}$/;

export function planOperations(operations: OperationModel[], schemas: SpecSchemas): Plan {
  const refs = schemas.refs;
  const itemPaths = new Map<string, string>(); // collection path → its item path's id param
  for (const op of operations) {
    const segments = op.path.split("/");
    const last = ITEM_SEGMENT.exec(segments[segments.length - 1] ?? "");
    if (last && segments.length > 1) itemPaths.set(segments.slice(0, -1).join("/") || "/", last[1]);
  }
  const collections = new Map<string, CollectionPlan>();
  const out: OperationPlan[] = [];
  for (const op of operations) {
    const segments = op.path.split("/");
    const last = ITEM_SEGMENT.exec(segments[segments.length - 1] ?? "");
    const collection = last ? segments.slice(0, -1).join("/") || "/" : op.path;
    const isItem = !!last && segments.length > 1;
    const action: Action | null = isItem
      ? (({ get: "read", put: "replace", patch: "update", delete: "delete" } as Record<string, Action>)[op.method] ?? null)
      : op.method === "post" && op.requestBody?.bodyType === "json" && (itemPaths.has(collection) || hasList(operations, collection, schemas))
        ? "create"
        : op.method === "get" && itemPaths.has(collection)
          ? "list"
          : null;
    if (!action) {
      out.push({
        operation: op,
        action: "example",
        reason: isItem ? `${op.method.toUpperCase()} on an item` : "an action or a view, not a collection of items",
      });
      continue;
    }
    const idParam = isItem ? last![1] : itemPaths.get(collection);
    let plan = collections.get(collection);
    if (!plan) {
      const found = findItemSchema(operations, collection, idParam, schemas);
      if (found) {
        plan = { path: collection, ...found, parentParams: [...collection.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]) };
        collections.set(collection, plan);
      }
    }
    if (!plan) {
      out.push({ operation: op, action: "example", reason: "no item with an id field in its responses" });
      continue;
    }
    const success = originalSuccessSchema(op, schemas);
    const at =
      action === "list"
        ? findArrayOf(success, plan.idField, refs, op.pagination?.items)
        : action === "delete" && !success
          ? []
          : findObjectWith(success, plan.idField, refs);
    if (at === null && !(action === "delete")) {
      out.push({ operation: op, action: "example", reason: action === "list" ? "no items array in its response" : "its response is not the item" });
      continue;
    }
    out.push({ operation: op, action, collection, idParam: isItem ? last![1] : undefined, at: at ?? undefined });
  }
  return { operations: out, collections };
}

function hasList(operations: OperationModel[], collection: string, schemas: SpecSchemas): boolean {
  const list = operations.find((o) => o.method === "get" && o.path === collection);
  if (!list) return false;
  const schema = originalSuccessSchema(list, schemas);
  return !!schema && findArray(schema, schemas.refs) !== null;
}

/** The success response's JSON schema as written (refs resolved at the top only). */
export function originalSuccessSchema(op: OperationModel, schemas: SpecSchemas): Json | null {
  const responses = schemas.responsesOf(op);
  const key = Object.keys(responses)
    .filter((k) => /^2(\d\d|XX)$/i.test(k))
    .sort()[0];
  if (!key) return null;
  const media = responses[key].media.find((m) => /json/i.test(m.mediaType));
  return media ? ((schemas.refs.resolve(media.schema) as Json) ?? null) : null;
}

/** Properties of an object schema, allOf members merged. */
export function propertiesOf(schema: unknown, refs: SchemaStore, depth = 0): Record<string, Json> {
  const s = refs.resolve(schema) as Json | undefined;
  if (!s || typeof s !== "object" || depth > 8) return {};
  let out: Record<string, Json> = {};
  for (const member of (Array.isArray(s.allOf) ? s.allOf : []) as unknown[]) out = { ...out, ...propertiesOf(member, refs, depth + 1) };
  for (const [name, prop] of Object.entries((s.properties ?? {}) as Json)) out[name] = (refs.resolve(prop) ?? {}) as Json;
  return out;
}

function idFieldOf(schema: unknown, idParam: string | undefined, refs: SchemaStore): string | null {
  const props = Object.keys(propertiesOf(schema, refs));
  if (!props.length) return null;
  const candidates = idParam ? [idParam, snake(idParam), camel(idParam)] : [];
  candidates.push("id", "uuid", "key");
  const found = candidates.find((c) => props.includes(c));
  return found ?? props.find((p) => /(^|_)id$|[a-z]Id$/.test(p)) ?? null;
}

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}
function camel(name: string): string {
  return name.replace(/[-_]([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The item schema of a collection: from its read, then create, then list responses. */
function findItemSchema(
  operations: OperationModel[],
  collection: string,
  idParam: string | undefined,
  schemas: SpecSchemas,
): { idField: string; itemSchema: Json } | null {
  const refs = schemas.refs;
  const related = operations.filter((o) => o.path === collection || (idParam && o.path === `${collection === "/" ? "" : collection}/{${idParam}}`));
  const ordered = [
    ...related.filter((o) => o.method === "get" && o.path !== collection),
    ...related.filter((o) => o.method === "post"),
    ...related.filter((o) => o.method === "get" && o.path === collection),
  ];
  for (const op of ordered) {
    const success = originalSuccessSchema(op, schemas);
    if (!success) continue;
    if (op.method === "get" && op.path === collection) {
      const at = findArray(success, refs, op.pagination?.items);
      if (at === null) continue;
      const items = refs.resolve((at.length ? refs.resolve(descend(success, at, refs)) : success) as Json) as Json;
      const item = (refs.resolve(items?.items) ?? {}) as Json;
      const idField = idFieldOf(item, idParam, refs);
      if (idField) return { idField, itemSchema: item };
      continue;
    }
    const direct = idFieldOf(success, idParam, refs);
    if (direct) return { idField: direct, itemSchema: success };
    for (const [, prop] of Object.entries(propertiesOf(success, refs))) {
      const idField = idFieldOf(prop, idParam, refs);
      if (idField) return { idField, itemSchema: prop };
    }
  }
  return null;
}

/** The schema at a property path. */
export function descend(schema: unknown, at: string[], refs: SchemaStore): Json {
  let node = refs.resolve(schema) as Json;
  for (const key of at) node = (propertiesOf(node, refs)[key] ?? {}) as Json;
  return node;
}

function findObjectWith(schema: Json | null, idField: string, refs: SchemaStore): string[] | null {
  if (!schema) return null;
  if (propertiesOf(schema, refs)[idField]) return [];
  for (const [name, prop] of Object.entries(propertiesOf(schema, refs))) if (propertiesOf(prop, refs)[idField]) return [name];
  return null;
}

function findArray(schema: Json, refs: SchemaStore, preferred?: string): string[] | null {
  const s = refs.resolve(schema) as Json;
  if (s?.type === "array") return [];
  const props = propertiesOf(s, refs);
  if (preferred && props[preferred]) return [preferred];
  const arrays = Object.entries(props).filter(([, p]) => p.type === "array" || (Array.isArray(p.type) && p.type.includes("array")));
  return arrays.length ? [arrays[0][0]] : null;
}

function findArrayOf(schema: Json | null, idField: string, refs: SchemaStore, preferred?: string): string[] | null {
  if (!schema) return null;
  const s = refs.resolve(schema) as Json;
  const itemHasId = (arr: Json) => !!propertiesOf((refs.resolve(arr.items) ?? {}) as Json, refs)[idField];
  if (s?.type === "array") return itemHasId(s) ? [] : null;
  const props = propertiesOf(s, refs);
  if (preferred && props[preferred] && itemHasId(props[preferred])) return [preferred];
  const found = Object.entries(props).find(([, p]) => (p.type === "array" || p.items) && itemHasId(p));
  return found ? [found[0]] : null;
}
