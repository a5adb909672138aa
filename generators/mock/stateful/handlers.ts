/**
 * handlers: the stateful mock's answer for each planned operation, over the
 * store. Bodies are built from what was stored, placed where the spec's
 * response puts the item (root, envelope, list array), and checked against
 * the response schema before they leave (conform → ajv), so every answer is
 * valid. The generated server has already validated the request.
 */
import { conform, sample, uuid, type FakeContext } from "../fake.js";
import { randomId } from "../rng.js";
import { STATUS_CODES, type ErrorResponses } from "../error-body.js";
import type { SpecSchemas } from "../schemas.js";
import { descend, propertiesOf, type CollectionPlan, type OperationPlan, type Plan } from "./plan.js";
import type { Store, StoredItem } from "./store.js";
import type { Json } from "../../load/refs.js";
import type { SchemaStore } from "../../model/schema-store.js";

export interface MockRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  requestId: string;
}

export interface MockResult {
  status: number;
  body?: unknown;
  contentType?: string;
}

export interface HandlerContext {
  schemas: SpecSchemas;
  errors: ErrorResponses;
  store: Store;
  fake: FakeContext;
  /** Called after every change (saves the data file). */
  changed: () => void;
}

const LIMIT = /^(limit|per_?page|page_?size|pagesize|perpage|size|max_?results|count)$/i;
const OFFSET = /^(offset|skip|start)$/i;
const PAGE = /^(page|page_?number|pagenumber)$/i;
const CURSOR = /^(cursor|after|starting_?after|page_?token|next_?token|continuation(_?token)?|marker)$/i;

export function createHandler(plan: OperationPlan, collections: Plan["collections"], ctx: HandlerContext): (request: MockRequest) => MockResult {
  const collection = plan.collection ? collections.get(plan.collection) : undefined;
  if (plan.action === "example" || !collection) return () => exampleResult(plan, ctx);
  const { store } = ctx;
  const parentOf = (request: MockRequest) =>
    Object.fromEntries(collection.parentParams.filter((p) => request.params[p] !== undefined).map((p) => [p, String(request.params[p])]));
  const notFound = (request: MockRequest): MockResult => {
    const id = String(request.params[plan.idParam!] ?? "");
    const built = ctx.errors.build(
      plan.operation,
      {
        status: 404,
        code: STATUS_CODES[404],
        message: `No item ${id} in ${collection.path}`,
        field: plan.idParam,
        rule: "not_found",
        requestId: request.requestId,
      },
      ctx.fake,
    );
    return built
      ? { status: built.status, body: built.body, contentType: built.contentType }
      : { status: 404, body: { error: "resource_not_found", message: `No item ${id}` } };
  };
  const find = (request: MockRequest) => store.find(collection.path, parentOf(request), collection.idField, String(request.params[plan.idParam!] ?? ""));

  switch (plan.action) {
    case "create": {
      // Server-owned fields nobody sent take the create response example's values (a new job is "pending", not "running").
      let template: unknown = ctx.schemas.success(plan.operation)?.example;
      for (const key of plan.at ?? []) template = template && typeof template === "object" ? (template as Json)[key] : undefined;
      return (request) => {
        const item = newItem(
          collection,
          request.body,
          parentOf(request),
          ctx,
          (template && typeof template === "object" ? template : store.all(collection.path)[0]?.item) as Json | undefined,
        );
        store.add(collection.path, { parent: parentOf(request), item });
        ctx.changed();
        return render(plan, item, ctx);
      };
    }
    case "read":
      return (request) => {
        const found = find(request);
        return found ? render(plan, found.item, ctx) : notFound(request);
      };
    case "update":
    case "replace":
      return (request) => {
        const found = find(request);
        if (!found) return notFound(request);
        const body = (request.body && typeof request.body === "object" ? request.body : {}) as Json;
        found.item = plan.action === "update" ? { ...found.item, ...body } : { ...serverOwned(collection, found.item, ctx), ...body };
        found.item[collection.idField] = found.item[collection.idField] ?? request.params[plan.idParam!];
        touch(collection, found.item, ctx);
        ctx.changed();
        return render(plan, found.item, ctx);
      };
    case "delete":
      return (request) => {
        const found = find(request);
        if (!found) return notFound(request);
        store.remove(collection.path, found);
        ctx.changed();
        const success = ctx.schemas.success(plan.operation);
        if (!success?.schema) return { status: success?.status ?? 204 };
        return plan.at && propertiesOf(descend(originalOf(plan, ctx), plan.at, ctx.schemas.refs), ctx.schemas.refs)[collection.idField]
          ? render(plan, found.item, ctx)
          : exampleResult(plan, ctx);
      };
    case "list":
      return (request) => list(plan, collection, store.items(collection.path, parentOf(request)), request, ctx);
  }
}

function originalOf(plan: OperationPlan, ctx: HandlerContext): Json {
  const responses = ctx.schemas.responsesOf(plan.operation);
  const key = Object.keys(responses)
    .filter((k) => /^2/.test(k))
    .sort()[0];
  const media = responses[key]?.media.find((m) => /json/i.test(m.mediaType));
  return (media ? media.schema : {}) as Json;
}

