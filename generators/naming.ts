/**
 * naming: decide each operation's SDK resource path and method name, for any
 * OpenAPI document. Order of preference: `x-sdk-resource` / `x-sdk-method`,
 * then the first tag (resource) and operationId (method), then the first
 * static path segment and HTTP method + path. Clashes are resolved
 * deterministically: the operation first in `METHOD path` order keeps the
 * name, the others get 2, 3, …
 */
import type { OperationModel } from "./model.js";
import { camelCase, methodNameFromOperationId, methodNameFromRoute, safeMemberName } from "./names.js";

/**
 * Members of the generated client (and of the runtime's APIClient) that a
 * top-level resource must not shadow. A clashing resource gets a `Resource`
 * suffix.
 */
export const CLIENT_MEMBERS = new Set([
  "request", "requestPage", "options", "baseUrl", "baseURL", "fetch", "logger", "maxRetries", "timeoutMs",
  "apiKey", "headers", "auth", "name", "defaults", "withOptions", "constructor", "__proto__", "_client", "then",
]);

function resourcePathOf(op: OperationModel): string[] {
  if (op.sdkResource) {
    const parts = op.sdkResource.split(".").map((p) => camelCase(p)).filter(Boolean);
    if (parts.length > 0) return parts.map((p) => safeMemberName(p, "resource"));
  }
  const tag = op.tags.map((t) => camelCase(t)).find(Boolean);
  if (tag) return [safeMemberName(tag, "resource")];
  const segment = op.path.split("/").find((s) => s && !s.includes("{"));
  const fromPath = segment ? camelCase(segment) : "";
  return [safeMemberName(fromPath || "root", "root")];
}

function preferredMethodName(op: OperationModel, resource: string[]): string {
  if (op.sdkMethod) {
    const given = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(op.sdkMethod) ? op.sdkMethod : camelCase(op.sdkMethod);
    if (given) return safeMemberName(given);
  }
  const fromId = op.operationId ? methodNameFromOperationId(op.operationId, resource[resource.length - 1]) : "";
  return safeMemberName(fromId || methodNameFromRoute(op.method, op.path) || op.method);
}

const routeKey = (op: OperationModel) => `${op.method.toUpperCase()} ${op.path}`;

/** Fill in `resource` and `methodName` on every operation; returns them in document order. */
export function resolveOperationNames(operations: OperationModel[]): OperationModel[] {
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
    const sorted = [...ops].sort((a, b) => (routeKey(a) < routeKey(b) ? -1 : routeKey(a) > routeKey(b) ? 1 : 0));
    // In METHOD-path order: the first operation keeps its preferred name, later ones get 2, 3, …
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
