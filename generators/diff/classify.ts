/**
 * diff/classify: every change between two documents, classified for SDK users
 * and API clients. api-smart-diff does the structural work (resolving $refs,
 * matching oneOf/anyOf branches by shape, merging allOf, request/response
 * direction); this module turns its diffs into the project's change kinds and
 * overrides it where the project decides differently (notes/diff-rules.md).
 */
import { apiCompare, type Diff } from "api-smart-diff";
import {
  alignPathParameters,
  deref,
  isObject,
  METHODS,
  normalize,
  toPointer,
  type Json,
  type NormalizedDoc,
} from "./normalize.js";
import type { Change, OperationRef, Side } from "./types.js";

type Section = Change["section"];
type Verdict = { breaking: boolean; bump: Change["bump"]; section: Section };

const BREAKING: Verdict = { breaking: true, bump: "major", section: "Breaking" };
const ADDED: Verdict = { breaking: false, bump: "minor", section: "Added" };
const CHANGED: Verdict = { breaking: false, bump: "minor", section: "Changed" };
const DEPRECATED: Verdict = { breaking: false, bump: "minor", section: "Deprecated" };
const FIXED: Verdict = { breaking: false, bump: "patch", section: "Fixed" };

const ANNOTATION_KEYS = new Set(["description", "summary", "title", "example", "examples", "externalDocs", "tags", "x-codeSamples"]);
const isAnnotationKey = (key: unknown) =>
  typeof key === "string" && (ANNOTATION_KEYS.has(key) || (key.startsWith("x-") && !["x-sunset", "x-sdk-method", "x-sdk-resource"].includes(key)));

/** What api-smart-diff said, as a verdict: used where the project has no rule of its own. */
function fromLibrary(d: Diff): Verdict {
  switch (d.type) {
    case "breaking":
      return BREAKING;
    case "non-breaking":
      return d.action === "add" ? ADDED : CHANGED;
    case "deprecated":
      return d.action === "remove" ? CHANGED : DEPRECATED;
    default:
      return FIXED;
  }
}

const kebab = (s: string) => s.replace(/([a-z])([A-Z])/g, "$1-$2").replace(/[^A-Za-z0-9]+/g, "-").toLowerCase();
const verb = (action: Diff["action"]) => (action === "add" ? "added" : action === "remove" ? "removed" : "changed");
const show = (value: unknown) => {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text === undefined ? "(none)" : text.length > 60 ? text.slice(0, 57) + "..." : text;
};

interface Draft {
  kind: string;
  verdict: Verdict;
  detail: string;
  /** Internal key used to merge related changes (a property and its `required` entry). */
  field?: string;
}

interface Context {
  base: NormalizedDoc;
  head: NormalizedDoc;
  /** HEAD path → BASE path, for endpoints whose path parameters were renamed. */
  headToBase: Map<string, string>;
}