/** The success response with the item (or items) placed where the schema puts it, made valid. */
function render(plan: OperationPlan, value: unknown, ctx: HandlerContext, extra: (body: Json) => void = () => {}): MockResult {
  const success = ctx.schemas.success(plan.operation);
  if (!success?.schema) return { status: success?.status ?? 200 };
  const at = plan.at ?? [];
  let body: unknown;
  if (at.length === 0) body = structuredClone(value);
  else {
    const base = success.example && typeof success.example === "object" && !Array.isArray(success.example) ? structuredClone(success.example as Json) : {};
    setAt(base, at, structuredClone(value));
    extra(base);
    body = base;
  }
  return { status: success.status, body: valid(success.schema, body, ctx, success.example), contentType: success.mediaType ?? undefined };
}

export function valid(schema: Json, body: unknown, ctx: HandlerContext, example?: unknown): unknown {
  const validate = ctx.schemas.validator(schema);
  if (validate(body)) return body;
  const fixed = conform(schema, body, ctx.fake);
  if (validate(fixed)) return fixed;
  return example !== undefined && validate(example) ? example : fixed;
}

/** What an operation the store can't serve answers: the spec's example (generated when it has none). */
export function exampleResult(plan: OperationPlan, ctx: HandlerContext): MockResult {
  const success = ctx.schemas.success(plan.operation);
  if (!success) return { status: 204 };
  if (!success.schema) {
    if (!success.mediaType) return { status: success.status };
    const example = success.example;
    return {
      status: success.status,
      body: Buffer.from(typeof example === "string" ? example : example === undefined ? "" : JSON.stringify(example)),
      contentType: success.mediaType,
    };
  }
  const body = success.example !== undefined ? success.example : sample(success.schema, ctx.fake);
  return { status: success.status, body: valid(success.schema, body, ctx, success.example), contentType: success.mediaType ?? undefined };
}

function list(plan: OperationPlan, collection: CollectionPlan, stored: StoredItem[], request: MockRequest, ctx: HandlerContext): MockResult {
  const itemProps = propertiesOf(collection.itemSchema, ctx.schemas.refs);
  const query = request.query ?? {};
  const paging = (name: string) => LIMIT.test(name) || OFFSET.test(name) || PAGE.test(name) || CURSOR.test(name) || /^sort|order/.test(name);
  let items = stored.map((s) => s.item);
  // Filters: a query parameter named like an item field keeps the items whose field equals it.
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || paging(name) || !itemProps[name]) continue;
    const wanted = Array.isArray(value) ? value.map(String) : String(value).split(",");
    items = items.filter((item) => wanted.includes(String(item[name])));
  }
  const sortKey = Object.entries(query).find(([name]) => /^sort(_?by)?$|^order_?by$/i.test(name))?.[1];
  if (typeof sortKey === "string") {
    const desc = sortKey.startsWith("-");
    const field = sortKey.replace(/^[-+]/, "").split(/[:,]/)[0];
    if (itemProps[field])
      items = [...items].sort((a, b) => (String(a[field]) < String(b[field]) ? -1 : String(a[field]) > String(b[field]) ? 1 : 0) * (desc ? -1 : 1));
  }
  const total = items.length;
  const entry = (re: RegExp) => Object.entries(query).find(([name, v]) => re.test(name) && v !== undefined && v !== "");
  const limitEntry = entry(LIMIT);
  const limit = limitEntry ? Math.max(0, Number(limitEntry[1])) || total : total;
  let start = 0;
  const offsetEntry = entry(OFFSET);
  const pageEntry = entry(PAGE);
  const cursorEntry = entry(CURSOR);
  if (cursorEntry) {
    const at = items.findIndex((item) => String(item[collection.idField]) === String(cursorEntry[1]));
    start = at >= 0 ? at + 1 : 0;
  } else if (offsetEntry) start = Math.max(0, Number(offsetEntry[1]) || 0);
  else if (pageEntry) start = Math.max(0, (Number(pageEntry[1]) || 1) - 1) * limit;
  const page = items.slice(start, start + limit);
  const more = start + page.length < total;
  const listProps = propertiesOf(originalOf(plan, ctx), ctx.schemas.refs);
  return render(plan, page, ctx, (body) => {
    for (const [name, prop] of Object.entries(listProps)) {
      const type = Array.isArray(prop.type) ? prop.type.find((t: string) => t !== "null") : prop.type;
      if (/^(total|total_?count|count|total_?items|totalcount)$/i.test(name) && (type === "integer" || type === "number")) body[name] = total;
      else if (LIMIT.test(name) && type === "integer") body[name] = limit;
      else if (OFFSET.test(name) && type === "integer") body[name] = start;
      else if (PAGE.test(name) && type === "integer") body[name] = limit ? Math.floor(start / limit) + 1 : 1;
      else if (/^(has_?more|has_?next(_?page)?|more)$/i.test(name) && type === "boolean") body[name] = more;
      else if (
        /^next(_?cursor|_?page_?token|_?token)?$|^(cursor|end_?cursor)$/i.test(name) &&
        (type === "string" || prop.nullable || Array.isArray(prop.type))
      ) {
        if (more && page.length) body[name] = String(page[page.length - 1][collection.idField]);
        else if (prop.nullable === true || (Array.isArray(prop.type) && prop.type.includes("null"))) body[name] = null;
        else delete body[name];
      }
    }
  });
}

