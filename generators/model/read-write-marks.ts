/**
 * read-write-marks: which component schemas carry readOnly / writeOnly
 * anywhere inside them, following $refs and composition. Done once for all
 * schemas in linear time: each schema is scanned on its own (stopping at
 * refs to other components), then the marks flow back along the refs. A
 * walk per schema that follows every ref is quadratic on long ref chains
 * (a 20 MB spec took 55 s in the model step).
 */
import { atPointer, isRef, type Json } from "../load/refs.js";

export interface ReadWriteMarks {
  readOnly: boolean;
  writeOnly: boolean;
}

const COMPONENT = /^#\/components\/schemas\/([^/]+)/;

function componentName(ref: string): string | null {
  const m = COMPONENT.exec(ref);
  return m ? decodeURIComponent(m[1]).replace(/~1/g, "/").replace(/~0/g, "~") : null;
}

/** The schema's own marks and the components it refers to (not followed). */
function scanOwn(document: Json, root: unknown): { marks: ReadWriteMarks; refs: Set<string> } {
  const marks = { readOnly: false, writeOnly: false };
  const refs = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    if (isRef(node)) {
      const target = componentName(node.$ref);
      // A ref elsewhere (a path's schema, a deep pointer outside components) is scanned in place.
      if (target !== null) refs.add(target);
      else visit(atPointer(document, node.$ref));
      return;
    }
    const s = node as Json;
    if (s.readOnly === true) marks.readOnly = true;
    if (s.writeOnly === true) marks.writeOnly = true;
    for (const key of ["properties", "patternProperties"]) {
      if (s[key] && typeof s[key] === "object") for (const v of Object.values(s[key] as Json)) visit(v);
    }
    for (const key of ["allOf", "oneOf", "anyOf", "prefixItems"]) if (Array.isArray(s[key])) for (const v of s[key] as unknown[]) visit(v);
    for (const key of ["items", "additionalProperties", "not"]) visit(s[key]);
  };
  visit(root);
  return { marks, refs };
}

/** Marks of every component schema, by name. */
export function readWriteMarksOfComponents(document: Json): Map<string, ReadWriteMarks> {
  const schemas = ((document.components as Json | undefined)?.schemas ?? {}) as Json;
  const result = new Map<string, ReadWriteMarks>();
  const referrers = new Map<string, string[]>();
  for (const name of Object.keys(schemas)) {
    const { marks, refs } = scanOwn(document, schemas[name]);
    result.set(name, marks);
    for (const target of refs) {
      if (!referrers.has(target)) referrers.set(target, []);
      referrers.get(target)!.push(name);
    }
  }
  // A schema has a mark when it reaches one: flow each mark back to every schema that refers to it.
  for (const key of ["readOnly", "writeOnly"] as const) {
    const queue = [...result].filter(([, marks]) => marks[key]).map(([name]) => name);
    while (queue.length > 0) {
      for (const referrer of referrers.get(queue.pop()!) ?? []) {
        const marks = result.get(referrer)!;
        if (!marks[key]) {
          marks[key] = true;
          queue.push(referrer);
        }
      }
    }
  }
  return result;
}

const componentMarksByDocument = new WeakMap<Json, Map<string, ReadWriteMarks>>();

/** `readWriteMarksOfComponents`, computed once per document. */
export function componentReadWriteMarks(document: Json): Map<string, ReadWriteMarks> {
  let marks = componentMarksByDocument.get(document);
  if (!marks) {
    marks = readWriteMarksOfComponents(document);
    componentMarksByDocument.set(document, marks);
  }
  return marks;
}

/** Marks of any schema (inline or a ref): its own, plus those of every component it reaches. */
export function readWriteMarksOf(document: Json, schema: unknown): ReadWriteMarks {
  const { marks, refs } = scanOwn(document, schema);
  const components = componentReadWriteMarks(document);
  for (const name of refs) {
    const reached = components.get(name);
    if (reached?.readOnly) marks.readOnly = true;
    if (reached?.writeOnly) marks.writeOnly = true;
  }
  return marks;
}
