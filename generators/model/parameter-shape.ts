/**
 * parameter-shape: whether a parameter's value is an object or an array
 * once its `$ref`s and `allOf` members are followed — what decides how the
 * value is spelled on the wire (an object in a query spreads its properties
 * as keys, a header object is `k,v,k2,v2`…), for the SDK that writes it and
 * the server that reads it back.
 */
import type { Json } from "../load/refs.js";
import type { SchemaStore } from "./schema-store.js";
import type { ParameterModel, ParameterShape } from "./types.js";

/** null: a scalar (or a union the wire spells as one). */
export function parameterShapeOf(refs: SchemaStore, schema: unknown): ParameterShape | null {
  const seen = new Set<unknown>();
  let kind: "object" | "array" | null = null;
  const properties = new Set<string>();
  let closed = false;
  let declaresExtra = false;
  const visit = (node: unknown): void => {
    const s = refs.resolve(node) as Json | undefined;
    if (!s || typeof s !== "object" || seen.has(s)) return;
    seen.add(s);
    const own = s.properties && typeof s.properties === "object" ? Object.keys(s.properties as Json) : [];
    if (s.type === "object" || own.length || (Array.isArray(s.type) && s.type.includes("object"))) kind ??= "object";
    else if (s.type === "array" || (Array.isArray(s.type) && s.type.includes("array"))) kind ??= "array";
    for (const name of own) properties.add(name);
    if (s.additionalProperties === false) closed = true;
    else if (s.additionalProperties !== undefined) declaresExtra = true;
    if (Array.isArray(s.allOf)) for (const member of s.allOf) visit(member);
  };
  visit(schema);
  if (kind === "array") return { kind: "array" };
  if (kind !== "object") return null;
  // Keys it does not declare belong to it only when it says so, or declares none (a dictionary).
  return { kind: "object", properties: [...properties], open: !closed && (properties.size === 0 || declaresExtra) };
}

/**
 * How a query parameter is spelled when not as plain repeated keys — the
 * one rule the SDK writes by and the server reads back by: an object
 * (`exploded` form, `deep`Object, or `pairs` without explode), or an array
 * in the form style without explode (`comma`: `a,b`). Null: repeated keys.
 */
export function querySpellingOf(p: ParameterModel): "exploded" | "deep" | "pairs" | "comma" | null {
  const style = p.style ?? "form";
  if (p.shape?.kind === "object" || style === "deepObject") return style === "deepObject" ? "deep" : p.explode === false ? "pairs" : "exploded";
  if (p.shape?.kind === "array" && p.explode === false && style === "form") return "comma";
  return null;
}
