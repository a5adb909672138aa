/**
 * Which response schemas fast-json-stringify can't build a serializer from,
 * found at generation time so the generator can say so (the runtime then
 * sends those bodies through its fallback, which keeps only declared fields).
 * The one failure real specs show is an allOf whose members contradict each
 * other on a type (fast-json-stringify merges allOf members and refuses the
 * contradiction); the runtime catches any other and falls back the same way.
 * Also sent through the fallback: bodies with an anyOf/oneOf of two or more
 * object branches, which fast-json-stringify writes with the first branch the
 * value matches, dropping the fields of the others (DigitalOcean's
 * `links.pages`: `anyOf [forward_links, backward_links]`, nothing required,
 * so every object matches the first).
 */
import type { ServerOperation } from "./server-types.js";
import { RESPONSE_SCHEMA_ID } from "./json-schema.js";
import { atPointer, type Json } from "../load/refs.js";

export function markUnserializable(operations: ServerOperation[], responseSchema: Json): string[] {
  const warnings: string[] = [];
  const memo = new Map<unknown, string | null>();
  const unionMemo = new Map<unknown, string | null>();
  for (const op of operations) {
    for (const response of op.responses) {
      for (const media of response.media) {
        if (!media.schema) continue;
        const union = objectUnion(media.schema, responseSchema, unionMemo);
        if (union) {
          // Not the spec's fault, so no warning: the filter keeps the fields of every branch.
          media.filtered = true;
          continue;
        }
        const reason = contradiction(media.schema, responseSchema, memo);
        if (!reason) continue;
        media.unserializable = reason;
        warnings.push(
          `server: ${op.method} ${op.path} response ${response.key} (${media.mediaType}): no serializer can be built (${reason}); such bodies are sent keeping only the fields the schema declares`,
        );
      }
    }
  }
  return warnings;
}

function resolve(node: unknown, document: Json): Json | null {
  let current = node;
  for (let hops = 0; current && typeof current === "object" && typeof (current as Json).$ref === "string" && hops < 32; hops++) {
    const ref = (current as Json).$ref as string;
    current = ref.startsWith(`${RESPONSE_SCHEMA_ID}#`) ? atPointer(document, ref.slice(RESPONSE_SCHEMA_ID.length)) : undefined;
  }
  return current && typeof current === "object" && !Array.isArray(current) ? (current as Json) : null;
}

function typesOf(schema: Json | null): Set<string> | null {
  if (!schema) return null;
  const type = schema.type;
  if (typeof type === "string") return new Set(type === "integer" ? ["integer"] : type === "number" ? ["number", "integer"] : [type]);
  if (Array.isArray(type)) return new Set(type.flatMap((t) => (t === "number" ? ["number", "integer"] : [String(t)])));
  return null;
}

/** Members that must all hold of one value: do any two disagree on its type, here or in a property they share? */
function membersConflict(members: (Json | null)[], document: Json, where: string, depth: number): string | null {
  if (depth > 16) return null;
  let types: Set<string> | null = null;
  for (const member of members) {
    const own = typesOf(member);
    if (!own) continue;
    // integer ⊂ number: an integer member narrows a number one, it does not contradict it.
    const narrowed: Set<string> = types === null ? own : new Set([...types].filter((t) => own.has(t) || (t === "number" && own.has("integer"))));
    if (narrowed.size === 0) return `allOf members disagree on the type of ${where || "the body"}`;
    types = narrowed;
  }
  const byProperty = new Map<string, (Json | null)[]>();
  for (const member of members) {
    for (const [name, prop] of Object.entries((member?.properties as Json | undefined) ?? {})) {
      byProperty.set(name, [...(byProperty.get(name) ?? []), resolve(prop, document)]);
    }
  }
  for (const [name, props] of byProperty) {
    if (props.length < 2) continue;
    const found = membersConflict(props, document, where ? `${where}.${name}` : name, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The subschemas a body's value passes through: members, items, property and map values. */
const MEMBER_LISTS = ["allOf", "anyOf", "oneOf"];
const MEMBER_VALUES = ["items", "additionalProperties", "not", "then", "else"];

/** The first reason `here` finds at a node of the body's schema, depth first; memoized per node across bodies. */
function firstIn(schema: unknown, document: Json, memo: Map<unknown, string | null>, here: (s: Json) => string | null): string | null {
  const seen = new Set<unknown>();
  const visit = (node: unknown): string | null => {
    const s = resolve(node, document);
    if (!s || seen.has(s)) return null;
    if (memo.has(s)) return memo.get(s)!;
    seen.add(s);
    let found = here(s);
    for (const key of MEMBER_LISTS) {
      if (found) break;
      if (Array.isArray(s[key])) for (const member of s[key] as unknown[]) if ((found = visit(member))) break;
    }
    for (const key of MEMBER_VALUES) {
      if (!found && s[key] && typeof s[key] === "object") found = visit(s[key]);
    }
    if (!found && s.properties && typeof s.properties === "object") {
      for (const prop of Object.values(s.properties as Json)) if ((found = visit(prop))) break;
    }
    memo.set(s, found);
    return found;
  };
  return visit(schema);
}

/** An allOf whose members disagree on a type, anywhere in the body. */
function contradiction(schema: unknown, document: Json, memo: Map<unknown, string | null>): string | null {
  return firstIn(schema, document, memo, (s) =>
    Array.isArray(s.allOf)
      ? membersConflict(
          s.allOf.map((m) => resolve(m, document)),
          document,
          "",
          0,
        )
      : null,
  );
}

function isObjectLike(schema: Json | null): boolean {
  if (!schema) return false;
  if (schema.type === "object" || (schema.properties && typeof schema.properties === "object")) return true;
  return Array.isArray(schema.type) && schema.type.includes("object");
}

/** Where an anyOf/oneOf offers two or more object branches, anywhere in the body: what to say, else null. */
function objectUnion(schema: unknown, document: Json, memo: Map<unknown, string | null>): string | null {
  return firstIn(schema, document, memo, (s) => {
    for (const key of ["anyOf", "oneOf"]) {
      if (!Array.isArray(s[key])) continue;
      const members = (s[key] as unknown[]).map((m) => resolve(m, document));
      // allOf-composed branches count as objects when any member is one.
      const objects = members.filter(
        (m) => isObjectLike(m) || (Array.isArray(m?.allOf) && (m.allOf as unknown[]).some((a) => isObjectLike(resolve(a, document)))),
      );
      if (objects.length >= 2) return `an ${key} of ${objects.length} object branches (fast-json-stringify would write only the first one matched)`;
    }
    return null;
  });
}
