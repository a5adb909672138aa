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
  const parts = pointer.slice(1).split("/").slice(1).map((p) => decodeURIComponent(p).replace(/~1/g, "/").replace(/~0/g, "~"));
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
