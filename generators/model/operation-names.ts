/**
 * operation-names: decide each operation's SDK resource path and method name, for any
 * OpenAPI document. Order of preference: `x-sdk-resource` / `x-sdk-method`,
 * then the first tag (resource) and operationId (method), then the first
 * static path segment and HTTP method + path. Clashes are resolved
 * deterministically: the operation first in `METHOD path` order keeps the
 * name, the others get 2, 3, … Two operations that ask for the same name
 * with x-sdk-resource and x-sdk-method are refused: renaming one silently
 * would break the SDK the spec promises.
 */
import type { OperationModel } from "./types.js";
import path from "node:path";
import { camelCase, methodNameFromOperationId, methodNameFromRoute, safeMemberName } from "./identifiers.js";
import { lineOf } from "../load/locate.js";
import { pointerSegment } from "../load/refs.js";
import { SpecError } from "../load/spec-error.js";

/**
 * Members of the generated client (and of the runtime's APIClient) that a
 * top-level resource must not shadow. A clashing resource gets a `Resource`
 * suffix.
 */
export const CLIENT_MEMBERS = new Set([
  "request",
  "requestPage",
  "options",
  "baseUrl",
  "baseURL",
  "fetch",
  "logger",
  "maxRetries",
  "timeoutMs",
  "apiKey",
  "headers",
  "auth",
  "name",
  "defaults",
  "withOptions",
  "constructor",
  "__proto__",
  "_client",
  "then",
]);

/** `x-sdk-resource` ("storage.files") as the SDK's resource path, or null when it names nothing. */
export function explicitResourcePath(sdkResource: string): string[] | null {
  const parts = sdkResource
    .split(".")
    .map((p) => camelCase(p))
    .filter(Boolean);
  if (parts.length === 0) return null;
  return parts.map((p) => safeMemberName(p, "resource"));
}

/** `x-sdk-method` as the SDK's method name, or null when it names nothing. */
export function explicitMethodName(sdkMethod: string): string | null {
  const given = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(sdkMethod) ? sdkMethod : camelCase(sdkMethod);
  return given ? safeMemberName(given) : null;
}

function resourcePathOf(op: OperationModel): string[] {
  const explicit = op.sdkResource ? explicitResourcePath(op.sdkResource) : null;
  if (explicit) return explicit;
  const tag = op.tags.map((t) => camelCase(t)).find(Boolean);
  if (tag) return [safeMemberName(tag, "resource")];
  const segment = op.path.split("/").find((s) => s && !s.includes("{"));
  const fromPath = segment ? camelCase(segment) : "";
  return [safeMemberName(fromPath || "root", "root")];
}

function preferredMethodName(op: OperationModel, resource: string[]): string {
  const explicit = op.sdkMethod ? explicitMethodName(op.sdkMethod) : null;
  if (explicit) return explicit;
  const fromId = op.operationId ? methodNameFromOperationId(op.operationId, resource[resource.length - 1]) : "";
  return safeMemberName(fromId || methodNameFromRoute(op.method, op.path) || op.method);
}

const routeKey = (op: OperationModel) => `${op.method.toUpperCase()} ${op.path}`;

/** Refuses two operations asking for the same SDK method by x-sdk-resource and x-sdk-method. */
function checkExplicitNames(operations: OperationModel[], specFile: string): void {
  const seen = new Map<string, OperationModel>();
  const label = (op: OperationModel) => `${op.method.toUpperCase()} ${op.path}${op.operationId ? ` (operationId "${op.operationId}")` : ""}`;
  for (const op of operations) {
    if (op.sdkResource === null || op.sdkMethod === null) continue;
    const resource = explicitResourcePath(op.sdkResource);
    const method = explicitMethodName(op.sdkMethod);
    if (!resource || !method) continue;
    const key = [...resource, method].join(".");
    const previous = seen.get(key);
    if (!previous) {
      seen.set(key, op);
      continue;
    }
    const pointer = `#/paths/${pointerSegment(op.path)}/${op.method}/x-sdk-method`;
    const relative = path.relative(process.cwd(), specFile) || specFile;
    const line = lineOf(specFile, pointer);
    throw new SpecError(
      `${relative}${line ? `:${line}` : ""} (${pointer}): ${label(op)} and ${label(previous)} both ask for the SDK method ${key} (x-sdk-resource/x-sdk-method). Give one of them another x-sdk-method.`,
      specFile,
      pointer,
    );
  }
}

/** Fill in `resource` and `methodName` on every operation; returns them in document order. */
export function resolveOperationNames(operations: OperationModel[], specFile: string): OperationModel[] {
  checkExplicitNames(operations, specFile);
  for (const op of operations) {
    const path = resourcePathOf(op);
    if (CLIENT_MEMBERS.has(path[0])) path[0] = `${path[0]}Resource`;
    op.resource = path;
  }
  // Sub-resource names per resource node: a method may not take one of them.
  const childrenOf = new Map<string, Set<string>>();
  for (const op of operations) {
    for (let i = 1; i < op.resource.length; i++) {
      const parent = op.resource.slice(0, i).join(".");
      if (!childrenOf.has(parent)) childrenOf.set(parent, new Set());
      childrenOf.get(parent)!.add(op.resource[i]);
    }
  }
  const byResource = new Map<string, OperationModel[]>();
  for (const op of operations) {
    const key = op.resource.join(".");
    if (!byResource.has(key)) byResource.set(key, []);
    byResource.get(key)!.push(op);
  }
  for (const [key, ops] of byResource) {
    const used = new Set(childrenOf.get(key) ?? []);
    // A name the spec asks for (x-sdk-method) wins over a derived one (checkExplicitNames refuses two asking
    // for the same); otherwise in METHOD-path order: the first keeps its preferred name, later ones get 2, 3, …
    const explicitFirst = (op: OperationModel) => (op.sdkMethod && explicitMethodName(op.sdkMethod) ? 0 : 1);
    const sorted = [...ops].sort((a, b) => explicitFirst(a) - explicitFirst(b) || (routeKey(a) < routeKey(b) ? -1 : routeKey(a) > routeKey(b) ? 1 : 0));
    for (const op of sorted) {
      const base = preferredMethodName(op, op.resource);
      let name = base;
      for (let n = 2; used.has(name); n++) name = `${base}${n}`;
      used.add(name);
      op.methodName = name;
    }
  }
  return operations;
}