function setAt(target: Json, at: string[], value: unknown): void {
  let node = target;
  for (const key of at.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== "object") node[key] = {};
    node = node[key] as Json;
  }
  node[at[at.length - 1]] = value;
}

function isNullable(prop: Json): boolean {
  return prop.nullable === true || (Array.isArray(prop.type) && prop.type.includes("null"));
}

/** A new item: what was sent, plus a fresh id and the server-owned (readOnly) fields. */
function newItem(collection: CollectionPlan, body: unknown, parent: Record<string, string>, ctx: HandlerContext, template: Json | undefined): Json {
  const refs = ctx.schemas.refs;
  const props = propertiesOf(collection.itemSchema, refs);
  const required = requiredOf(collection.itemSchema, refs);
  const item: Json = {};
  for (const [name, prop] of Object.entries(props)) {
    if (prop.readOnly !== true && !required.has(name)) continue;
    if (prop.default !== undefined) item[name] = structuredClone(prop.default);
    else if (prop.format === "date-time" && prop.readOnly === true) {
      if (/creat|updat|modif|submit|added|registered|joined/i.test(name) || (required.has(name) && !isNullable(prop))) item[name] = new Date().toISOString();
      else if (isNullable(prop)) item[name] = null;
    } else if (prop.readOnly === true && isNullable(prop) && !required.has(name)) item[name] = null;
    else if (template && template[name] !== undefined) item[name] = structuredClone(template[name]);
    else item[name] = sample(ctx.schemas.convert(prop), ctx.fake);
  }
  Object.assign(item, body && typeof body === "object" && !Array.isArray(body) ? structuredClone(body) : {});
  for (const [name, value] of Object.entries(parent)) if (props[name]) item[name] = value;
  item[collection.idField] = newId(collection, ctx);
  return item;
}

function requiredOf(schema: unknown, refs: SchemaStore, depth = 0): Set<string> {
  const s = (refs.resolve(schema) ?? {}) as Json;
  const out = new Set<string>(Array.isArray(s.required) ? (s.required as string[]) : []);
  if (depth < 8) for (const member of (Array.isArray(s.allOf) ? s.allOf : []) as unknown[]) for (const r of requiredOf(member, refs, depth + 1)) out.add(r);
  return out;
}

/** The readOnly fields of an item (kept by PUT), with the id. */
function serverOwned(collection: CollectionPlan, item: Json, ctx: HandlerContext): Json {
  const props = propertiesOf(collection.itemSchema, ctx.schemas.refs);
  return Object.fromEntries(Object.entries(item).filter(([name]) => props[name]?.readOnly === true || name === collection.idField));
}

/** Sets the `updated_at`-like server-owned timestamps to now. */
function touch(collection: CollectionPlan, item: Json, ctx: HandlerContext): void {
  const props = propertiesOf(collection.itemSchema, ctx.schemas.refs);
  for (const key of Object.keys(props)) {
    if (
      props[key].readOnly === true &&
      props[key].format === "date-time" &&
      /^(updated|modified|last_?modified)(_?at|_?on|_?time)?$|^(updated|modified)At$/i.test(key)
    )
      item[key] = new Date().toISOString();
  }
}

/** A fresh id in the style of the ones there are: the next integer, a uuid, or the examples' prefix (`job_`) and random text. */
function newId(collection: CollectionPlan, ctx: HandlerContext): unknown {
  const prop = propertiesOf(collection.itemSchema, ctx.schemas.refs)[collection.idField] ?? {};
  const schema = ctx.schemas.convert(prop);
  const existing = ctx.store.all(collection.path).map((s) => s.item[collection.idField]);
  const ok = (id: unknown) => ctx.schemas.validator(schema)(id) && !existing.some((e) => String(e) === String(id));
  const type = Array.isArray(prop.type) ? prop.type.find((t: string) => t !== "null") : prop.type;
  if (type === "integer" || type === "number") {
    const max = Math.max(0, ...existing.filter((e): e is number => typeof e === "number"));
    for (let next = max + 1; next < max + 1000; next++) if (ok(next)) return next;
  }
  const candidates: (() => unknown)[] = [];
  if (prop.format === "uuid") candidates.push(() => uuid(ctx.fake.rng));
  const sampleId = existing.find((e) => typeof e === "string") as string | undefined;
  const prefix = sampleId ? /^([A-Za-z][A-Za-z0-9]*[_-])/.exec(sampleId)?.[1] : undefined;
  if (prefix) candidates.push(() => `${prefix}${randomId(ctx.fake.rng, 12)}`);
  candidates.push(
    () => randomId(ctx.fake.rng, 12),
    () => sample(schema, ctx.fake),
  );
  for (let tries = 0; tries < 20; tries++) {
    for (const make of candidates) {
      const id = make();
      if (ok(id)) return id;
    }
  }
  return sample(schema, ctx.fake);
}
