/**
 * diff/schema: compare two schemas as the generated SDK sees them, in one
 * direction. A request schema is what the client sends (narrowing breaks a
 * call that worked); a response schema is what it reads (widening breaks code
 * that handled every value the old type allowed). readOnly properties are not
 * in request types, writeOnly ones not in response types, so changes to them
 * on that side are invisible. Each real change gives exactly one draft.
 * Rules and their reasons: guides/diff-rules.md.
 */
import { isObject, toPointer, type Json } from "./normalize.js";
import {
  ADDED,
  BREAKING_TYPES,
  BREAKING_WIRE,
  CHANGED,
  constraintVerdict,
  DEPRECATED,
  FIXED,
  typeVerdict,
  WARN,
  type Direction,
  type Verdict,
} from "./verdicts.js";

export type Seg = string | number;

export interface Draft {
  pointer: string;
  kind: string;
  verdict: Verdict;
  detail: string;
}

export interface SchemaSide {
  doc: Json;
  schema: unknown;
  /** Pointer of this schema as reached through the operation (refs followed transparently). */
  ptr: Seg[];
}

export const ANNOTATION_KEYS = new Set(["description", "summary", "title", "example", "examples", "externalDocs", "$comment", "xml", "tags"]);
export const isAnnotationKey = (key: string) =>
  ANNOTATION_KEYS.has(key) || (key.startsWith("x-") && !["x-sunset", "x-sdk-method", "x-sdk-resource", "x-stability", "x-stability-level"].includes(key));

const show = (value: unknown) => {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text === undefined ? "(none)" : text.length > 60 ? `${text.slice(0, 57)}...` : text;
};
const kebab = (s: string) =>
  s
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .toLowerCase();

interface Walk {
  dir: Direction;
  /** "request body", "response 200 header `X`"… */
  where: string;
  field: string;
  out: Draft[];
  /** Pairs of $refs on the current path: a recursive schema is compared once. */
  stack: Set<string>;
  alwaysSent: boolean;
}

/** Follow $refs (3.1 siblings of $ref win over the target); returns the schema and the refs crossed. */
function resolve(doc: Json, schema: unknown): { s: Json | undefined; refs: string[] } {
  const refs: string[] = [];
  let node = schema;
  let extra: Json = {};
  for (let hops = 0; isObject(node) && typeof node.$ref === "string" && hops < 32; hops++) {
    const { $ref, ...siblings } = node;
    extra = { ...siblings, ...extra };
    refs.push(String($ref));
    node = atRef(doc, String($ref));
  }
  if (!isObject(node)) return { s: schema === true || node === true ? {} : undefined, refs };
  return { s: Object.keys(extra).length ? { ...node, ...extra } : node, refs };
}

function atRef(doc: Json, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(1).split("/").slice(1)) {
    const part = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Json)[part];
  }
  return node;
}

/**
 * allOf merged into one schema: properties and required lists joined, other
 * keywords taken from the first member that has them. Each property keeps the
 * pointer of the member it came from.
 */
interface Merged {
  s: Json;
  propPtr: Map<string, Seg[]>;
}

function merge(doc: Json, schema: Json, ptr: Seg[], depth = 0): Merged {
  const propPtr = new Map<string, Seg[]>();
  const own = { ...schema };
  const members = Array.isArray(own.allOf) ? own.allOf : undefined;
  delete own.allOf;
  const props: Json = {};
  const required = new Set<string>(Array.isArray(own.required) ? own.required.map(String) : []);
  for (const name of Object.keys(isObject(own.properties) ? own.properties : {})) {
    props[name] = (own.properties as Json)[name];
    propPtr.set(name, [...ptr, "properties", name]);
  }
  if (members && depth < 16) {
    members.forEach((m, i) => {
      const r = resolve(doc, m);
      if (!r.s) return;
      const sub = merge(doc, r.s, [...ptr, "allOf", i], depth + 1);
      for (const [k, v] of Object.entries(sub.s)) {
        if (k === "properties" || k === "required") continue;
        if (!(k in own)) own[k] = v;
      }
      for (const [name, value] of Object.entries(isObject(sub.s.properties) ? sub.s.properties : {})) {
        if (name in props) {
          // Two members constrain the same property: both apply.
          props[name] = { allOf: [props[name], value] };
        } else {
          props[name] = value;
          propPtr.set(name, sub.propPtr.get(name) ?? [...ptr, "allOf", i, "properties", name]);
        }
      }
      for (const r2 of Array.isArray(sub.s.required) ? sub.s.required : []) required.add(String(r2));
    });
  }
  if (Object.keys(props).length > 0 || isObject(own.properties)) own.properties = props;
  if (required.size > 0) own.required = [...required];
  else delete own.required;
  return { s: own, propPtr };
}

/** The JSON types a schema allows (3.0 `nullable` and 3.1 type arrays alike), or undefined for any. */
export function typeSet(s: Json): Set<string> | undefined {
  let types: string[] | undefined;
  if (typeof s.type === "string") types = [s.type];
  else if (Array.isArray(s.type)) types = s.type.map(String);
  if (!types) return undefined;
  const set = new Set(types);
  if (s.nullable === true) set.add("null");
  return set;
}

/** Values a schema is restricted to (enum or const), or undefined. */
function valueSet(s: Json): { keyword: "enum" | "const"; values: unknown[] } | undefined {
  if ("const" in s) return { keyword: "const", values: [s.const] };
  if (Array.isArray(s.enum)) {
    const values = [...s.enum];
    // 3.0: `nullable: true` with an enum admits null even when the list omits it.
    if (s.nullable === true && !values.includes(null)) values.push(null);
    return { keyword: "enum", values };
  }
  return undefined;
}

const covers = (set: Set<string>, t: string) => set.has(t) || (t === "integer" && set.has("number"));

