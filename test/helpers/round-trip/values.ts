/**
 * values: what the round trip sends and answers for one operation, faked
 * from the spec's schemas with a seeded Rng (generators/mock/fake.ts, checked
 * with ajv): path, query and header values, a request body of the media
 * type the SDK sends, and a body for the success response the SDK expects.
 */
import { conform, sample, type FakeContext } from "../../../generators/mock/fake.js";
import type { SpecSchemas } from "../../../generators/mock/schemas.js";
import type { Rng } from "../../../generators/mock/rng.js";
import { mergedParameters, resolveRef, type Json } from "../../../generators/load/refs.js";
import { exampleOf } from "../../../generators/mock/schemas.js";
import type { OperationModel } from "../../../generators/model/model.js";
import type { SchemaSet } from "./schema-set.js";

/** Headers the server never sees as parameters (OpenAPI describes them elsewhere), or the SDK sets itself. */
const UNSENT_HEADERS = new Set(["authorization", "accept", "content-type", "idempotency-key"]);

export interface FileSent {
  field: string;
  name: string;
  bytes: Uint8Array;
}

export interface PlannedCall {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  /** The query as the server should see it: what an object's spelling can't carry (empty objects and arrays) left out. */
  wireQuery: Record<string, unknown>;
  headers: Record<string, string>;
  /** Header values as the server should parse them (an array or object header), by header name. */
  headerValues: Record<string, unknown>;
  /** The body as the SDK is given it (files as File objects); undefined: none. */
  body: unknown;
  /** The body as the server should see it, files set aside. */
  bodyFields: unknown;
  files: FileSent[];
  /** The arguments of the SDK method, before `options`. */
  args: unknown[];
}

export interface PlannedResponse {
  status: number;
  contentType: string | undefined;
  body: unknown;
}

/**
 * A valid value for a schema (sample, then conform until ajv agrees), else
 * the least value conform makes from `{}` or `[]`, else the spec's example
 * when it is valid, or `{ ok: false }`.
 */
export function fake(
  set: SchemaSet,
  schema: unknown,
  rng: Rng,
  accept: (v: unknown) => boolean = () => true,
  example?: unknown,
): { ok: boolean; value: unknown; why?: string } {
  const converted = set.convert(schema ?? {});
  const ctx: FakeContext = { schemas: set as unknown as SpecSchemas, rng };
  set.rng = rng;
  const validate = set.validator(converted);
  let value: unknown;
  for (let attempt = 0; attempt < 12; attempt++) {
    value = conform(converted, sample(converted, ctx), ctx);
    if (value !== undefined && validate(value) && accept(value)) return { ok: true, value };
  }
  // Required fields only: optional ones may be unsatisfiable (allOf members giving one property two types).
  for (const start of [{}, []]) {
    const minimal = conform(converted, start, ctx);
    if (minimal !== undefined && validate(minimal) && accept(minimal)) return { ok: true, value: minimal };
  }
  if (example !== undefined && validate(example) && accept(example)) return { ok: true, value: structuredClone(example) };
  const error = validate.errors?.[0] as { instancePath?: string; message?: string; keyword?: string; params?: { passingSchemas?: unknown } } | undefined;
  if (error?.keyword === "oneOf" && Array.isArray(error.params?.passingSchemas))
    return {
      ok: false,
      value,
      why: `${error.instancePath || "/"}: no value found that matches exactly one branch of its oneOf (the branches overlap: the last value tried matched branches ${error.params.passingSchemas.join(" and ")}; give them a discriminator or make them exclusive)`,
    };
  return { ok: false, value, why: error ? `${error.instancePath || "/"} ${error.message ?? error.keyword}` : "not accepted" };
}

function operationObject(document: Json, op: OperationModel): { item: Json; raw: Json } {
  const item = resolveRef(document, (document.paths as Json)[op.path]) as Json;
  return { item, raw: item[op.method] as Json };
}

const isScalar = (v: unknown) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

/**
 * Query names another operation on the same METHOD and URL requires and this
 * one only allows: the server gives a request with one of them to the other
 * operation when its schema takes the value too (url-template.ts's rule), so
 * the round trip sends such a name only with a value the other refuses — a
 * repeated key (a list) where the other takes a single value — and not at
 * all when this one spells its list as one value too (`a,b`: form without
 * explode), since then no value tells them apart.
 */
function contestedQuery(op: OperationModel, siblings: OperationModel[]): Map<string, "list" | "omit"> {
  const mine = new Set(op.queryParams.filter((p) => p.required).map((p) => p.name));
  const out = new Map<string, "list" | "omit">();
  for (const other of siblings) {
    if (other === op || !other.dispatch) continue;
    for (const name of other.dispatch.requiredQuery) {
      const theirs = other.queryParams.find((p) => p.name === name);
      if (mine.has(name) || theirs?.shape?.kind === "array") continue;
      const own = op.queryParams.find((p) => p.name === name);
      const oneValue = own?.explode === false && (own.style ?? "form") === "form";
      out.set(name, oneValue ? "omit" : "list");
    }
  }
  return out;
}