export function classify(baseDoc: Json, headDoc: Json): Change[] {
  const base = normalize(baseDoc);
  const head = normalize(headDoc);
  const renames = alignPathParameters(base, head);
  const ctx: Context = { base, head, headToBase: new Map(renames.map((r) => [r.headPath, r.basePath])) };
  const changes: Change[] = [];

  for (const rename of renames) {
    const names = rename.renames.map(([a, b]) => `\`${a}\` → \`${b}\``).join(", ");
    changes.push(
      make(ctx, {
        pointer: toPointer(["paths", rename.headPath]),
        kind: "path-parameter-renamed",
        verdict: FIXED,
        detail: `path parameter renamed ${names} (same endpoint, was ${rename.basePath})`,
        prefix: rename.headPath,
      }),
    );
  }

  // api-smart-diff writes into the documents it compares: hand it copies.
  const { diffs } = apiCompare(structuredClone(base.document), structuredClone(head.document));
  const statusDrafts: Array<Change & { status: string; action: Diff["action"] }> = [];
  for (const d of diffs) {
    if (d.path[0] !== "paths" || d.path.length < 2) continue;
    const p = String(d.path[1]);
    if (d.path.length === 2) {
      // A whole path item came or went: one change per operation.
      const item = (d.action === "remove" ? d.before : d.after) as Json;
      for (const method of METHODS) {
        if (!isObject(item?.[method])) continue;
        changes.push(operationChange(ctx, { ...d, path: ["paths", p, method], before: item[method], after: item[method] }, true));
      }
      continue;
    }
    const method = String(d.path[2]);
    if (!(METHODS as readonly string[]).includes(method)) continue; // path-item summary/description/servers
    if (d.path.length === 3) {
      const pathGone = d.action === "remove" && !isObject((head.document.paths as Json)[p]);
      changes.push(operationChange(ctx, d, pathGone));
      continue;
    }
    const rest = d.path.slice(3);
    if (rest[0] === "security") continue; // compared below on the effective requirements
    const draft = operationDiff(ctx, d, p, method, rest);
    if (!draft) continue;
    const change = make(ctx, {
      pointer: pointerFor(ctx, d.action, p, method, rest, d.after),
      kind: draft.kind,
      verdict: draft.verdict,
      detail: draft.detail,
      op: opRef(ctx, d.action === "remove" ? "base" : "head", p, method),
      field: draft.field,
    });
    if (rest[0] === "responses" && rest.length === 2) statusDrafts.push({ ...change, status: String(rest[1]), action: d.action });
    else changes.push(change);
  }

  changes.push(...pairStatusChanges(ctx, statusDrafts));
  changes.push(...securityChanges(ctx));
  changes.push(...componentChanges(ctx));
  return order(mergeRelated(changes));
}

// ---------------------------------------------------------------- operations

function opRef(ctx: Context, side: "base" | "head", p: string, method: string): OperationRef {
  const doc = side === "base" ? ctx.base.document : ctx.head.document;
  const op = ((doc.paths as Json)[p] as Json | undefined)?.[method] as Json | undefined;
  const shownPath = side === "base" ? (ctx.headToBase.get(p) ?? p) : p;
  const ref: OperationRef = { method: method.toUpperCase(), path: shownPath };
  if (typeof op?.operationId === "string") ref.operationId = op.operationId;
  if (typeof op?.["x-sdk-method"] === "string") {
    ref.sdkMethod = typeof op["x-sdk-resource"] === "string" ? `${op["x-sdk-resource"]}.${op["x-sdk-method"]}` : op["x-sdk-method"];
  }
  return ref;
}

function operationChange(ctx: Context, d: Diff, pathGone: boolean): Change {
  const p = String(d.path[1]);
  const method = String(d.path[2]);
  if (d.action === "add") {
    return make(ctx, {
      pointer: toPointer(["paths", p, method]),
      kind: "endpoint-added",
      verdict: ADDED,
      detail: "new operation",
      op: opRef(ctx, "head", p, method),
    });
  }
  const basePath = ctx.headToBase.get(p) ?? p;
  return make(ctx, {
    pointer: toPointer(pathGone ? ["paths", basePath] : ["paths", basePath, method]),
    kind: pathGone ? "path-removed" : "endpoint-removed",
    verdict: BREAKING,
    detail: pathGone ? `operation removed (the path ${basePath} is gone)` : "operation removed",
    op: opRef(ctx, "base", p, method),
  });
}

/** Array indices of parameters become their names in pointers: `parameters/status`. */
function pointerFor(ctx: Context, action: Diff["action"], p: string, method: string, rest: Array<string | number>, added?: unknown): string {
  // api-smart-diff indexes a parameter that exists in BASE by its BASE index, and an added
  // one past the end of BASE's array: name the added one from its value.
  const op = ((ctx.base.document.paths as Json)[p] as Json)?.[method] as Json | undefined;
  const segments = [...rest];
  if (segments[0] === "parameters" && typeof segments[1] === "number") {
    const param = action === "add" && rest.length === 2 ? added : (op?.parameters as unknown[] | undefined)?.[segments[1]];
    if (isObject(param) && typeof param.name === "string") segments[1] = param.name;
  }
  const shownPath = action === "remove" ? (ctx.headToBase.get(p) ?? p) : p;
  return toPointer(["paths", shownPath, method, ...segments]);
}

