/**
 * refs: follow local `$ref`s in the bundled document (the bundler has already
 * turned every external reference into a local one).
 */
export type Json = Record<string, unknown>;

export function isRef(value: unknown): value is { $ref: string } {
  return !!value && typeof value === "object" && typeof (value as Json).$ref === "string";
}

/** The value at a JSON pointer ("#/components/schemas/Job"), or undefined. */
export function atPointer(document: unknown, pointer: string): unknown {
  if (!pointer.startsWith("#")) return undefined;
  const parts = pointer
    .slice(1)
    .split("/")
    .slice(1)
    .map((p) => decodeURIComponent(p).replace(/~1/g, "/").replace(/~0/g, "~"));
  let node: unknown = document;
  for (const part of parts) {
    if (!node || typeof node !== "object") return undefined;
    node = (node as Json)[part];
  }
  return node;
}

/** Follow `$ref` chains (cycles cut) to the object they point at. */
export function resolveRef(document: unknown, value: unknown): unknown {
  let node = value;
  for (let hops = 0; isRef(node) && hops < 32; hops++) node = atPointer(document, node.$ref);
  return node;
}

/** Escape one segment for a JSON pointer. */
export function pointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * An operation's parameters with the path item's merged in (the operation's
 * own win, keyed by location + name), $refs resolved.
 */
export function mergedParameters(document: Json, item: Json, op: Json): Json[] {
  const byKey = new Map<string, Json>();
  for (const list of [item.parameters, op.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const p of list) {
      const param = resolveRef(document, p) as Json;
      if (param && typeof param === "object" && typeof param.name === "string") byKey.set(`${param.in}:${param.name}`, param);
    }
  }
  return [...byKey.values()];
}

/**
 * Turn every object cycle in a parsed document back into a `$ref` to the
 * ancestor it loops to. The bundler inlines some refs (OpenAPI 3.1 `$ref`
 * with siblings) and, for a recursive schema, the inlined copy then contains
 * itself: openapi-typescript walks such a document until the stack overflows
 * and JSON.stringify throws (found by test/fuzz.test.ts). Shared, acyclic
 * objects are left alone. Returns how many cycles were cut.
 */
export function cutObjectCycles(document: unknown): number {
  const onPath = new Map<object, string>();
  const done = new Set<object>();
  let cut = 0;
  const visit = (node: object, pointer: string) => {
    onPath.set(node, pointer);
    for (const key of Object.keys(node)) {
      const child = (node as Json)[key];
      if (!child || typeof child !== "object") continue;
      const ancestor = onPath.get(child);
      if (ancestor !== undefined) {
        (node as Json)[key] = { $ref: ancestor || "#" };
        cut++;
      } else if (!done.has(child)) visit(child, `${pointer}/${pointerSegment(key)}`);
    }
    onPath.delete(node);
    done.add(node);
  };
  if (document && typeof document === "object") visit(document, "#");
  return cut;
}

/** Sets the value at a `#/a/b` pointer, making the objects on the way; a shallower value already set holds any deeper one. */
export function setAtPointer(root: Json, pointer: string, value: unknown): void {
  const parts = pointer
    .slice(1)
    .split("/")
    .slice(1)
    .map((p) => decodeURIComponent(p).replace(/~1/g, "/").replace(/~0/g, "~"));
  let node = root;
  for (const part of parts.slice(0, -1)) {
    if (!node[part] || typeof node[part] !== "object") node[part] = {};
    node = node[part] as Json;
  }
  node[parts[parts.length - 1]] = value;
}