function visible(doc: Json, schema: unknown, dir: Direction): boolean {
  const { s } = resolve(doc, schema);
  if (!s) return true;
  const m = merge(doc, s, []).s;
  return dir === "request" ? m.readOnly !== true : m.writeOnly !== true;
}

export interface CompareOptions {
  dir: Direction;
  where: string;
  field?: string;
  /** Every call written against BASE sends this value (a required or path parameter): its default never applies. */
  alwaysSent?: boolean;
}

/** Every change between two schemas, in one direction. */
export function compareSchemas(base: SchemaSide, head: SchemaSide, options: CompareOptions): Draft[] {
  const w: Walk = { dir: options.dir, where: options.where, field: options.field ?? "", out: [], stack: new Set(), alwaysSent: options.alwaysSent === true };
  compare(base, head, w);
  return w.out;
}

function target(w: Walk): string {
  return w.field ? `${w.where} field \`${w.field}\`` : w.where;
}

function emit(w: Walk, ptr: Seg[], kind: string, verdict: Verdict, detail: string) {
  w.out.push({ pointer: toPointer(ptr), kind: `${w.dir}-${kind}`, verdict, detail });
}

/** Whether a schema is (or $refs to) the boolean `false`, which no value satisfies. */
export function isFalseSchema(doc: Json, schema: unknown): boolean {
  let node = schema;
  for (let hops = 0; isObject(node) && typeof node.$ref === "string" && Object.keys(node).length === 1 && hops < 32; hops++)
    node = atRef(doc, String(node.$ref));
  return node === false;
}

/**
 * A schema that became, or stopped being, `false`. In a request nothing can be
 * sent any more (breaking) or something can again (safe). In a response body
 * no answer can carry it any more, which breaks as a removed response does;
 * one that was `false` never delivered anything, so nobody relied on it. A
 * field inside a response that becomes `false` can no longer arrive (a
 * narrowing), and one that stops being `false` is a field added.
 */
function compareFalse(bFalse: boolean, base: SchemaSide, head: SchemaSide, w: Walk): void {
  const became = !bFalse;
  const body = w.field === "";
  const verdict = w.dir === "request" ? (became ? BREAKING_WIRE : CHANGED) : became && body ? BREAKING_WIRE : CHANGED;
  emit(
    w,
    became ? head.ptr : base.ptr,
    became ? "schema-became-false" : "schema-became-not-false",
    verdict,
    `${target(w)} ${became ? "became `false`: no value is valid" : "is no longer `false`"}`,
  );
}

function compare(base: SchemaSide, head: SchemaSide, w: Walk): void {
  const bFalse = isFalseSchema(base.doc, base.schema);
  const hFalse = isFalseSchema(head.doc, head.schema);
  if (bFalse !== hFalse) return compareFalse(bFalse, base, head, w);
  const b = resolve(base.doc, base.schema);
  const h = resolve(head.doc, head.schema);
  if (!b.s || !h.s) return;
  const key = `${b.refs.join(",")}|${h.refs.join(",")}`;
  if (b.refs.length > 0 && h.refs.length > 0) {
    if (w.stack.has(key)) return;
    w.stack.add(key);
  }
  try {
    compareResolved(base.doc, head.doc, b.s, h.s, base.ptr, head.ptr, w);
  } finally {
    if (b.refs.length > 0 && h.refs.length > 0) w.stack.delete(key);
  }
}

const VALUE_KEYS = new Set([
  "type",
  "nullable",
  "enum",
  "const",
  "format",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "prefixItems",
  "maxLength",
  "minLength",
  "maximum",
  "minimum",
  "exclusiveMaximum",
  "exclusiveMinimum",
  "multipleOf",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems",
  "maxProperties",
  "minProperties",
  "contains",
  "minContains",
  "maxContains",
  "dependentRequired",
  "dependentSchemas",
  "if",
  "then",
  "else",
  "not",
  "unevaluatedProperties",
  "unevaluatedItems",
  "patternProperties",
  "propertyNames",
  "contentSchema",
  "contentMediaType",
  "contentEncoding",
  "discriminator",
  "allOf",
]);