function paramAt(ctx: Context, d: Diff, p: string, method: string, index: number): Json | undefined {
  for (const doc of [ctx.base, ctx.head]) {
    const op = ((doc.document.paths as Json)[p] as Json)?.[method] as Json | undefined;
    const param = (op?.parameters as unknown[] | undefined)?.[index];
    if (isObject(param)) return param;
  }
  return undefined;
}

function operationDiff(ctx: Context, d: Diff, p: string, method: string, rest: Array<string | number>): Draft | undefined {
  const [key] = rest;
  const lib = fromLibrary(d);
  if (key === "parameters") {
    const param = (rest.length === 2 ? (d.action === "remove" ? d.before : d.after) : paramAt(ctx, d, p, method, Number(rest[1]))) as Json | undefined;
    const pv = deref(d.action === "remove" ? ctx.base.document : ctx.head.document, param) as Json | undefined;
    const where = `${String(pv?.in ?? "")} parameter \`${String(pv?.name ?? rest[1])}\``.trim();
    if (rest.length === 2) {
      if (d.action === "add") {
        return pv?.required === true
          ? { kind: "request-parameter-added", verdict: BREAKING, detail: `new required ${where}` }
          : { kind: "request-parameter-added", verdict: ADDED, detail: `new optional ${where}` };
      }
      if (d.action === "remove") return { kind: "request-parameter-removed", verdict: BREAKING, detail: `removed ${where}` };
    }
    const sub = rest[2];
    if (sub === "required") {
      return d.after === true
        ? { kind: "request-parameter-became-required", verdict: BREAKING, detail: `${where} is now required` }
        : { kind: "request-parameter-became-optional", verdict: CHANGED, detail: `${where} is now optional` };
    }
    if (sub === "deprecated") return deprecation("request-parameter", where, d);
    if (sub === "schema") return schemaDiff(d, "request", where, rest.slice(3), ctx);
    if (sub === "content" && rest[4] === "schema") return schemaDiff(d, "request", where, rest.slice(5), ctx);
    if (rest.slice(2).some(isAnnotationKey)) return annotation(d, where);
    return { kind: `request-parameter-${kebab(String(sub))}-${verb(d.action)}`, verdict: lib, detail: `${where}: \`${String(sub)}\` ${describeValue(d)}` };
  }
  if (key === "requestBody") {
    const where = "request body";
    if (rest.length === 1) {
      if (d.action === "add") {
        const required = isObject(d.after) && d.after.required === true;
        return { kind: "request-body-added", verdict: required ? BREAKING : ADDED, detail: `new ${required ? "required" : "optional"} request body` };
      }
      if (d.action === "remove") return { kind: "request-body-removed", verdict: BREAKING, detail: "request body removed" };
    }
    if (rest[1] === "required") {
      return d.after === true
        ? { kind: "request-body-became-required", verdict: BREAKING, detail: "request body is now required" }
        : { kind: "request-body-became-optional", verdict: CHANGED, detail: "request body is now optional" };
    }
    if (rest[1] === "content" && rest.length === 3) {
      return d.action === "add"
        ? { kind: "request-media-type-added", verdict: ADDED, detail: `request body accepts ${String(rest[2])}` }
        : d.action === "remove"
          ? { kind: "request-media-type-removed", verdict: BREAKING, detail: `request body no longer accepts ${String(rest[2])}` }
          : undefined;
    }
    if (rest[1] === "content" && rest[3] === "schema") return schemaDiff(d, "request", media(where, String(rest[2])), rest.slice(4), ctx);
    if (rest.slice(1).some(isAnnotationKey)) return annotation(d, where);
    return { kind: `request-body-${verb(d.action)}`, verdict: lib, detail: `${where}: ${rest.slice(1).join(".")} ${describeValue(d)}` };
  }
  if (key === "responses") {
    const status = String(rest[1]);
    const where = `response ${status}`;
    if (rest.length === 2) {
      const success = /^2/.test(status);
      if (d.action === "add") return { kind: success ? "response-success-status-added" : "response-status-added", verdict: ADDED, detail: `new ${where}` };
      if (d.action === "remove") {
        return success
          ? { kind: "response-success-status-removed", verdict: BREAKING, detail: `${where} removed` }
          : { kind: "response-status-removed", verdict: FIXED, detail: `${where} is no longer documented` };
      }
    }
    if (rest[2] === "headers") {
      const header = `${where} header \`${String(rest[3])}\``;
      if (rest.length === 4) {
        if (d.action === "add") return { kind: "response-header-added", verdict: ADDED, detail: `new ${header}` };
        if (d.action === "remove") return { kind: "response-header-removed", verdict: BREAKING, detail: `${header} removed` };
      }
      if (rest[4] === "schema") return schemaDiff(d, "response", header, rest.slice(5), ctx);
      if (rest[4] === "required") {
        return d.after === true
          ? { kind: "response-header-became-required", verdict: CHANGED, detail: `${header} is now always sent` }
          : { kind: "response-header-became-optional", verdict: BREAKING, detail: `${header} is no longer always sent` };
      }
      if (rest[4] === "deprecated") return deprecation("response-header", header, d);
      if (rest.slice(4).some(isAnnotationKey)) return annotation(d, header);
      return { kind: `response-header-${verb(d.action)}`, verdict: lib, detail: `${header}: ${rest.slice(4).join(".")} ${describeValue(d)}` };
    }
    if (rest[2] === "content" && rest.length === 4) {
      return d.action === "add"
        ? { kind: "response-media-type-added", verdict: ADDED, detail: `${where} can be ${String(rest[3])}` }
        : d.action === "remove"
          ? { kind: "response-media-type-removed", verdict: BREAKING, detail: `${where} is no longer ${String(rest[3])}` }
          : undefined;
    }
    if (rest[2] === "content" && rest[4] === "schema") return schemaDiff(d, "response", media(where, String(rest[3])), rest.slice(5), ctx);
    if (rest.slice(2).some(isAnnotationKey)) return annotation(d, where);
    return { kind: `response-${verb(d.action)}`, verdict: lib, detail: `${where}: ${rest.slice(2).join(".")} ${describeValue(d)}` };
  }
  if (key === "deprecated") return deprecation("endpoint", "operation", d);
  if (key === "x-sunset") {
    return d.action === "remove"
      ? { kind: "endpoint-sunset-removed", verdict: CHANGED, detail: "sunset date removed" }
      : { kind: "endpoint-sunset-set", verdict: DEPRECATED, detail: `operation sunsets on ${show(d.after)}` };
  }
  if (key === "operationId") {
    return { kind: "operation-id-changed", verdict: BREAKING, detail: `operationId changed from \`${show(d.before)}\` to \`${show(d.after)}\`` };
  }
  if (key === "x-sdk-method" || key === "x-sdk-resource") {
    return { kind: "sdk-method-renamed", verdict: BREAKING, detail: `SDK ${key === "x-sdk-method" ? "method" : "resource"} renamed from \`${show(d.before)}\` to \`${show(d.after)}\`` };
  }
  if (isAnnotationKey(key)) return annotation(d, "operation");
  return { kind: `endpoint-${kebab(String(key))}-${verb(d.action)}`, verdict: lib, detail: `\`${String(key)}\` ${describeValue(d)}` };
}

