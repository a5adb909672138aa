/**
 * schema-cycles: find `$ref` cycles that no TypeScript type can express.
 *
 * openapi-typescript turns a schema into a type expression: a `$ref` becomes
 * `components["schemas"]["X"]`, allOf/oneOf/anyOf become `&` / `|`, array
 * items become `X[]`. TypeScript resolves those eagerly, so a cycle made only
 * of them (`A: {$ref: A}`, A → B → A, `Tree: {items: {$ref: Tree}}`, a
 * discriminator parent whose oneOf lists children that allOf the parent)
 * fails with TS2502 "referenced directly or indirectly in its own type
 * annotation". Recursion through an object property (`properties`,
 * `additionalProperties`) is fine: object literal types are resolved lazily.
 */
import { atPointer, type Json } from "./refs.js";

export interface SchemaCycle {
  /** Where the cycle is entered: the first `$ref` on it (a JSON pointer). */
  pointer: string;
  /** The schemas on the cycle, first repeated at the end: ["#/components/schemas/A", "#/components/schemas/B", "#/components/schemas/A"]. */
  chain: string[];
}

/** Keys whose sub-schemas are part of the same eager type expression. */
const EAGER_LISTS = ["allOf", "oneOf", "anyOf", "prefixItems"];

interface Edge {
  target: string;
  site: string;
}

/** The local `$ref`s a schema's type expression depends on eagerly, with where each `$ref` is written. */
function eagerRefs(schema: unknown, pointer: string, out: Edge[] = []): Edge[] {
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) return out;
  const node = schema as Json;
  if (typeof node.$ref === "string") {
    if (node.$ref.startsWith("#/")) out.push({ target: node.$ref, site: pointer });
    return out;
  }
  for (const key of EAGER_LISTS) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((item, i) => eagerRefs(item, `${pointer}/${key}/${i}`, out));
  }
  if (Array.isArray(node.items)) node.items.forEach((item, i) => eagerRefs(item, `${pointer}/items/${i}`, out));
  else eagerRefs(node.items, `${pointer}/items`, out);
  return out;
}

/** The first untypeable cycle among the component schemas, or null. */
export function findSchemaCycle(document: Json): SchemaCycle | null {
  const schemas = ((document.components as Json | undefined)?.schemas ?? {}) as Json;
  if (!schemas || typeof schemas !== "object") return null;
  const edgesOf = new Map<string, Edge[]>();
  const edges = (pointer: string): Edge[] => {
    let found = edgesOf.get(pointer);
    if (!found) {
      found = eagerRefs(atPointer(document, pointer), pointer);
      edgesOf.set(pointer, found);
    }
    return found;
  };
  // Iterative DFS with colours: "on stack" (grey) nodes reached again close a cycle.
  const done = new Set<string>();
  for (const name of Object.keys(schemas)) {
    const start = `#/components/schemas/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    if (done.has(start)) continue;
    const stack: { node: string; next: number; site: string }[] = [{ node: start, next: 0, site: start }];
    const onStack = new Set([start]);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const out = edges(top.node);
      if (top.next >= out.length) {
        stack.pop();
        onStack.delete(top.node);
        done.add(top.node);
        continue;
      }
      const edge = out[top.next++];
      if (onStack.has(edge.target)) {
        const from = stack.findIndex((frame) => frame.node === edge.target);
        const chain = [...stack.slice(from).map((frame) => frame.node), edge.target];
        // Enter at the first `$ref` written on the cycle, so the message points at a line to change.
        const entry = from + 1 < stack.length ? stack[from + 1].site : edge.site;
        return { pointer: entry, chain };
      }
      if (!done.has(edge.target)) {
        stack.push({ node: edge.target, next: 0, site: edge.site });
        onStack.add(edge.target);
      }
    }
  }
  return null;
}

/** "A → B → A" from the pointers, for messages. */
export function describeCycle(chain: string[]): string {
  return chain
    .map((p) =>
      p
        .replace(/^#\/components\/schemas\//, "")
        .replace(/~1/g, "/")
        .replace(/~0/g, "~"),
    )
    .join(" → ");
}
