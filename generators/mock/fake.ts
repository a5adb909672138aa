/**
 * fake: values for a (converted) JSON Schema. `sample` builds one from
 * scratch; `conform` keeps as much of a given value as it can and changes
 * only what breaks the schema (too many properties or items, a string that
 * misses its pattern or format, a number out of range, a missing required
 * field…). Both are driven by a seeded Rng, so a fixed seed repeats. What they
 * return is checked with ajv by the caller: they aim at valid, ajv decides.
 */
import { createRequire } from "node:module";
import { pickOne, randomId, type Rng } from "./rng.js";
import type { SpecSchemas } from "./schemas.js";
import type { Json } from "../load/refs.js";

const require = createRequire(import.meta.url);
type RandExpClass = new (pattern: RegExp | string) => { max: number; randInt: (a: number, b: number) => number; gen(): string };
let RandExp: RandExpClass | null = null;

export interface FakeContext {
  schemas: SpecSchemas;
  rng: Rng;
}

const MAX_DEPTH = 6;
const BASE_TIME = Date.UTC(2024, 0, 1);

type Kind = "null" | "array" | "object" | "string" | "integer" | "number" | "boolean";

function kindOf(value: unknown): Kind | "undefined" {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value as Kind | "undefined";
}

function typesOf(schema: Json): Kind[] | null {
  if (typeof schema.type === "string") return [schema.type as Kind];
  if (Array.isArray(schema.type)) return schema.type as Kind[];
  return null;
}

function fits(kind: Kind | "undefined", types: Kind[]): boolean {
  if (kind === "undefined") return false;
  return types.includes(kind) || (kind === "integer" && types.includes("number"));
}

/** The type to generate: the declared one (first that isn't null), else what the keywords suggest. */
function typeToMake(schema: Json): Kind {
  const types = typesOf(schema);
  if (types) return types.find((t) => t !== "null") ?? "null";
  if (schema.properties || schema.additionalProperties !== undefined || schema.required || schema.minProperties !== undefined) return "object";
  if (schema.items || schema.prefixItems || schema.minItems !== undefined) return "array";
  if (schema.minimum !== undefined || schema.maximum !== undefined || schema.multipleOf !== undefined) return "number";
  return "string";
}

/** allOf members flattened into one object schema (properties and required merged); nested allOf too. */
function mergeAllOf(schema: Json, ctx: FakeContext, depth = 0): Json {
  if (!Array.isArray(schema.allOf) || depth > MAX_DEPTH) return schema;
  const { allOf, ...rest } = schema;
  let merged: Json = { ...rest };
  for (const member of allOf as unknown[]) {
    const m = mergeAllOf(ctx.schemas.resolve(member), ctx, depth + 1);
    merged = {
      ...m,
      ...merged,
      properties: { ...((m.properties as Json) ?? {}), ...((merged.properties as Json) ?? {}) },
      required: [...new Set([...((m.required as string[]) ?? []), ...((merged.required as string[]) ?? [])])],
    };
  }
  return merged;
}

export function sample(input: unknown, ctx: FakeContext, depth = 0): unknown {
  if (input === true || input === undefined) return "value";
  if (input === false) return undefined;
  let schema = ctx.schemas.resolve(input);
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length) return pickOne(ctx.rng, schema.enum);
  if (Array.isArray(schema.allOf)) schema = mergeAllOf(schema, ctx);
  const branches = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (Array.isArray(branches) && branches.length && !schema.properties && !schema.type) return sample(branches[0], ctx, depth + 1);
  switch (typeToMake(schema)) {
    case "null":
      return null;
    case "boolean":
      return ctx.rng() < 0.5;
    case "integer":
      return sampleNumber(schema, ctx, true);
    case "number":
      return sampleNumber(schema, ctx, false);
    case "array":
      return sampleArray(schema, ctx, depth);
    case "object":
      return sampleObject(schema, ctx, depth);
    default:
      return sampleString(schema, ctx);
  }
}