function media(where: string, mediaType: string): string {
  return mediaType === "application/json" ? where : `${where} (${mediaType})`;
}

function describeValue(d: Diff): string {
  if (d.action === "add") return `added: ${show(d.after)}`;
  if (d.action === "remove") return `removed (was ${show(d.before)})`;
  return `changed from ${show(d.before)} to ${show(d.after)}`;
}

function annotation(d: Diff, where: string): Draft {
  return { kind: "annotation-changed", verdict: FIXED, detail: `documentation of ${where} ${verb(d.action)}` };
}

function deprecation(prefix: string, where: string, d: Diff): Draft {
  const on = d.action === "remove" ? false : d.after === true;
  return on
    ? { kind: `${prefix}-deprecated`, verdict: DEPRECATED, detail: `${where} deprecated` }
    : { kind: `${prefix}-undeprecated`, verdict: CHANGED, detail: `${where} is no longer deprecated` };
}

// ---------------------------------------------------------------- schemas

interface SchemaWalk {
  /** `jobs[].status`, or "" for the schema itself. */
  field: string;
  /** The first keyword that is not a structural step, and what follows it. */
  keyword?: string | number;
  after: Array<string | number>;
  /** The path up to (not including) the keyword: identifies the schema that changed. */
  owner: Array<string | number>;
}

