/**
 * diff/security: security requirements compared on each operation's effective
 * list (its own, or the document's), and the security schemes themselves;
 * component schemas removed (the SDK exports a type per schema).
 */
import { deref, isObject, METHODS, toPointer, type Json } from "./normalize.js";
import { make, opRef, type Context } from "./context.js";
import type { Change } from "./types.js";
import { ADDED, BREAKING_TYPES, BREAKING_WIRE, CHANGED, FIXED } from "./verdicts.js";

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

const showReq = (r: Requirement) => (r.size === 0 ? "no authentication" : [...r].map(([k, v]) => (v.length ? `${k} [${v.join(", ")}]` : k)).join(" + "));

export function securityChanges(ctx: Context): Change[] {
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
          make({
            pointer: headPointer,
            kind: noAuthBase ? "security-requirement-added" : "security-requirement-changed",
            verdict: BREAKING_WIRE,
            detail: noAuthBase
              ? `now requires authentication (${h.list.map(showReq).join(" or ")})`
              : `clients using ${showReq(req)} are no longer accepted (now ${h.list.map(showReq).join(" or ")})`,
            op: opRef(ctx, "head", p, method),
          }),
        );
      }
      for (const req of noAuthHead ? [] : h.list) {
        if (noAuthBase || b.list.some((old) => satisfies(req, old))) continue;
        out.push(
          make({
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
          make({
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

const SCHEME_ANNOTATIONS = new Set(["description", "bearerFormat"]);

export function componentChanges(ctx: Context): Change[] {
  const out: Change[] = [];
  const comps = (doc: Json, kind: string) => ((doc.components as Json | undefined)?.[kind] ?? {}) as Json;
  const baseSchemes = comps(ctx.base.document, "securitySchemes");
  const headSchemes = comps(ctx.head.document, "securitySchemes");
  for (const name of Object.keys(baseSchemes)) {
    const pointer = toPointer(["components", "securitySchemes", name]);
    if (!(name in headSchemes)) {
      out.push(make({ pointer, kind: "security-scheme-removed", verdict: BREAKING_WIRE, detail: `security scheme \`${name}\` removed` }));
      continue;
    }
    const b = deref(ctx.base.document, baseSchemes[name]);
    const h = deref(ctx.head.document, headSchemes[name]);
    if (JSON.stringify(stripKeys(b, SCHEME_ANNOTATIONS)) !== JSON.stringify(stripKeys(h, SCHEME_ANNOTATIONS))) {
      out.push(
        make({ pointer, kind: "security-scheme-changed", verdict: BREAKING_WIRE, detail: `security scheme \`${name}\` changed (type, location or flows)` }),
      );
    } else if (JSON.stringify(stripKeys(b, new Set())) !== JSON.stringify(stripKeys(h, new Set()))) {
      out.push(make({ pointer, kind: "annotation-changed", verdict: FIXED, detail: `documentation of security scheme \`${name}\` changed` }));
    }
  }
  for (const name of Object.keys(headSchemes)) {
    if (!(name in baseSchemes)) {
      out.push(
        make({
          pointer: toPointer(["components", "securitySchemes", name]),
          kind: "security-scheme-added",
          verdict: ADDED,
          detail: `new security scheme \`${name}\``,
        }),
      );
    }
  }
  // The SDK exports one type per component schema: removing one breaks code that imports it.
  const baseSchemas = comps(ctx.base.document, "schemas");
  const headSchemas = comps(ctx.head.document, "schemas");
  for (const name of Object.keys(baseSchemas)) {
    if (name in headSchemas) continue;
    out.push(
      make({
        pointer: toPointer(["components", "schemas", name]),
        kind: "component-schema-removed",
        verdict: BREAKING_TYPES,
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