function sampleNumber(schema: Json, ctx: FakeContext, integer: boolean): number {
  let min =
    typeof schema.minimum === "number" ? schema.minimum : typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + (integer ? 1 : 0.001) : 0;
  let max =
    typeof schema.maximum === "number"
      ? schema.maximum
      : typeof schema.exclusiveMaximum === "number"
        ? schema.exclusiveMaximum - (integer ? 1 : 0.001)
        : Math.max(min, 0) + 1000;
  if (max < min) max = min;
  const step = typeof schema.multipleOf === "number" && schema.multipleOf > 0 ? schema.multipleOf : integer ? 1 : 0;
  if (step) {
    min = Math.ceil(min / step) * step;
    const count = Math.max(0, Math.floor((max - min) / step));
    return Number((min + Math.floor(ctx.rng() * (count + 1)) * step).toFixed(10));
  }
  const value = min + ctx.rng() * (max - min);
  return integer ? Math.min(Math.floor(max), Math.max(Math.ceil(min), Math.round(value))) : Math.round(value * 100) / 100;
}

function sampleArray(schema: Json, ctx: FakeContext, depth: number): unknown[] {
  const min = typeof schema.minItems === "number" ? schema.minItems : 0;
  const max = typeof schema.maxItems === "number" ? schema.maxItems : min + 3;
  const wanted = depth >= MAX_DEPTH ? min : Math.max(min, Math.min(max, min + 1 + Math.floor(ctx.rng() * 2)));
  const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : Array.isArray(schema.items) ? schema.items : [];
  const rest = Array.isArray(schema.items) ? schema.additionalItems : schema.items;
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (let i = 0, tries = 0; out.length < wanted && tries < wanted * 10; tries++) {
    const item = sample(i < prefix.length ? prefix[i] : rest, ctx, depth + 1);
    if (schema.uniqueItems === true) {
      const key = JSON.stringify(item);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(item);
    i++;
  }
  return out;
}

function sampleObject(schema: Json, ctx: FakeContext, depth: number): Json {
  const properties = (schema.properties ?? {}) as Json;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const max = typeof schema.maxProperties === "number" ? schema.maxProperties : Infinity;
  const min = typeof schema.minProperties === "number" ? schema.minProperties : 0;
  const out: Json = {};
  for (const name of required) {
    const value = sample(properties[name] ?? additionalOf(schema), ctx, depth + 1);
    if (value !== undefined) out[name] = value;
  }
  // Optional fields: all of them near the top (a useful mock shows the shape), fewer deeper down.
  for (const name of Object.keys(properties)) {
    if (name in out || Object.keys(out).length >= max) continue;
    if (depth >= MAX_DEPTH - 2 && Object.keys(out).length >= min) continue;
    if (depth > 1 && ctx.rng() < 0.3 && Object.keys(out).length >= min) continue;
    const value = sample(properties[name], ctx, depth + 1);
    if (value !== undefined) out[name] = value;
  }
  const extra = additionalOf(schema);
  for (let n = 1; Object.keys(out).length < min && extra !== false && n < 100; n++) {
    const key = `key${n}`;
    if (!(key in out)) out[key] = sample(extra, ctx, depth + 1);
  }
  return out;
}

function additionalOf(schema: Json): unknown {
  if (schema.additionalProperties === false || schema.unevaluatedProperties === false) return false;
  return schema.additionalProperties === undefined || schema.additionalProperties === true ? {} : schema.additionalProperties;
}

const FORMATS: Record<string, (ctx: FakeContext) => string> = {
  "date-time": (ctx) => new Date(BASE_TIME + Math.floor(ctx.rng() * 365 * 86400) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
  date: (ctx) => new Date(BASE_TIME + Math.floor(ctx.rng() * 365) * 86400_000).toISOString().slice(0, 10),
  time: (ctx) => `${pad(Math.floor(ctx.rng() * 24))}:${pad(Math.floor(ctx.rng() * 60))}:${pad(Math.floor(ctx.rng() * 60))}Z`,
  email: (ctx) => `user.${randomId(ctx.rng, 6)}@example.com`,
  uri: (ctx) => `https://example.com/${randomId(ctx.rng, 8)}`,
  url: (ctx) => `https://example.com/${randomId(ctx.rng, 8)}`,
  "uri-reference": (ctx) => `/items/${randomId(ctx.rng, 8)}`,
  hostname: (ctx) => `host-${randomId(ctx.rng, 6)}.example.com`,
  ipv4: (ctx) => [1, 2, 3, 4].map(() => Math.floor(ctx.rng() * 254) + 1).join("."),
  ipv6: (ctx) => `2001:db8::${Math.floor(ctx.rng() * 0xffff).toString(16)}`,
  uuid: (ctx) => uuid(ctx.rng),
  byte: (ctx) => Buffer.from(randomId(ctx.rng, 9)).toString("base64"),
  duration: (ctx) => `PT${1 + Math.floor(ctx.rng() * 59)}M`,
  "json-pointer": (ctx) => `/${randomId(ctx.rng, 5)}`,
};

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16));
  hex[12] = "4";
  hex[16] = "89ab"[Math.floor(rng() * 4)];
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function sampleString(schema: Json, ctx: FakeContext): string {
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Math.max(min, 24);
  const format = typeof schema.format === "string" ? FORMATS[schema.format] : undefined;
  if (typeof schema.pattern === "string") {
    const made = fromPattern(schema.pattern, ctx, min, max);
    if (made !== null) return made;
  }
  if (format) return format(ctx);
  let text = `${["alpha", "bravo", "delta", "echo", "sierra", "tango"][Math.floor(ctx.rng() * 6)]}-${randomId(ctx.rng, 6)}`;
  while (text.length < min) text += randomId(ctx.rng, Math.min(16, min - text.length));
  return text.slice(0, Math.max(min, Math.min(max, text.length)));
}