export function planCall(document: Json, op: OperationModel, set: SchemaSet, rng: Rng, problems: string[], siblings: OperationModel[] = []): PlannedCall {
  const { item, raw } = operationObject(document, op);
  const params = mergedParameters(document, item, raw);
  const path: Record<string, unknown> = {};
  for (const p of op.pathParams) {
    const declared = params.find((d) => d.in === "path" && d.name === p.name);
    // A URL segment the SDK refuses ("", ".", "..") would not be a valid argument.
    const got = fake(set, declared?.schema ?? { type: "string" }, rng, (v) => isScalar(v) && !["", ".", ".."].includes(String(v)));
    if (!got.ok) problems.push(`could not fake a valid path parameter ${p.name}`);
    path[p.name] = got.ok ? got.value : "x1";
  }
  const query: Record<string, unknown> = {};
  const wireQuery: Record<string, unknown> = {};
  const contested = op.dispatch ? contestedQuery(op, siblings) : new Map<string, "list" | "omit">();
  for (const p of params.filter((d) => d.in === "query")) {
    const name = String(p.name);
    if (p.required !== true && rng() < 0.5) continue;
    if (contested.has(name)) {
      if (contested.get(name) === "omit") continue;
      const got = fake(set, p.schema, rng, (v) => Array.isArray(v) && v.length >= 2 && v.every(isScalar));
      if (got.ok) query[name] = wireQuery[name] = got.value;
      continue;
    }
    const model = op.queryParams.find((q) => q.name === name);
    const object = model?.shape?.kind === "object" || model?.style === "deepObject";
    // Of two dictionaries spread into the same query, the keys are the first one's (the wire can't tell them apart).
    const laterOpen = object && model?.shape?.kind === "object" && model.shape.open && model.style !== "deepObject" && !firstOpen(op, name);
    const got = fake(set, p.schema, rng, (v) => v !== null && (!laterOpen || isEmptyObject(v)));
    if (!got.ok) {
      if (p.required === true) problems.push(`could not fake a valid query parameter ${name}`);
      continue;
    }
    query[name] = got.value;
    const wire = object ? onTheWire(got.value) : got.value;
    // An object with nothing to spell is not on the wire: a required one arrives empty, an optional one not at all.
    if (wire !== undefined) wireQuery[name] = wire;
    else if (p.required === true) wireQuery[name] = {};
  }
  const headers: Record<string, string> = {};
  const headerValues: Record<string, unknown> = {};
  for (const p of params.filter((d) => d.in === "header")) {
    const name = String(p.name);
    if (UNSENT_HEADERS.has(name.toLowerCase()) || (p.required !== true && rng() < 0.5)) continue;
    const model = op.headerParams.find((h) => h.name === name);
    const shape = model?.shape?.kind;
    const accept = shape ? (v: unknown) => headerText(v, shape, model?.explode === true) !== null : (v: unknown) => isHeaderText(v);
    const got = fake(set, p.schema, rng, accept);
    if (!got.ok) {
      if (p.required === true) problems.push(`could not fake a valid header ${name}`);
      continue;
    }
    // The SDK takes headers as text (options.headers): the caller spells an array or object in OpenAPI's simple style.
    headers[name] = shape ? headerText(got.value, shape, model?.explode === true)! : String(got.value);
    if (shape) headerValues[name] = got.value;
  }
  const planned: PlannedCall = { path, query, wireQuery, headers, headerValues, body: undefined, bodyFields: undefined, files: [], args: [] };
  const body = op.requestBody;
  if (body) {
    const requestBody = resolveRef(document, raw.requestBody) as Json;
    const media = ((requestBody.content as Json)[body.contentType] ?? {}) as Json;
    if (body.bodyType === "binary") {
      const bytes = Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + Math.floor(rng() * 256)) & 0xff);
      planned.body = new Blob([bytes]);
      planned.bodyFields = bytes;
    } else if (body.bodyType === "text") {
      const schema = resolveRef(document, media.schema) as Json | undefined;
      const got = schema?.type === "string" ? fake(set, media.schema, rng) : { ok: true, value: "round trip text" };
      planned.body = planned.bodyFields = typeof got.value === "string" ? got.value : "round trip text";
    } else {
      const got = fake(set, media.schema ?? {}, rng, undefined, exampleOf(document, media));
      if (!got.ok) problems.push(`could not fake a valid ${body.contentType} body (${got.why})`);
      let value = got.value;
      if (body.bodyType === "multipart") {
        const fields = { ...((value && typeof value === "object" ? value : {}) as Json) };
        for (const f of body.binaryFields) {
          const bytes = Uint8Array.from({ length: 16 }, (_, i) => (i * 13 + Math.floor(rng() * 256)) & 0xff);
          const file = new File([bytes], `${f.name.replace(/[^\w.-]/g, "_") || "file"}.bin`, { type: "application/octet-stream" });
          planned.files.push({ field: f.name, name: file.name, bytes });
          fields[f.name] = f.array ? [file] : file;
        }
        const textFields = { ...fields };
        for (const f of body.binaryFields) delete textFields[f.name];
        value = fields;
        planned.bodyFields = textFields;
      } else planned.bodyFields = value;
      planned.body = value;
    }
  }
  // The SDK's argument rule (generators/client/signature.ts): path params, then one object.
  planned.args = op.pathParams.map((p) => path[p.name]);
  const hasQuery = op.queryParams.length > 0;
  if (hasQuery && !body) planned.args.push(query);
  else if (body && !hasQuery) planned.args.push(planned.body);
  else if (body && hasQuery) {
    const plain = planned.body && typeof planned.body === "object" && !Array.isArray(planned.body) && !(planned.body instanceof Blob);
    planned.args.push(
      body.isObject && body.bodyType !== "binary" && body.bodyType !== "text" && plain ? { ...(planned.body as Json), query } : { body: planned.body, query },
    );
  }
  return planned;
}

