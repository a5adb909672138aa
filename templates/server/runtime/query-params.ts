/**
 * Parameters Fastify's parsers leave as text, put into the shape their
 * schema declares before validation (so ajv coerces and checks each part):
 * comma-separated query arrays, objects in the query (the spellings the SDK
 * writes, see RouteDefinition.objectQuery), and header arrays and objects
 * (OpenAPI's simple style). Routes with none of these don't run any of it.
 */
import type { RouteDefinition } from "./types.js";

type ObjectParam = NonNullable<RouteDefinition["objectQuery"]>[number];
type Query = Record<string, unknown>;

/** What a route's query needs, worked out once. */
export interface QueryPlan {
  comma: string[];
  objects: ObjectParam[];
  /** Every query parameter the operation declares: an open object never takes these keys. */
  declared: Set<string>;
}

export function queryPlanOf(route: RouteDefinition): QueryPlan {
  const properties = (route.schema.querystring as { properties?: object } | undefined)?.properties ?? {};
  return { comma: route.commaQuery, objects: route.objectQuery ?? [], declared: new Set(Object.keys(properties)) };
}

export const needsQueryPreparation = (plan: QueryPlan): boolean => plan.comma.length > 0 || plan.objects.length > 0;

/** Rewrites `query` in place: comma lists split, each object parameter assembled from its keys. */
export function prepareQuery(plan: QueryPlan, query: Query): void {
  for (const name of plan.comma) {
    if (typeof query[name] === "string") query[name] = (query[name] as string).split(",");
  }
  if (plan.objects.length) assembleObjects(plan, query);
}

/** `a=1&b=2&b=3` as `{ a: "1", b: ["2", "3"] }`: a repeated key becomes a list (the urlencoded body parser and fragment dispatch). */
export function searchRecord(text: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const existing = out[key];
    out[key] = existing === undefined ? value : ([] as string[]).concat(existing, value);
  }
  return out;
}

// Keys that would reach Object.prototype through a bracket path.
const UNSAFE = new Set(["__proto__", "constructor", "prototype"]);

/** `a[b][c]` → ["a", "b", "c"]; a key without brackets is its own root; null when the brackets are malformed. */
function pathOf(key: string): string[] | null {
  const open = key.indexOf("[");
  if (open <= 0) return [key];
  if (key[key.length - 1] !== "]") return null;
  const inner = key.slice(open + 1, -1).split("][");
  if (inner.some((segment) => segment.includes("[") || segment.includes("]"))) return null;
  return [key.slice(0, open), ...inner];
}

/** Sets `value` at `path` under `target`; an empty segment (`a[]`) appends. False when a segment is unsafe or a scalar is in the way. */
function setAt(target: Query, path: string[], value: unknown): boolean {
  let node: Query = target;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (UNSAFE.has(segment)) return false;
    const last = i === path.length - 1;
    if (segment === "" && last) {
      const list = (node as unknown as unknown[]) ?? [];
      if (!Array.isArray(list)) return false;
      list.push(...(Array.isArray(value) ? value : [value]));
      return true;
    }
    if (last) {
      node[segment] = value;
      return true;
    }
    const next = node[segment];
    if (next === undefined) node = node[segment] = path[i + 1] === "" ? ([] as unknown as Query) : {};
    else if (next && typeof next === "object") node = next as Query;
    else return false;
  }
  return true;
}

/** `[k, v, k2, v2]` (OpenAPI's spelling of an object without explode) into `object`; unsafe keys and a trailing key are skipped. */
function setPairs(object: Query, parts: string[]): void {
  for (let i = 0; i + 1 < parts.length; i += 2) if (!UNSAFE.has(parts[i]!)) object[parts[i]!] = parts[i + 1];
}

function assembleObjects(plan: QueryPlan, query: Query): void {
  const built = new Map<ObjectParam, Query>();
  const objectOf = (param: ObjectParam): Query => {
    let object = built.get(param);
    if (!object) built.set(param, (object = {}));
    return object;
  };
  const open = plan.objects.find((p) => p.open && p.spelling === "exploded");
  for (const key of Object.keys(query)) {
    const value = query[key];
    const path = pathOf(key);
    if (!path) continue;
    const root = path[0]!;
    let claimed = false;
    for (const param of plan.objects) {
      if (param.spelling === "deep" ? root === param.name && path.length > 1 : param.spelling === "exploded" && param.properties.includes(root)) {
        claimed = setAt(objectOf(param), param.spelling === "deep" ? path.slice(1) : path, value) || claimed;
      } else if (param.spelling === "pairs" && key === param.name && typeof value === "string") {
        setPairs(objectOf(param), value.split(","));
      }
    }
    if (!claimed && open && !plan.declared.has(root)) claimed = setAt(objectOf(open), path, value);
    // A key that is also a parameter of its own stays for that parameter.
    if (claimed && !plan.declared.has(key)) delete query[key];
  }
  for (const param of plan.objects) {
    const object = built.get(param);
    // An object with no properties leaves nothing on the wire: a required one was sent empty.
    if (object) query[param.name] = object;
    else if (param.required && query[param.name] === undefined) query[param.name] = {};
  }
}

type ShapedHeader = NonNullable<RouteDefinition["shapedHeaders"]>[number];

/** Splits array and object headers in place (OpenAPI's simple style: `a,b`; `k,v,k2,v2`; exploded `k=v,k2=v2`). */
export function prepareHeaders(shaped: ShapedHeader[], headers: Record<string, unknown>): void {
  for (const header of shaped) {
    const value = headers[header.name];
    if (typeof value !== "string") continue;
    const items = value.split(",").map((item) => item.trim());
    if (header.kind === "array") {
      headers[header.name] = items;
      continue;
    }
    const object: Query = {};
    if (header.explode) {
      for (const item of items) {
        const at = item.indexOf("=");
        const key = at === -1 ? item : item.slice(0, at);
        if (key && !UNSAFE.has(key)) object[key] = at === -1 ? "" : item.slice(at + 1);
      }
    } else setPairs(object, items);
    headers[header.name] = object;
  }
}