/** A string matching the pattern (randexp, driven by our Rng), within the length bounds; null when none is found. */
function fromPattern(pattern: string, ctx: FakeContext, min: number, max: number): string | null {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern);
  } catch {
    return null;
  }
  RandExp ??= require("randexp") as RandExpClass;
  const gen = new RandExp(regex);
  gen.max = Math.min(8, Math.max(1, max));
  gen.randInt = (a, b) => a + Math.floor(ctx.rng() * (b - a + 1));
  for (let tries = 0; tries < 20; tries++) {
    const text = gen.gen();
    if (text.length >= min && text.length <= max && regex.test(text)) return text;
  }
  return null;
}

/**
 * The value, changed only where it breaks the schema. `undefined` when the
 * schema allows nothing here (a `false` property: drop it).
 */
export function conform(input: unknown, value: unknown, ctx: FakeContext, depth = 0): unknown {
  if (input === false) return undefined;
  if (input === true || input === undefined) return value;
  const original = input as Json;
  if (value !== undefined && ctx.schemas.validator(original)(value)) return value;
  if (depth > MAX_DEPTH + 4) return sample(original, ctx, depth);
  let schema = ctx.schemas.resolve(original);
  if (schema !== original) return conform(schema, value, ctx, depth + 1);
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value)) ? value : pickOne(ctx.rng, schema.enum);
  if (Array.isArray(schema.allOf)) schema = mergeAllOf(schema, ctx);
  const branches = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (Array.isArray(branches) && branches.length) {
    const ok = branches.find((b) => ctx.schemas.validator(b as Json)(value));
    if (ok !== undefined) return value;
    const kind = kindOf(value);
    const sameKind = branches.find((b) => {
      const r = ctx.schemas.resolve(b);
      const t = typesOf(r) ?? [typeToMake(r)];
      return fits(kind, t);
    });
    return sameKind !== undefined ? conform(sameKind, value, ctx, depth + 1) : sample(branches[0], ctx, depth + 1);
  }
  const types = typesOf(schema) ?? [typeToMake(schema)];
  const kind = kindOf(value);
  if (!fits(kind, types)) return sample(schema, ctx, depth);
  if (kind === "object") return conformObject(schema, value as Json, ctx, depth);
  if (kind === "array") return conformArray(schema, value as unknown[], ctx, depth);
  if (kind === "integer" || kind === "number") return conformNumber(schema, value as number, ctx, types.includes("integer") && !types.includes("number"));
  if (kind === "string") return sampleString(schema, ctx);
  return sample(schema, ctx, depth);
}

