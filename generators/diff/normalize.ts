/**
 * diff/normalize: make two documents comparable before the schema diff runs.
 * - path templates match by shape: `/jobs/{id}` and `/jobs/{job_id}` are the
 *   same endpoint; BASE's path parameters take HEAD's names (recorded as a rename);
 * - path-level parameters are merged into each operation, and parameter $refs
 *   are inlined, so a parameter moved between levels or into a component is no change.
 */
import { atPointer, pointerSegment, resolveRef as deref, type Json } from "../load/refs.js";
import { HTTP_METHODS } from "../load/http-methods.js";

export type { Json };
export { atPointer, deref };

export const METHODS = HTTP_METHODS;

export function isObject(value: unknown): value is Json {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

export function escapeSegment(segment: string | number): string {
  return pointerSegment(String(segment));
}

export function toPointer(segments: Array<string | number>): string {
  return `#/${segments.map(escapeSegment).join("/")}`;
}

/** `/jobs/{job_id}` → `/jobs/{}`. */
export function templateKey(path: string): string {
  return path.replace(/\{[^}]*\}/g, "{}");
}

export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
}

export interface NormalizedDoc {
  document: Json;
  /** template key → the path as this document writes it. */
  paths: Map<string, string>;
}

/** A deep copy with parameters inlined and merged into operations. */
export function normalize(source: Json): NormalizedDoc {
  const document = structuredClone(source);
  const paths = new Map<string, string>();
  const pathItems = isObject(document.paths) ? document.paths : {};
  for (const [p, raw] of Object.entries(pathItems)) {
    const item = deref(document, raw);
    if (!isObject(item)) continue;
    const copy: Json = { ...item };
    const shared = Array.isArray(copy.parameters) ? copy.parameters.map((x) => deref(document, x)) : [];
    delete copy.parameters;
    for (const method of METHODS) {
      const op = copy[method];
      if (!isObject(op)) continue;
      const own = Array.isArray(op.parameters) ? op.parameters.map((x) => deref(document, x)) : [];
      const merged: unknown[] = [];
      const key = (x: unknown) => (isObject(x) ? `${String(x.in)}:${String(x.name)}` : "");
      for (const param of shared) if (!own.some((o) => key(o) === key(param))) merged.push(structuredClone(param));
      for (const param of own) merged.push(structuredClone(param));
      const next: Json = { ...op };
      if (merged.length > 0) next.parameters = merged;
      else delete next.parameters;
      copy[method] = next;
    }
    pathItems[p] = copy;
    if (!paths.has(templateKey(p))) paths.set(templateKey(p), p);
  }
  return { document, paths };
}

export interface PathRename {
  template: string;
  basePath: string;
  headPath: string;
  renames: Array<[string, string]>;
}

/**
 * Give BASE's path parameters HEAD's names where the templates match, so the
 * schema diff sees the same endpoint. Returns what was renamed.
 */
export function alignPathParameters(base: NormalizedDoc, head: NormalizedDoc): PathRename[] {
  const result: PathRename[] = [];
  for (const [template, basePath] of base.paths) {
    const basePaths = base.document.paths as Json;
    const headPath = head.paths.get(template);
    if (!headPath || headPath === basePath) continue;
    const from = pathParamNames(basePath);
    const to = pathParamNames(headPath);
    const renames = from.map((name, i) => [name, to[i]] as [string, string]).filter(([a, b]) => a !== b);
    const item = basePaths[basePath] as Json;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op) || !Array.isArray(op.parameters)) continue;
      for (const param of op.parameters) {
        if (!isObject(param) || param.in !== "path") continue;
        const hit = renames.find(([a]) => a === param.name);
        if (hit) param.name = hit[1];
      }
    }
    // Keep key order stable: rebuild the paths object with the renamed key in place.
    const rebuilt: Json = {};
    for (const [k, v] of Object.entries(basePaths)) rebuilt[k === basePath ? headPath : k] = v;
    base.document.paths = rebuilt;
    result.push({ template, basePath, headPath, renames });
  }
  return result;
}