function compareResolved(bDoc: Json, hDoc: Json, bRaw: Json, hRaw: Json, bPtr: Seg[], hPtr: Seg[], w: Walk): void {
  const bm = merge(bDoc, bRaw, bPtr);
  const hm = merge(hDoc, hRaw, hPtr);
  let bs = bm.s;
  let hs = hm.s;

  // oneOf/anyOf on one side only: the other side is a one-branch composition of its value keywords.
  const bComp = bs.oneOf ? "oneOf" : bs.anyOf ? "anyOf" : undefined;
  const hComp = hs.oneOf ? "oneOf" : hs.anyOf ? "anyOf" : undefined;
  if (bComp || hComp) {
    const wrap = (s: Json, other: Json): Json => {
      const outer: Json = {};
      const branch: Json = {};
      // Documentation stays where the other side has it (outside, or on the branch it matches).
      for (const [k, v] of Object.entries(s)) {
        if (isAnnotationKey(k)) (k in other ? outer : branch)[k] = v;
        else if (!VALUE_KEYS.has(k) || k in other) outer[k] = v;
        else branch[k] = v;
      }
      if (!Object.keys(branch).some((k) => VALUE_KEYS.has(k))) return s;
      outer[hComp ?? bComp!] = [branch];
      return outer;
    };
    if (!bComp && hComp) bs = wrap(bs, hs);
    if (bComp && !hComp) hs = wrap(hs, bs);
    compareComposition(bDoc, hDoc, bs, hs, bPtr, hPtr, w);
  }

  compareAnnotations(bs, hs, bPtr, hPtr, w);
  compareTypes(bs, hs, bPtr, hPtr, w);
  compareValues(bs, hs, bPtr, hPtr, w);
  compareConstraints(bs, hs, bPtr, hPtr, w);
  compareDefault(bs, hs, bPtr, hPtr, w);
  if (bs.deprecated !== hs.deprecated && (bs.deprecated === true || hs.deprecated === true)) {
    const on = hs.deprecated === true;
    emit(
      w,
      on ? [...hPtr, "deprecated"] : [...bPtr, "deprecated"],
      on ? "property-deprecated" : "property-undeprecated",
      on ? DEPRECATED : CHANGED,
      `${target(w)} ${on ? "deprecated" : "is no longer deprecated"}`,
    );
  }
  compareProperties(bDoc, hDoc, bs, hs, bm, hm, bPtr, hPtr, w);
  compareDiscriminator(bs, hs, bPtr, hPtr, w);

  // Sub-schemas in the same direction.
  const sub = (key: string, suffix: string, bS: unknown, hS: unknown, bP: Seg[], hP: Seg[]) => {
    const field = w.field;
    w.field = field + suffix;
    compare({ doc: bDoc, schema: bS, ptr: bP }, { doc: hDoc, schema: hS, ptr: hP }, w);
    w.field = field;
    void key;
  };
  // items / additionalProperties / contains / propertyNames / contentSchema / unevaluated*: added narrows, removed widens.
  for (const [keyword, suffix] of [
    ["items", "[]"],
    ["additionalProperties", "{}"],
    ["unevaluatedProperties", "{}"],
    ["unevaluatedItems", "[]"],
    ["contains", "[]"],
    ["propertyNames", ""],
    ["contentSchema", ""],
  ] as const) {
    const bv = bs[keyword];
    const hv = hs[keyword];
    if (bv === undefined && hv === undefined) continue;
    const bAny = bv === undefined || bv === true || (isObject(bv) && Object.keys(bv).length === 0);
    const hAny = hv === undefined || hv === true || (isObject(hv) && Object.keys(hv).length === 0);
    if (bAny && hAny) continue;
    if (keyword === "items" && (bAny || hAny)) {
      if (bAny !== hAny)
        emit(
          w,
          bAny ? [...hPtr, keyword] : [...bPtr, keyword],
          `items-${bAny ? "added" : "removed"}`,
          typeVerdict(w.dir, bAny ? "narrow" : "widen"),
          `${target(w)}: item schema ${bAny ? "added" : "removed"}`,
        );
      continue;
    }
    if (bv === false || hv === false || bAny || hAny) {
      if (JSON.stringify(bv) === JSON.stringify(hv)) continue;
      // false ⊂ schema ⊂ anything.
      const rank = (v: unknown, any: boolean) => (v === false ? 0 : any ? 2 : 1);
      const effect = rank(hv, hAny) < rank(bv, bAny) ? "narrow" : "widen";
      if (rank(hv, hAny) === rank(bv, bAny)) {
        sub(keyword, suffix, bv, hv, [...bPtr, keyword], [...hPtr, keyword]);
        continue;
      }
      const kw = kebab(keyword);
      // An index signature comes or goes in the SDK type only for additionalProperties true/schema.
      const seen = keyword === "additionalProperties" && !(bv === undefined && hv === false) && !(bv === false && hv === undefined);
      const verdict = seen ? typeVerdict(w.dir, effect) : constraintVerdict(w.dir, effect);
      const shown = (v: unknown) => (v === undefined ? "unset" : typeof v === "boolean" ? String(v) : "a schema");
      emit(
        w,
        hv === undefined ? [...bPtr, keyword] : [...hPtr, keyword],
        `${kw}-${effect === "narrow" ? "narrowed" : "widened"}`,
        verdict,
        `${target(w)}: \`${keyword}\` changed from ${shown(bv)} to ${shown(hv)}`,
      );
      continue;
    }
    sub(keyword, suffix, bv, hv, [...bPtr, keyword], [...hPtr, keyword]);
  }
  // prefixItems: each tuple position compared with what governed it before (its prefixItems
  // entry, else `items`), as the SDK's tuple type `[A, ...B[]]` does.
  const bPre = Array.isArray(bs.prefixItems) ? bs.prefixItems : [];
  const hPre = Array.isArray(hs.prefixItems) ? hs.prefixItems : [];
  for (let i = 0; i < Math.max(bPre.length, hPre.length); i++) {
    const bAt = i < bPre.length ? { s: bPre[i], p: [...bPtr, "prefixItems", i] } : { s: bs.items ?? {}, p: [...bPtr, "items"] };
    const hAt = i < hPre.length ? { s: hPre[i], p: [...hPtr, "prefixItems", i] } : { s: hs.items ?? {}, p: [...hPtr, "items"] };
    sub("prefixItems", `[${i}]`, bAt.s, hAt.s, bAt.p, hAt.p);
  }
  // Keyed sub-schemas: dependentSchemas, patternProperties.
  for (const keyword of ["dependentSchemas", "patternProperties"] as const) {
    const bv = isObject(bs[keyword]) ? (bs[keyword] as Json) : {};
    const hv = isObject(hs[keyword]) ? (hs[keyword] as Json) : {};
    for (const k of new Set([...Object.keys(bv), ...Object.keys(hv)])) {
      if (k in bv && k in hv) sub(keyword, keyword === "dependentSchemas" ? "" : `{${k}}`, bv[k], hv[k], [...bPtr, keyword, k], [...hPtr, keyword, k]);
      else if (k in hv)
        emit(w, [...hPtr, keyword, k], `${kebab(keyword)}-added`, constraintVerdict(w.dir, "narrow"), `${target(w)}: \`${keyword}\` for \`${k}\` added`);
      else emit(w, [...bPtr, keyword, k], `${kebab(keyword)}-removed`, constraintVerdict(w.dir, "widen"), `${target(w)}: \`${keyword}\` for \`${k}\` removed`);
    }
  }
  // if/then/else: a condition that changes may admit and reject different values.
  if (bs.if !== undefined || hs.if !== undefined) {
    if (bs.if === undefined || hs.if === undefined) {
      const added = bs.if === undefined;
      emit(
        w,
        added ? [...hPtr, "if"] : [...bPtr, "if"],
        `conditional-${added ? "added" : "removed"}`,
        constraintVerdict(w.dir, added ? "narrow" : "widen"),
        `${target(w)}: \`if\`/\`then\`/\`else\` ${added ? "added" : "removed"}`,
      );
    } else {
      if (canonical(bDoc, bs.if) !== canonical(hDoc, hs.if))
        emit(w, [...hPtr, "if"], "conditional-if-changed", constraintVerdict(w.dir, "both"), `${target(w)}: the \`if\` condition changed`);
      for (const branch of ["then", "else"] as const) {
        const bv = bs[branch];
        const hv = hs[branch];
        if (bv === undefined && hv === undefined) continue;
        if (bv !== undefined && hv !== undefined) sub(branch, "", bv, hv, [...bPtr, branch], [...hPtr, branch]);
        else
          emit(
            w,
            hv !== undefined ? [...hPtr, branch] : [...bPtr, branch],
            `conditional-${branch}-${hv !== undefined ? "added" : "removed"}`,
            constraintVerdict(w.dir, hv !== undefined ? "narrow" : "widen"),
            `${target(w)}: \`${branch}\` ${hv !== undefined ? "added" : "removed"}`,
          );
      }
    }
  }
  // not: the excluded set itself; any change may admit or reject values.
  if (bs.not !== undefined || hs.not !== undefined) {
    if (bs.not === undefined || hs.not === undefined) {
      const added = bs.not === undefined;
      emit(
        w,
        added ? [...hPtr, "not"] : [...bPtr, "not"],
        `not-${added ? "added" : "removed"}`,
        constraintVerdict(w.dir, added ? "narrow" : "widen"),
        `${target(w)}: \`not\` ${added ? "added" : "removed"}`,
      );
    } else if (canonical(bDoc, bs.not) !== canonical(hDoc, hs.not)) {
      emit(w, [...hPtr, "not"], "not-changed", constraintVerdict(w.dir, "both"), `${target(w)}: \`not\` changed`);
    }
  }
}