function conformObject(schema: Json, value: Json, ctx: FakeContext, depth: number): Json {
  const properties = (schema.properties ?? {}) as Json;
  const patterns = Object.keys((schema.patternProperties ?? {}) as Json).flatMap((p) => {
    try {
      return [new RegExp(p)];
    } catch {
      return [];
    }
  });
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const extra = additionalOf(schema);
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    const declared = Object.hasOwn(properties, key);
    if (!declared && patterns.some((p) => p.test(key))) {
      out[key] = v;
      continue;
    }
    const sub = declared ? properties[key] : extra;
    if (sub === false) continue;
    const fixed = conform(sub, v, ctx, depth + 1);
    // An optional field no value can satisfy (minLength above maxLength…) is better left out.
    if (fixed === undefined || (!required.includes(key) && sub && typeof sub === "object" && !ctx.schemas.validator(sub as Json)(fixed))) continue;
    out[key] = fixed;
  }
  for (const name of required) {
    if (name in out) continue;
    const made = sample(properties[name] ?? extra, ctx, depth + 1);
    if (made !== undefined) out[name] = made;
  }
  if (typeof schema.maxProperties === "number") {
    const optional = Object.keys(out)
      .filter((k) => !required.includes(k))
      .reverse();
    while (Object.keys(out).length > schema.maxProperties && optional.length) delete out[optional.shift()!];
  }
  if (typeof schema.minProperties === "number") {
    for (const name of Object.keys(properties)) {
      if (Object.keys(out).length >= schema.minProperties) break;
      if (!(name in out)) {
        const made = sample(properties[name], ctx, depth + 1);
        if (made !== undefined) out[name] = made;
      }
    }
    for (let n = 1; Object.keys(out).length < schema.minProperties && extra !== false && n < 100; n++)
      if (!(`key${n}` in out)) out[`key${n}`] = sample(extra, ctx, depth + 1);
  }
  return out;
}

function conformArray(schema: Json, value: unknown[], ctx: FakeContext, depth: number): unknown[] {
  const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : Array.isArray(schema.items) ? schema.items : [];
  const rest = Array.isArray(schema.items) ? schema.additionalItems : schema.items;
  let out = value.slice(0, typeof schema.maxItems === "number" ? schema.maxItems : value.length);
  out = out.map((item, i) => conform(i < prefix.length ? prefix[i] : rest, item, ctx, depth + 1)).filter((item) => item !== undefined);
  // An item no value satisfies (allOf members giving one property two types, often down a recursive schema) is
  // better left out while the array may be shorter: an empty list is valid where no item is.
  const min = typeof schema.minItems === "number" ? schema.minItems : 0;
  if (out.length > min && rest && typeof rest === "object" && prefix.length === 0) {
    const valid = ctx.schemas.validator(rest as Json);
    const kept = out.filter((item) => valid(item));
    out = kept.length >= min ? kept : out;
  }
  if (schema.uniqueItems === true) {
    const seen = new Set<string>();
    out = out.filter((item) => {
      const key = JSON.stringify(item);
      return seen.has(key) ? false : (seen.add(key), true);
    });
  }
  for (let tries = 0; out.length < min && tries < min * 10; tries++) {
    const item = sample(out.length < prefix.length ? prefix[out.length] : rest, ctx, depth + 1);
    if (schema.uniqueItems === true && out.some((o) => JSON.stringify(o) === JSON.stringify(item))) continue;
    out.push(item);
  }
  return out;
}

function conformNumber(schema: Json, value: number, ctx: FakeContext, integer: boolean): number {
  let v = integer ? Math.round(value) : value;
  if (typeof schema.minimum === "number" && v < schema.minimum) v = schema.minimum;
  if (typeof schema.maximum === "number" && v > schema.maximum) v = schema.maximum;
  const candidate = v;
  return ctx.schemas.validator(schema)(candidate) ? candidate : sampleNumber(schema, ctx, integer);
}