function walkSchema(path: Array<string | number>): SchemaWalk {
  let field = "";
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const next = path[i + 1];
    if (seg === "properties" && next !== undefined) {
      field += field ? `.${String(next)}` : String(next);
      i++;
      if (i === path.length - 1) return { field, owner: path.slice(0, i - 1), keyword: undefined, after: [] };
      continue;
    }
    if (seg === "items") {
      field += "[]";
      continue;
    }
    if (seg === "additionalProperties" && i < path.length - 1) {
      field += "{}";
      continue;
    }
    if ((seg === "allOf" || seg === "oneOf" || seg === "anyOf") && typeof next === "number" && i + 1 < path.length - 1) {
      i++;
      continue;
    }
    return { field, keyword: seg, after: path.slice(i + 1), owner: path.slice(0, i) };
  }
  return { field, owner: path, after: [] };
}

function schemaDiff(d: Diff, side: "request" | "response", where: string, path: Array<string | number>, _ctx: Context): Draft {
  const w = walkSchema(path);
  const target = w.field ? `${where} field \`${w.field}\`` : where;
  const lib = fromLibrary(d);
  const request = side === "request";
  // A whole property came or went.
  if (w.keyword === undefined && w.field) {
    const key = [...w.owner, "properties", w.field.split(".").pop()!].join("/");
    if (d.action === "add") return { kind: `${side}-property-added`, verdict: ADDED, detail: `new ${target}`, field: `${where}|${key}` };
    if (d.action === "remove") {
      // Response: clients reading it break. Request: SDK code that sets it stops compiling.
      return { kind: `${side}-property-removed`, verdict: BREAKING, detail: `removed ${target}`, field: `${where}|${key}` };
    }
  }
  const kw = w.keyword;
  if (kw !== undefined && w.after.some(isAnnotationKey)) return annotation(d, target);
  if (isAnnotationKey(kw)) return annotation(d, target);
  if ((kw === "oneOf" || kw === "anyOf") && w.after.length === 1 && d.action !== "replace") {
    const name = kw === "oneOf" ? "one-of" : "any-of";
    const added = d.action === "add";
    // Request: more shapes accepted is fine, fewer is not. Response: a new shape may reach clients that cannot handle it.
    const breaking = request ? !added : added;
    return {
      kind: `${side}-${name}-branch-${added ? "added" : "removed"}`,
      verdict: breaking ? BREAKING : added ? ADDED : CHANGED,
      detail: `${kw} branch ${added ? "added to" : "removed from"} ${target}`,
    };
  }
  if (kw === "enum" && w.after.length <= 1 && d.action !== "replace") {
    const added = d.action === "add";
    const value = show(added ? d.after : d.before);
    const breaking = request ? !added : added;
    return {
      kind: `${side}-enum-value-${added ? "added" : "removed"}`,
      verdict: breaking ? BREAKING : added ? ADDED : CHANGED,
      detail: `\`${value}\` ${added ? "added to" : "removed from"} the values of ${target}`,
    };
  }
  if (kw === "required" && w.after.length === 1 && d.action !== "replace") {
    const prop = String(d.action === "add" ? d.after : d.before);
    const field = w.field ? `${w.field}.${prop}` : prop;
    const key = `${where}|${[...w.owner, "properties", prop].join("/")}`;
    const t = `${where} field \`${field}\``;
    if (d.action === "add") {
      return request
        ? { kind: "request-property-became-required", verdict: BREAKING, detail: `${t} is now required`, field: key }
        : { kind: "response-property-became-required", verdict: CHANGED, detail: `${t} is now always present`, field: key };
    }
    return request
      ? { kind: "request-property-became-optional", verdict: CHANGED, detail: `${t} is now optional`, field: key }
      : { kind: "response-property-became-optional", verdict: BREAKING, detail: `${t} may now be absent`, field: key };
  }
  if (kw === "type") {
    return { kind: `${side}-type-changed`, verdict: BREAKING, detail: `type of ${target} ${d.action === "replace" ? `changed from \`${show(d.before)}\` to \`${show(d.after)}\`` : describeValue(d)}` };
  }
  if (kw === "deprecated") return deprecation(`${side}-property`, target, d);
  if (kw === undefined) {
    return { kind: `${side}-schema-${verb(d.action)}`, verdict: lib, detail: `schema of ${target} ${describeValue(d)}` };
  }
  const keyword = [kw, ...w.after].join(".");
  return { kind: `${side}-${kebab(String(kw))}-${verb(d.action)}`, verdict: lib, detail: `${target}: \`${keyword}\` ${describeValue(d)}` };
}