/** A schema as a comparable string: refs resolved one level deep per node, annotations dropped. */
export function canonical(doc: Json, schema: unknown, depth = 0): string {
  const seen = new Set<unknown>();
  const NAMED = new Set(["properties", "patternProperties", "dependentSchemas", "$defs", "definitions"]);
  const walk = (node: unknown, d: number, names = false): unknown => {
    if (Array.isArray(node)) return node.map((x) => walk(x, d));
    if (!isObject(node)) return node;
    if (names)
      return Object.fromEntries(
        Object.keys(node)
          .sort()
          .map((k) => [k, walk(node[k], d)]),
      );
    if (typeof node.$ref === "string") {
      if (d > 8 || seen.has(node.$ref)) return { $ref: node.$ref };
      seen.add(node.$ref);
      const r = walk(resolve(doc, node).s, d + 1);
      seen.delete(node.$ref);
      return r;
    }
    const out: Json = {};
    for (const k of Object.keys(node).sort()) if (!isAnnotationKey(k)) out[k] = walk(node[k], d, NAMED.has(k));
    return out;
  };
  return JSON.stringify(walk(schema, depth));
}

function compareAnnotations(bs: Json, hs: Json, bPtr: Seg[], hPtr: Seg[], w: Walk) {
  for (const k of new Set([...Object.keys(bs), ...Object.keys(hs)])) {
    if (!isAnnotationKey(k)) continue;
    if (JSON.stringify(bs[k]) === JSON.stringify(hs[k])) continue;
    const action = bs[k] === undefined ? "added" : hs[k] === undefined ? "removed" : "changed";
    w.out.push({
      pointer: toPointer(action === "removed" ? [...bPtr, k] : [...hPtr, k]),
      kind: "annotation-changed",
      verdict: FIXED,
      detail: `documentation of ${target(w)} ${action} (\`${k}\`)`,
    });
  }
}

function compareTypes(bs: Json, hs: Json, bPtr: Seg[], hPtr: Seg[], w: Walk) {
  const bt = typeSet(bs);
  const ht = typeSet(hs);
  if (!bt && !ht) return;
  const ptr = ht === undefined ? [...bPtr, "type"] : [...hPtr, "type"];
  if (!bt || !ht) {
    const effect = !bt ? "narrow" : "widen";
    emit(
      w,
      ptr,
      "type-changed",
      typeVerdict(w.dir, effect),
      `type of ${target(w)} ${!bt ? `restricted to \`${[...ht!].join(" | ")}\`` : `no longer restricted (was \`${[...bt].join(" | ")}\`)`}`,
    );
    return;
  }
  const added = [...ht].filter((t) => !covers(bt, t));
  const removed = [...bt].filter((t) => !covers(ht, t));
  if (added.length === 0 && removed.length === 0) return;
  const onlyNull = (list: string[]) => list.length === 1 && list[0] === "null";
  if (onlyNull(added) && removed.length === 0) {
    const nullPtr = bs.nullable !== undefined || hs.nullable !== undefined ? [...hPtr, "nullable"] : ptr;
    emit(w, nullPtr, "became-nullable", typeVerdict(w.dir, "widen"), `${target(w)} may now be null`);
    return;
  }
  if (onlyNull(removed) && added.length === 0) {
    const nullPtr = hs.nullable === undefined && bs.nullable !== undefined ? [...bPtr, "nullable"] : hs.nullable !== undefined ? [...hPtr, "nullable"] : ptr;
    emit(w, nullPtr, "became-non-nullable", typeVerdict(w.dir, "narrow"), `${target(w)} may no longer be null`);
    return;
  }
  const effect = added.length > 0 && removed.length > 0 ? "both" : added.length > 0 ? "widen" : "narrow";
  // integer ↔ number is the same TypeScript type: the SDK still compiles, the values differ.
  const sameTs = [...added, ...removed].every((t) => t === "integer" || t === "number");
  const verdict = sameTs ? constraintVerdictTyped(w.dir, effect) : typeVerdict(w.dir, effect);
  emit(w, ptr, "type-changed", verdict, `type of ${target(w)} changed from \`${[...bt].join(" | ")}\` to \`${[...ht].join(" | ")}\``);
}