const isHeaderText = (v: unknown) => isScalar(v) && String(v).trim() === String(v) && String(v) !== "" && !/[,=]/.test(String(v));
const isEmptyObject = (v: unknown) => !!v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0;

/** The first open (dictionary) object among the operation's form-exploded query parameters is `name`. */
function firstOpen(op: OperationModel, name: string): boolean {
  const first = op.queryParams.find((q) => q.shape?.kind === "object" && q.shape.open && q.style !== "deepObject");
  return first?.name === name;
}

/** An array or object header in OpenAPI's simple style (`a,b`; `k,v`; exploded `k=v`); null when its parts aren't plain text. */
function headerText(value: unknown, kind: "array" | "object", explode: boolean): string | null {
  if (kind === "array") return Array.isArray(value) && value.length && value.every(isHeaderText) ? value.join(",") : null;
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  if (!entries.length || !entries.every(([k, v]) => isHeaderText(k) && isHeaderText(v))) return null;
  return entries.map(([k, v]) => (explode ? `${k}=${v}` : `${k},${v}`)).join(",");
}

/** A query object as its spelling carries it: empty objects and arrays (nothing to spell) and null left out; undefined when nothing is left. */
function onTheWire(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(onTheWire).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value).flatMap(([k, v]) => {
      const wire = onTheWire(v);
      return wire === undefined ? [] : [[k, wire] as const];
    });
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** A concrete media type for a declared one with wildcards (`*\/*`, `image/*`). */
export function concreteMediaType(mediaType: string, kind: "json" | "text" | "stream"): string {
  if (!mediaType.includes("*")) return mediaType;
  if (kind === "json") return "application/json";
  const top = mediaType.split("/")[0];
  if (top === "*") return kind === "text" ? "text/plain" : "application/octet-stream";
  return top === "text" ? "text/plain" : `${top}/x-round-trip`;
}

export function planResponse(document: Json, op: OperationModel, set: SchemaSet, rng: Rng, problems: string[]): PlannedResponse {
  const s = op.success;
  const status = typeof s.status === "number" ? s.status : /^2\d\d$/.test(String(s.status)) ? Number(s.status) : 200;
  if (!s.contentType || status === 204 || status === 205 || status === 304) return { status, contentType: undefined, body: undefined };
  const { raw } = operationObject(document, op);
  const key = Object.keys((raw.responses ?? {}) as Json).find((k) => k === String(s.status));
  const response = (key ? resolveRef(document, (raw.responses as Json)[key]) : {}) as Json;
  const media = (((response.content ?? {}) as Json)[s.contentType] ?? {}) as Json;
  const kind = s.parseAs === "json" ? "json" : s.parseAs === "text" ? "text" : "stream";
  const contentType = concreteMediaType(s.contentType, kind);
  if (kind === "json") {
    const got = fake(set, media.schema ?? {}, rng, undefined, exampleOf(document, media));
    if (!got.ok) problems.push(`could not fake a valid ${status} ${s.contentType} response body (${got.why})`);
    return { status, contentType, body: got.value };
  }
  if (kind === "text") {
    const schema = resolveRef(document, media.schema) as Json | undefined;
    const got = schema?.type === "string" ? fake(set, media.schema, rng, (v) => typeof v === "string") : { ok: true, value: "round trip response" };
    return { status, contentType, body: typeof got.value === "string" ? got.value : "round trip response" };
  }
  return { status, contentType, body: Buffer.from(Array.from({ length: 24 }, (_, i) => (i * 31 + Math.floor(rng() * 256)) & 0xff)) };
}