// ---------------------------------------------------------------- status codes

/** A removed success status plus an added one on the same operation is one "success status changed". */
function pairStatusChanges(ctx: Context, drafts: Array<Change & { status: string; action: Diff["action"] }>): Change[] {
  const out: Array<Change & { status?: string; action?: Diff["action"] }> = [];
  const byOp = new Map<string, typeof drafts>();
  for (const draft of drafts) {
    const key = `${draft.operation?.method} ${ctx.headToBase.get(draft.operation?.path ?? "") ?? draft.operation?.path}`;
    const key2 = `${draft.operation?.method} ${[...ctx.headToBase.entries()].find(([, b]) => b === draft.operation?.path)?.[0] ?? draft.operation?.path}`;
    const k = draft.action === "remove" ? key2 : key;
    byOp.set(k, [...(byOp.get(k) ?? []), draft]);
  }
  for (const group of byOp.values()) {
    const removed = group.filter((g) => g.action === "remove" && /^2/.test(g.status));
    const added = group.filter((g) => g.action === "add" && /^2/.test(g.status));
    if (removed.length > 0 && added.length > 0) {
      const into = added.map((a) => a.status).join(", ");
      for (const r of removed) {
        const a = added[0];
        out.push({
          ...a,
          kind: "response-success-status-changed",
          breaking: true,
          bump: "major",
          section: "Breaking",
          detail: `success status changed from ${r.status} to ${into}`,
          message: `${a.operation!.method} ${a.operation!.path}: success status changed from ${r.status} to ${into}`,
        });
      }
      for (const g of group) if (!removed.includes(g) && !added.includes(g)) out.push(g);
    } else out.push(...group);
  }
  return out.map(({ status: _s, action: _a, ...change }) => change as Change);
}

// ---------------------------------------------------------------- security

type Requirement = Map<string, string[]>;

function requirements(doc: Json, op: Json | undefined): { list: Requirement[]; global: boolean } {
  const own = op?.security;
  const raw = Array.isArray(own) ? own : Array.isArray(doc.security) ? doc.security : [];
  return {
    global: !Array.isArray(own),
    list: raw.filter(isObject).map((r) => new Map(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.map(String).sort() : []]))),
  };
}

/** Whether a client able to satisfy `have` also satisfies `need`. */
function satisfies(have: Requirement, need: Requirement): boolean {
  for (const [scheme, scopes] of need) {
    const held = have.get(scheme);
    if (!held || !scopes.every((s) => held.includes(s))) return false;
  }
  return true;
}