/** integer → number in a response: the same TS type, but values the code never handled (fractions) now arrive. */
function constraintVerdictTyped(dir: Direction, effect: "narrow" | "widen" | "both"): Verdict {
  if (dir === "request") return effect === "widen" ? CHANGED : BREAKING_WIRE;
  return effect === "narrow" ? CHANGED : BREAKING_WIRE;
}

function compareValues(bs: Json, hs: Json, bPtr: Seg[], hPtr: Seg[], w: Walk) {
  const bv = valueSet(bs);
  const hv = valueSet(hs);
  if (!bv && !hv) return;
  const kw = (hv ?? bv)!.keyword;
  if (!bv || !hv) {
    const restricted = !bv;
    const shown = (hv ?? bv)!.values.map(show).join(", ");
    emit(
      w,
      restricted ? [...hPtr, hv!.keyword] : [...bPtr, bv!.keyword],
      `${kw}-${restricted ? "added" : "removed"}`,
      typeVerdict(w.dir, restricted ? "narrow" : "widen"),
      restricted ? `${target(w)} is now restricted to ${shown}` : `${target(w)} is no longer restricted to ${shown}`,
    );
    return;
  }
  const key = (v: unknown) => JSON.stringify(v);
  const bKeys = bv.values.map(key);
  const hKeys = hv.values.map(key);
  if (bv.keyword === "const" || hv.keyword === "const") {
    if (bKeys.join() === hKeys.join()) return;
    if (bv.keyword === "const" && hv.keyword === "const") {
      emit(w, [...hPtr, "const"], "const-changed", typeVerdict(w.dir, "both"), `${target(w)}: \`const\` changed from ${show(bs.const)} to ${show(hs.const)}`);
      return;
    }
  }
  hv.values.forEach((v, i) => {
    if (bKeys.includes(hKeys[i])) return;
    const ptr = hv.keyword === "enum" ? [...hPtr, "enum", Math.min(i, Array.isArray(hs.enum) ? hs.enum.length - 1 : i)] : [...hPtr, hv.keyword];
    emit(w, ptr, "enum-value-added", typeVerdict(w.dir, "widen"), `\`${show(v)}\` added to the values of ${target(w)}`);
  });
  bv.values.forEach((v, i) => {
    if (hKeys.includes(bKeys[i])) return;
    const ptr = bv.keyword === "enum" ? [...bPtr, "enum", Math.min(i, Array.isArray(bs.enum) ? bs.enum.length - 1 : i)] : [...bPtr, bv.keyword];
    emit(w, ptr, "enum-value-removed", typeVerdict(w.dir, "narrow"), `\`${show(v)}\` removed from the values of ${target(w)}`);
  });
}

const UPPER = ["maximum", "maxLength", "maxItems", "maxProperties", "maxContains"];
const LOWER: Array<[string, number]> = [
  ["minimum", -Infinity],
  ["minLength", 0],
  ["minItems", 0],
  ["minProperties", 0],
  ["minContains", 1],
];

function compareConstraints(bs: Json, hs: Json, bPtr: Seg[], hPtr: Seg[], w: Walk) {
  const num = (v: unknown) => (typeof v === "number" ? v : undefined);
  const report = (keyword: string, effect: "narrow" | "widen" | "both", detail: string) => {
    const gone = hs[keyword] === undefined;
    const verb = effect === "narrow" ? "narrowed" : effect === "widen" ? "widened" : "changed";
    emit(w, gone ? [...bPtr, keyword] : [...hPtr, keyword], `${kebab(keyword)}-${verb}`, constraintVerdict(w.dir, effect), `${target(w)}: ${detail}`);
  };
  const was = (keyword: string) =>
    `\`${keyword}\` ${hs[keyword] === undefined ? `removed (was ${show(bs[keyword])})` : bs[keyword] === undefined ? `set to ${show(hs[keyword])}` : `changed from ${show(bs[keyword])} to ${show(hs[keyword])}`}`;
  for (const k of [...UPPER, "exclusiveMaximum"]) {
    const b = num(bs[k]);
    const h = num(hs[k]);
    if (b === h) continue;
    if (k === "exclusiveMaximum" && (typeof bs[k] === "boolean" || typeof hs[k] === "boolean")) continue;
    const effect = h === undefined ? "widen" : b === undefined ? "narrow" : h < b ? "narrow" : "widen";
    report(k, effect, was(k));
  }
  for (const [k, dflt] of [...LOWER, ["exclusiveMinimum", -Infinity] as [string, number]]) {
    if (k === "exclusiveMinimum" && (typeof bs[k] === "boolean" || typeof hs[k] === "boolean")) continue;
    const b = num(bs[k]) ?? dflt;
    const h = num(hs[k]) ?? dflt;
    if (b === h) continue;
    report(k, h > b ? "narrow" : "widen", was(k));
  }
  // 3.0 boolean exclusive bounds: true makes the bound exclusive (narrower).
  for (const k of ["exclusiveMaximum", "exclusiveMinimum"]) {
    const b = bs[k] === true;
    const h = hs[k] === true;
    if ((typeof bs[k] === "boolean" || typeof hs[k] === "boolean") && b !== h) report(k, h ? "narrow" : "widen", was(k));
  }
  if ((bs.uniqueItems === true) !== (hs.uniqueItems === true)) report("uniqueItems", hs.uniqueItems === true ? "narrow" : "widen", was("uniqueItems"));
  if (bs.multipleOf !== hs.multipleOf) {
    const b = num(bs.multipleOf);
    const h = num(hs.multipleOf);
    const effect = h === undefined ? "widen" : b === undefined ? "narrow" : b % h === 0 ? "widen" : "narrow";
    report("multipleOf", effect, was("multipleOf"));
  }
  const anyPattern = (p: unknown) => p === undefined || (typeof p === "string" && /^\^?(\.\*)?\$?$/.test(p));
  if (bs.pattern !== hs.pattern && !(anyPattern(bs.pattern) && anyPattern(hs.pattern))) {
    const effect = anyPattern(hs.pattern) ? "widen" : anyPattern(bs.pattern) ? "narrow" : "both";
    if (w.dir === "response") {
      // Clients do not match response strings against the pattern: it describes them.
      const gone = hs.pattern === undefined;
      emit(
        w,
        gone ? [...bPtr, "pattern"] : [...hPtr, "pattern"],
        `pattern-${effect === "narrow" ? "narrowed" : effect === "widen" ? "widened" : "changed"}`,
        CHANGED,
        `${target(w)}: ${was("pattern")}`,
      );
    } else report("pattern", effect, was("pattern"));
  }
  for (const k of ["format", "contentMediaType", "contentEncoding"]) {
    if (bs[k] === hs[k]) continue;
    const effect = hs[k] === undefined ? "widen" : bs[k] === undefined ? "narrow" : "both";
    report(k, effect, was(k));
  }
  // dependentRequired: each property name listed is one more requirement.
  const bd = isObject(bs.dependentRequired) ? bs.dependentRequired : {};
  const hd = isObject(hs.dependentRequired) ? hs.dependentRequired : {};
  for (const k of new Set([...Object.keys(bd), ...Object.keys(hd)])) {
    const b = new Set((Array.isArray(bd[k]) ? bd[k] : []).map(String));
    const h = new Set((Array.isArray(hd[k]) ? hd[k] : []).map(String));
    const added = [...h].filter((x) => !b.has(x));
    const removed = [...b].filter((x) => !h.has(x));
    if (added.length > 0)
      emit(
        w,
        [...hPtr, "dependentRequired", k],
        "dependent-required-added",
        constraintVerdict(w.dir, "narrow"),
        `${target(w)}: \`${added.join("`, `")}\` now required when \`${k}\` is present`,
      );
    if (removed.length > 0)
      emit(
        w,
        k in hd ? [...hPtr, "dependentRequired", k] : [...bPtr, "dependentRequired", k],
        "dependent-required-removed",
        constraintVerdict(w.dir, "widen"),
        `${target(w)}: \`${removed.join("`, `")}\` no longer required when \`${k}\` is present`,
      );
  }
}

function compareDefault(bs: Json, hs: Json, bPtr: Seg[], hPtr: Seg[], w: Walk) {
  if (JSON.stringify(bs.default) === JSON.stringify(hs.default)) return;
  const action = bs.default === undefined ? "added" : hs.default === undefined ? "removed" : "changed";
  // A request default is what the server assumes when the client leaves the field out: changing it changes
  // what existing calls do. A response default documents; clients read the value that is sent. So does the
  // default of a value every existing call sends (a required or path parameter).
  const documents = w.dir === "response" || (w.alwaysSent && w.field === "");
  const verdict = documents ? FIXED : action !== "added" ? BREAKING_WIRE : CHANGED;
  emit(
    w,
    action === "removed" ? [...bPtr, "default"] : [...hPtr, "default"],
    `default-${action}`,
    verdict,
    `${target(w)}: default ${action === "added" ? `set to ${show(hs.default)}` : action === "removed" ? `removed (was ${show(bs.default)})` : `changed from ${show(bs.default)} to ${show(hs.default)}`}`,
  );
}

function compareProperties(bDoc: Json, hDoc: Json, bs: Json, hs: Json, bm: Merged, hm: Merged, bPtr: Seg[], hPtr: Seg[], w: Walk) {
  const bp = isObject(bs.properties) ? bs.properties : {};
  const hp = isObject(hs.properties) ? hs.properties : {};
  const breq = new Set((Array.isArray(bs.required) ? bs.required : []).map(String));
  const hreq = new Set((Array.isArray(hs.required) ? hs.required : []).map(String));
  const bPtrOf = (n: string) => bm.propPtr.get(n) ?? [...bPtr, "properties", n];
  const hPtrOf = (n: string) => hm.propPtr.get(n) ?? [...hPtr, "properties", n];
  const name = (n: string) => (w.field ? `${w.field}.${n}` : n);
  const t = (n: string) => `${w.where} field \`${name(n)}\``;
  const request = w.dir === "request";
  const names = [...new Set([...Object.keys(bp), ...Object.keys(hp)])];
  for (const n of names) {
    const inB = n in bp;
    const inH = n in hp;
    const bVis = inB && visible(bDoc, bp[n], w.dir);
    const hVis = inH && visible(hDoc, hp[n], w.dir);
    if (!bVis && !hVis) {
      // Not in this side's SDK type; a required entry for it binds no client.
      continue;
    }
    if (bVis && !hVis) {
      if (!inH) emit(w, bPtrOf(n), "property-removed", BREAKING_TYPES, `removed ${t(n)}`);
      else if (request) emit(w, [...hPtrOf(n), "readOnly"], "property-became-read-only", BREAKING_TYPES, `${t(n)} is now read-only (no longer sent)`);
      else emit(w, [...hPtrOf(n), "writeOnly"], "property-became-write-only", BREAKING_TYPES, `${t(n)} is now write-only (no longer returned)`);
      continue;
    }
    if (!bVis && hVis) {
      const required = hreq.has(n);
      const was = inB ? (request ? " (no longer read-only)" : " (no longer write-only)") : "";
      if (request) emit(w, hPtrOf(n), "property-added", required ? BREAKING_TYPES : ADDED, `new ${required ? "required" : "optional"} ${t(n)}${was}`);
      else emit(w, hPtrOf(n), "property-added", ADDED, `new ${t(n)}${was}`);
      continue;
    }
    // In both.
    const br = breq.has(n);
    const hr = hreq.has(n);
    if (br !== hr) {
      if (request) {
        if (hr) emit(w, [...hPtr, "required"], "property-became-required", BREAKING_TYPES, `${t(n)} is now required`);
        else emit(w, [...bPtr, "required"], "property-became-optional", CHANGED, `${t(n)} is now optional`);
      } else if (hr) emit(w, [...hPtr, "required"], "property-became-required", CHANGED, `${t(n)} is now always present`);
      else emit(w, [...bPtr, "required"], "property-became-optional", BREAKING_TYPES, `${t(n)} may now be absent`);
    }
    const field = w.field;
    w.field = name(n);
    compare({ doc: bDoc, schema: bp[n], ptr: bPtrOf(n) }, { doc: hDoc, schema: hp[n], ptr: hPtrOf(n) }, w);
    w.field = field;
  }
}