const showReq = (r: Requirement) =>
  r.size === 0 ? "no authentication" : [...r].map(([k, v]) => (v.length ? `${k} [${v.join(", ")}]` : k)).join(" + ");

function securityChanges(ctx: Context): Change[] {
  const out: Change[] = [];
  const basePaths = ctx.base.document.paths as Json;
  const headPaths = ctx.head.document.paths as Json;
  for (const [p, headItem] of Object.entries(headPaths)) {
    const baseItem = basePaths[p];
    if (!isObject(baseItem) || !isObject(headItem)) continue;
    for (const method of METHODS) {
      const bo = baseItem[method];
      const ho = headItem[method];
      if (!isObject(bo) || !isObject(ho)) continue;
      const b = requirements(ctx.base.document, bo);
      const h = requirements(ctx.head.document, ho);
      const headPointer = h.global ? toPointer(["security"]) : toPointer(["paths", p, method, "security"]);
      const basePointer = b.global ? toPointer(["security"]) : toPointer(["paths", ctx.headToBase.get(p) ?? p, method, "security"]);
      const noAuthBase = b.list.length === 0;
      const noAuthHead = h.list.length === 0;
      for (const req of noAuthBase ? [new Map()] : b.list) {
        if (noAuthHead || h.list.some((n) => satisfies(req, n))) continue;
        out.push(
          make(ctx, {
            pointer: headPointer,
            kind: noAuthBase ? "security-requirement-added" : "security-requirement-changed",
            verdict: BREAKING,
            detail: noAuthBase
              ? `now requires authentication (${h.list.map(showReq).join(" or ")})`
              : `clients using ${showReq(req)} are no longer accepted (now ${h.list.map(showReq).join(" or ")})`,
            op: opRef(ctx, "head", p, method),
          }),
        );
      }
      for (const req of noAuthHead ? [] : h.list) {
        if (noAuthBase || b.list.some((old) => satisfies(old, req))) continue;
        out.push(
          make(ctx, {
            pointer: headPointer,
            kind: "security-alternative-added",
            verdict: ADDED,
            detail: `also accepts ${showReq(req)}`,
            op: opRef(ctx, "head", p, method),
          }),
        );
      }
      if (!noAuthBase && noAuthHead) {
        out.push(
          make(ctx, {
            pointer: basePointer,
            kind: "security-requirement-removed",
            verdict: CHANGED,
            detail: "no longer requires authentication",
            op: opRef(ctx, "base", p, method),
          }),
        );
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- components

const SCHEME_ANNOTATIONS = new Set(["description", "bearerFormat"]);

function componentChanges(ctx: Context): Change[] {
  const out: Change[] = [];
  const comps = (doc: Json, kind: string) => ((doc.components as Json | undefined)?.[kind] ?? {}) as Json;
  const baseSchemes = comps(ctx.base.document, "securitySchemes");
  const headSchemes = comps(ctx.head.document, "securitySchemes");
  for (const name of Object.keys(baseSchemes)) {
    const pointer = toPointer(["components", "securitySchemes", name]);
    if (!(name in headSchemes)) {
      out.push(make(ctx, { pointer, kind: "security-scheme-removed", verdict: BREAKING, detail: `security scheme \`${name}\` removed` }));
      continue;
    }
    const b = deref(ctx.base.document, baseSchemes[name]);
    const h = deref(ctx.head.document, headSchemes[name]);
    if (JSON.stringify(stripKeys(b, SCHEME_ANNOTATIONS)) !== JSON.stringify(stripKeys(h, SCHEME_ANNOTATIONS))) {
      out.push(make(ctx, { pointer, kind: "security-scheme-changed", verdict: BREAKING, detail: `security scheme \`${name}\` changed (type, location or flows)` }));
    } else if (JSON.stringify(stripKeys(b, new Set())) !== JSON.stringify(stripKeys(h, new Set()))) {
      out.push(make(ctx, { pointer, kind: "annotation-changed", verdict: FIXED, detail: `documentation of security scheme \`${name}\` changed` }));
    }
  }
  for (const name of Object.keys(headSchemes)) {
    if (!(name in baseSchemes)) {
      out.push(make(ctx, { pointer: toPointer(["components", "securitySchemes", name]), kind: "security-scheme-added", verdict: ADDED, detail: `new security scheme \`${name}\`` }));
    }
  }
  // The SDK exports one type per component schema: removing one breaks code that imports it.
  const baseSchemas = comps(ctx.base.document, "schemas");
  const headSchemas = comps(ctx.head.document, "schemas");
  for (const name of Object.keys(baseSchemas)) {
    if (name in headSchemas) continue;
    out.push(
      make(ctx, {
        pointer: toPointer(["components", "schemas", name]),
        kind: "component-schema-removed",
        verdict: BREAKING,
        detail: `schema \`${name}\` removed (the SDK type \`${name}\` is gone)`,
      }),
    );
  }
  return out;
}

function stripKeys(value: unknown, keys: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => stripKeys(v, keys));
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const k of Object.keys(value).sort()) if (!keys.has(k)) out[k] = stripKeys(value[k], keys);
  return out;
}

// ---------------------------------------------------------------- assembly

function make(
  _ctx: Context,
  c: { pointer: string; kind: string; verdict: Verdict; detail: string; op?: OperationRef; prefix?: string; field?: string },
): Change & { field?: string } {
  const prefix = c.op ? `${c.op.method} ${c.op.path}` : c.prefix;
  const change: Change & { field?: string } = {
    pointer: c.pointer,
    kind: c.kind,
    breaking: c.verdict.breaking,
    bump: c.verdict.bump,
    message: prefix ? `${prefix}: ${c.detail}` : c.detail,
    detail: c.detail,
    section: c.verdict.section,
  };
  if (c.op) change.operation = c.op;
  if (c.field) change.field = c.field;
  return change;
}

/**
 * A property and its `required` entry are one change for a client:
 * a new required request field is one breaking change, a removed response
 * field that was required is one removal.
 */
function mergeRelated(changes: Array<Change & { field?: string }>): Change[] {
  const drop = new Set<Change>();
  const byField = new Map<string, Array<Change & { field?: string }>>();
  for (const c of changes) {
    if (!c.field) continue;
    const key = `${c.operation?.method} ${c.operation?.path}|${c.field}`;
    byField.set(key, [...(byField.get(key) ?? []), c]);
  }
  for (const group of byField.values()) {
    const added = group.find((c) => c.kind.endsWith("-property-added"));
    const removed = group.find((c) => c.kind.endsWith("-property-removed"));
    const required = group.find((c) => c.kind === "request-property-became-required");
    const optional = group.find((c) => c.kind === "response-property-became-optional" || c.kind === "request-property-became-optional");
    const nowPresent = group.find((c) => c.kind === "response-property-became-required");
    if (added && required) {
      drop.add(required);
      Object.assign(added, {
        breaking: true,
        bump: "major",
        section: "Breaking",
        detail: required.detail.replace(/ is now required$/, "").replace(/^/, "new required "),
      });
      added.message = `${added.operation ? `${added.operation.method} ${added.operation.path}: ` : ""}${added.detail}`;
    }
    if (added && nowPresent) drop.add(nowPresent);
    if (removed && optional) drop.add(optional);
  }
  return changes.filter((c) => !drop.has(c)).map(({ field: _f, ...c }) => c as Change);
}

const SECTION_ORDER: Section[] = ["Breaking", "Added", "Changed", "Deprecated", "Fixed"];

function order(changes: Change[]): Change[] {
  const seen = new Set<string>();
  return changes
    .filter((c) => {
      const key = `${c.pointer}|${c.kind}|${c.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(
      (a, b) =>
        Number(b.breaking) - Number(a.breaking) ||
        SECTION_ORDER.indexOf(a.section) - SECTION_ORDER.indexOf(b.section) ||
        (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0) ||
        (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
    );
}

export type { Side };