function compareDiscriminator(bs: Json, hs: Json, bPtr: Seg[], hPtr: Seg[], w: Walk) {
  const bd = isObject(bs.discriminator) ? bs.discriminator : undefined;
  const hd = isObject(hs.discriminator) ? hs.discriminator : undefined;
  if (!bd && !hd) return;
  if (!bd || !hd) {
    // The branches' own schemas decide what is valid; the discriminator names the property that tells them apart.
    emit(
      w,
      hd ? [...hPtr, "discriminator"] : [...bPtr, "discriminator"],
      `discriminator-${hd ? "added" : "removed"}`,
      CHANGED,
      `${target(w)}: discriminator ${hd ? `added (\`${String(hd.propertyName)}\`)` : "removed"}`,
    );
    return;
  }
  if (bd.propertyName !== hd.propertyName) {
    emit(
      w,
      [...hPtr, "discriminator", "propertyName"],
      "discriminator-property-changed",
      BREAKING_WIRE,
      `${target(w)}: discriminator property changed from \`${String(bd.propertyName)}\` to \`${String(hd.propertyName)}\``,
    );
  }
  const bmap = isObject(bd.mapping) ? bd.mapping : {};
  const hmap = isObject(hd.mapping) ? hd.mapping : {};
  for (const k of new Set([...Object.keys(bmap), ...Object.keys(hmap)])) {
    if (bmap[k] === hmap[k]) continue;
    const action = !(k in bmap) ? "added" : !(k in hmap) ? "removed" : "changed";
    const effect = action === "added" ? "widen" : action === "removed" ? "narrow" : "both";
    emit(
      w,
      action === "removed" ? [...bPtr, "discriminator", "mapping", k] : [...hPtr, "discriminator", "mapping", k],
      `discriminator-mapping-${action}`,
      constraintVerdict(w.dir, effect),
      `${target(w)}: discriminator value \`${k}\` ${action}`,
    );
  }
}

// ---------------------------------------------------------------- oneOf / anyOf

function compareComposition(bDoc: Json, hDoc: Json, bs: Json, hs: Json, bPtr: Seg[], hPtr: Seg[], w: Walk) {
  const bk = Array.isArray(bs.oneOf) ? "oneOf" : Array.isArray(bs.anyOf) ? "anyOf" : undefined;
  const hk = Array.isArray(hs.oneOf) ? "oneOf" : Array.isArray(hs.anyOf) ? "anyOf" : undefined;
  const bList = bk ? (bs[bk] as unknown[]) : [];
  const hList = hk ? (hs[hk] as unknown[]) : [];
  const bAt = (i: number): Seg[] => (bk && Array.isArray(bs[bk]) && (bs[bk] as unknown[]).length > 0 && bs !== undefined ? [...bPtr, bk, i] : bPtr);
  const hAt = (i: number): Seg[] => [...hPtr, hk ?? "oneOf", i];
  const pairs = matchBranches(bDoc, hDoc, bList, hList);
  const matchedH = new Set(pairs.map(([, j]) => j));
  const matchedB = new Set(pairs.map(([i]) => i));
  const name = hk === "anyOf" || (!hk && bk === "anyOf") ? "any-of" : "one-of";
  const request = w.dir === "request";
  // A wrapped (plain) side has no composition of its own: point at the schema itself.
  const bPoint = (i: number) => (Array.isArray(bs.oneOf) || Array.isArray(bs.anyOf) ? bAt(i) : bPtr);
  for (const [i, j] of pairs) compare({ doc: bDoc, schema: bList[i], ptr: bPoint(i) }, { doc: hDoc, schema: hList[j], ptr: hAt(j) }, w);
  hList.forEach((branch, j) => {
    if (matchedH.has(j)) return;
    // Only payloads BASE accepted matter: does one that matched a kept branch now also match the new one?
    // A kept branch whose SDK-typed payloads another BASE branch also accepts was already rejected by oneOf.
    const overlapping =
      hk === "oneOf" &&
      request &&
      pairs.some(([i, k]) => mayOverlap(hDoc, hList[k], branch) && !bList.some((o, x) => x !== i && acceptsAllOf(bDoc, o, bList[i])));
    const only = typeSet(resolve(hDoc, branch).s ?? {});
    if (only && only.size === 1 && only.has("null")) {
      emit(w, hAt(j), "became-nullable", typeVerdict(w.dir, "widen"), `${target(w)} may now be null`);
    } else if (request && overlapping) {
      emit(
        w,
        hAt(j),
        "one-of-branch-overlaps",
        BREAKING_WIRE,
        `${hk} branch added to ${target(w)} overlaps another branch (a payload matching both is rejected)`,
      );
    } else emit(w, hAt(j), `${name}-branch-added`, typeVerdict(w.dir, "widen"), `${hk} branch added to ${target(w)}`);
  });
  bList.forEach((branch, i) => {
    if (matchedB.has(i)) return;
    const only = typeSet(resolve(bDoc, branch).s ?? {});
    if (only && only.size === 1 && only.has("null")) {
      emit(w, bPoint(i), "became-non-nullable", typeVerdict(w.dir, "narrow"), `${target(w)} may no longer be null`);
      return;
    }
    emit(w, bPoint(i), `${name}-branch-removed`, typeVerdict(w.dir, "narrow"), `${bk ?? hk} branch removed from ${target(w)}`);
  });
  // anyOf → oneOf: a payload valid for two branches is now rejected.
  if (bk === "anyOf" && hk === "oneOf" && bList.length > 1) {
    const overlap = hList.some((a, x) => hList.some((b, y) => x < y && mayOverlap(hDoc, a, b)));
    emit(w, [...hPtr, "oneOf"], "any-of-became-one-of", overlap ? constraintVerdict(w.dir, "narrow") : CHANGED, `${target(w)}: \`anyOf\` became \`oneOf\``);
  } else if (bk === "oneOf" && hk === "anyOf" && bList.length > 1) {
    emit(w, [...hPtr, "anyOf"], "one-of-became-any-of", CHANGED, `${target(w)}: \`oneOf\` became \`anyOf\``);
  }
}

/** Pair branches: same $ref, then same shape, then the most similar object shape. */
function matchBranches(bDoc: Json, hDoc: Json, bList: unknown[], hList: unknown[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const usedB = new Set<number>();
  const usedH = new Set<number>();
  const tryPair = (test: (b: unknown, h: unknown) => boolean) => {
    bList.forEach((b, i) => {
      if (usedB.has(i)) return;
      const j = hList.findIndex((h, k) => !usedH.has(k) && test(b, h));
      if (j === -1) return;
      usedB.add(i);
      usedH.add(j);
      pairs.push([i, j]);
    });
  };
  const refName = (v: unknown) => (isObject(v) && typeof v.$ref === "string" ? v.$ref.split("/").pop() : undefined);
  tryPair((b, h) => refName(b) !== undefined && refName(b) === refName(h));
  tryPair((b, h) => canonical(bDoc, b) === canonical(hDoc, h));
  const shape = (doc: Json, v: unknown) => {
    const s = resolve(doc, v).s ?? {};
    const m = merge(doc, s, []).s;
    return {
      types: [...(typeSet(m) ?? [])]
        .filter((t) => t !== "null")
        .sort()
        .join(),
      props: Object.keys(isObject(m.properties) ? m.properties : {}),
      title: m.title,
    };
  };
  tryPair((b, h) => {
    const x = shape(bDoc, b);
    const y = shape(hDoc, h);
    if (x.title !== undefined && x.title === y.title) return true;
    if (x.types !== y.types) return false;
    if (x.props.length === 0 && y.props.length === 0) return true;
    const common = x.props.filter((p) => y.props.includes(p)).length;
    return common * 2 >= Math.max(x.props.length, y.props.length);
  });
  return pairs;
}

/**
 * Whether a value written for `a` (as its SDK type writes it: declared
 * properties only) may also be valid for `b`. Conservative: true unless they
 * clearly exclude each other.
 */
export function mayOverlap(doc: Json, a: unknown, b: unknown): boolean {
  const x = resolve(doc, a).s;
  const y = resolve(doc, b).s;
  if (!x || !y) return true;
  const sa = merge(doc, x, []).s;
  const sb = merge(doc, y, []).s;
  const ta = typeSet(sa);
  const tb = typeSet(sb);
  if (ta && tb && ![...ta].some((t) => covers(tb, t) || (t === "number" && tb.has("integer")))) return false;
  const va = valueSet(sa);
  const vb = valueSet(sb);
  if (va && vb && !va.values.some((v) => vb.values.some((u) => JSON.stringify(u) === JSON.stringify(v)))) return false;
  const pa = isObject(sa.properties) ? sa.properties : {};
  const pb = isObject(sb.properties) ? sb.properties : {};
  const ra = new Set((Array.isArray(sa.required) ? sa.required : []).map(String));
  const rb = new Set((Array.isArray(sb.required) ? sb.required : []).map(String));
  for (const p of Object.keys(pa)) {
    if (!(p in pb) || !ra.has(p) || !rb.has(p)) continue;
    if (!mayOverlap(doc, pa[p], pb[p])) return false;
  }
  // `b` requires a property `a` does not declare: a value written for `a` does not carry it.
  if ([...rb].some((p) => !(p in pa)) && (Object.keys(pa).length > 0 || sa.additionalProperties === false)) return false;
  if (sb.additionalProperties === false && [...ra].some((p) => !(p in pb))) return false;
  return true;
}

/**
 * Whether `outer` accepts every value written for `inner` as its SDK type
 * writes it (declared properties only, required ones present). Conservative:
 * false unless clearly so.
 */
function acceptsAllOf(doc: Json, outer: unknown, inner: unknown): boolean {
  const x = resolve(doc, outer).s;
  const y = resolve(doc, inner).s;
  if (!x || !y) return false;
  const so = merge(doc, x, []).s;
  const si = merge(doc, y, []).s;
  const to = typeSet(so);
  const ti = typeSet(si);
  if (to && (!ti || ![...ti].every((t) => covers(to, t)))) return false;
  if (valueSet(so) || so.not !== undefined || so.if !== undefined || so.oneOf || so.anyOf) return false;
  const po = isObject(so.properties) ? so.properties : {};
  const pi = isObject(si.properties) ? si.properties : {};
  const ri = new Set((Array.isArray(si.required) ? si.required : []).map(String));
  if ((Array.isArray(so.required) ? so.required : []).some((p) => !ri.has(String(p)))) return false;
  for (const p of Object.keys(pi)) {
    if (!(p in po)) {
      if (so.additionalProperties === false) return false;
      continue;
    }
    if (canonical(doc, po[p]) !== canonical(doc, pi[p])) return false;
  }
  const constrained = Object.keys(so).some((k) => !isAnnotationKey(k) && !["type", "properties", "required", "nullable"].includes(k));
  return !constrained;
}

export { BREAKING_TYPES, BREAKING_WIRE, WARN };
