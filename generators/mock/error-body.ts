/**
 * error-body: an error response in the API's own format, built from the
 * error schema the spec declares for that status (the operation's, else the
 * one most of the API uses). Starts from the declared example (or a generated
 * body), then fills the fields that look like a message, a field, a code, a
 * rule, a status or a request id with the real problem; a fill that would
 * break the schema (an enum, a pattern) is left out, so the body stays valid.
 */
import http from "node:http";
import { conform, sample, type FakeContext } from "./fake.js";
import type { DeclaredResponse, SpecSchemas } from "./schemas.js";
import type { OperationModel } from "../model/model.js";
import type { Json } from "../load/refs.js";

export interface Problem {
  status: number;
  /** The general code: validation_error, resource_not_found, authentication_failed… */
  code: string;
  message: string;
  /** The field or parameter at fault (`resources.cpus`, `limit`). */
  field?: string;
  /** The rule it breaks (required, invalid_type, out_of_range, malformed_json…). */
  rule?: string;
  requestId: string;
}

export interface BuiltResponse {
  status: number;
  contentType: string;
  body: unknown;
}

type Role = "message" | "title" | "field" | "code" | "rule" | "requestId" | "status";

const ROLES: [RegExp, Role, "top" | "nested" | "any"][] = [
  [/^(message|msg|detail|error_?message|error_description|description)$/i, "message", "any"],
  [/^(title|summary|reason_?phrase|error_?title)$/i, "title", "any"],
  [/^(field|param|parameter|property|pointer|location|loc|attribute|path)$/i, "field", "any"],
  [/^(rule|keyword|reason|validation|constraint)$/i, "rule", "any"],
  [/^(error|code|error_?code|type|kind)$/i, "code", "top"],
  [/^(code|type|kind|error_?code)$/i, "rule", "nested"],
  [/^(request_?id|trace_?id|correlation_?id|x_request_id)$/i, "requestId", "any"],
  [/^(status|status_?code|http_?status)$/i, "status", "any"],
];
const CONTAINERS = /^(details?|errors?|error|meta|info|violations|issues|problems|data)$/i;

/** The HTTP reason-like code each status answers with (the generated server's codes). */
export const STATUS_CODES: Record<number, string> = {
  400: "validation_error",
  401: "authentication_failed",
  403: "permission_denied",
  404: "resource_not_found",
  405: "method_not_allowed",
  409: "conflict",
  413: "validation_error",
  415: "unsupported_media_type",
  422: "validation_error",
  429: "rate_limit_exceeded",
  500: "internal_error",
  501: "not_implemented",
  503: "service_unavailable",
};

export class ErrorResponses {
  private readonly fallbacks = new Map<number, DeclaredResponse | null>();

  constructor(
    private readonly schemas: SpecSchemas,
    private readonly operations: OperationModel[],
  ) {}

  /** The response to use for a status: the operation's own, else what the rest of the API declares for it, else its usual error body. */
  declaredFor(op: OperationModel | null, status: number): DeclaredResponse | null {
    const own = op ? this.schemas.declared(op, status) : null;
    if (own?.schema) return own;
    return this.apiWide(status) ?? own;
  }

  /** Whether the spec declares any JSON error body at all. */
  hasErrorSchema(): boolean {
    return this.apiWide(400) !== null;
  }

  /** The status a validation failure answers with on this operation: 400 or 422 as declared (400 first). */
  validationStatus(op: OperationModel | null, fallback = 400): number {
    if (!op) return fallback;
    const statuses = this.schemas.statuses(op);
    return statuses.includes(400) ? 400 : statuses.includes(422) ? 422 : fallback;
  }

  build(op: OperationModel | null, problem: Problem, ctx: FakeContext): BuiltResponse | null {
    const declared = this.declaredFor(op, problem.status);
    if (!declared?.schema) return null;
    const schema = declared.schema;
    const validate = this.schemas.validator(schema);
    // Only this status's own example: a `default` response's example is some other status's text.
    const example = declared.key === String(problem.status) ? declared.example : undefined;
    let body: unknown = example !== undefined && validate(example) ? structuredClone(example) : conform(schema, sample(schema, ctx), ctx);
    if (!body || typeof body !== "object" || Array.isArray(body))
      return { status: problem.status, contentType: declared.mediaType ?? "application/json", body };
    const root = body as Json;
    const trySet = (target: Json, key: string, value: unknown) => {
      const before = Object.hasOwn(target, key) ? target[key] : undefined;
      const had = Object.hasOwn(target, key);
      if (value === undefined) delete target[key];
      else target[key] = value;
      if (validate(root)) return;
      if (had) target[key] = before;
      else delete target[key];
    };
    this.fill(schema, root, problem, ctx, 0, trySet);
    body = root;
    return { status: problem.status, contentType: declared.mediaType ?? "application/json", body };
  }

  private fill(schema: unknown, target: Json, problem: Problem, ctx: FakeContext, depth: number, trySet: (t: Json, k: string, v: unknown) => void): void {
    const s = this.flatten(schema);
    const properties = (s.properties ?? {}) as Json;
    const names = [...new Set([...Object.keys(properties), ...Object.keys(target)])];
    const filled = new Set<Role>();
    for (const name of names) {
      const sub = this.flatten(properties[name] ?? {});
      const kind = this.kind(sub, target[name]);
      const role = ROLES.find(([re, , where]) => re.test(name) && (where === "any" || (where === "top") === (depth === 0)))?.[1];
      if (role && (kind === "string" || kind === "integer" || kind === "number") && !filled.has(role)) {
        filled.add(role);
        trySet(target, name, this.valueFor(role, kind, problem));
        continue;
      }
      if (depth >= 2 || !CONTAINERS.test(name)) continue;
      // No field and no rule to report (a 401, a 404 of a route): an optional details container goes.
      if (problem.field === undefined && problem.rule === undefined && (kind === "object" || kind === "array")) {
        trySet(target, name, undefined);
        if (!(name in target) || kind === "array") continue;
      }
      if (kind === "object") {
        const inner = (target[name] && typeof target[name] === "object" && !Array.isArray(target[name]) ? target[name] : sample(sub, ctx)) as Json;
        if (!inner || typeof inner !== "object") continue;
        const copy = structuredClone(inner);
        trySet(target, name, copy);
        if (target[name] !== copy) continue;
        this.fill(sub, copy, problem, ctx, depth + 1, trySet);
        // Nothing to say there (a 404 has no field): an empty optional container goes.
        if (Object.keys(copy).length === 0) trySet(target, name, undefined);
      } else if (kind === "array") {
        const items = this.flatten(sub.items ?? {});
        if (this.kind(items, undefined) !== "object") continue;
        const first =
          Array.isArray(target[name]) && (target[name] as unknown[])[0] && typeof (target[name] as unknown[])[0] === "object"
            ? (target[name] as Json[])[0]
            : sample(items, ctx);
        const copy = [structuredClone(first)] as Json[];
        trySet(target, name, copy);
        if (target[name] === copy) this.fill(items, copy[0], problem, ctx, depth + 1, trySet);
      }
    }
  }

  private valueFor(role: Role, kind: string, problem: Problem): unknown {
    switch (role) {
      case "message":
        return problem.message;
      case "title":
        return http.STATUS_CODES[problem.status] ?? problem.code.replace(/_/g, " ");
      case "field":
        return problem.field;
      case "code":
        return kind === "string" ? problem.code : problem.status;
      case "rule":
        return problem.rule;
      case "requestId":
        return problem.requestId;
      case "status":
        return kind === "string" ? String(problem.status) : problem.status;
    }
  }

  private kind(schema: Json, value: unknown): string {
    const t = Array.isArray(schema.type) ? (schema.type as string[]).find((x) => x !== "null") : (schema.type as string | undefined);
    if (t) return t;
    if (schema.properties) return "object";
    if (schema.items) return "array";
    if (value === null || value === undefined) return "unknown";
    return Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;
  }

  /** $refs followed and allOf members merged: enough to see which properties a body has. */
  private flatten(schema: unknown, depth = 0): Json {
    const s = this.schemas.resolve(schema);
    if (!Array.isArray(s.allOf) || depth > 8) return s;
    let properties: Json = { ...((s.properties as Json) ?? {}) };
    let type = s.type;
    for (const member of s.allOf as unknown[]) {
      const m = this.flatten(member, depth + 1);
      properties = { ...((m.properties as Json) ?? {}), ...properties };
      type ??= m.type;
    }
    return { ...s, type, properties };
  }

  /** The response most operations declare for a status (or, for any 4xx/5xx, the most common error body). */
  private apiWide(status: number): DeclaredResponse | null {
    if (this.fallbacks.has(status)) return this.fallbacks.get(status)!;
    const counts = new Map<string, { count: number; response: DeclaredResponse }>();
    const tally = (response: DeclaredResponse | null, weight: number) => {
      if (!response?.schema) return;
      const key = JSON.stringify(response.schema);
      const entry = counts.get(key) ?? { count: 0, response: { ...response, status } };
      entry.count += weight;
      counts.set(key, entry);
    };
    for (const op of this.operations) {
      const exact = this.schemas.declared(op, status);
      tally(exact && exact.key === String(status) ? exact : null, 1000);
      for (const other of this.schemas.statuses(op)) if (other >= 400) tally(this.schemas.declared(op, other), 1);
      const fallback = this.schemas.declared(op, 599);
      tally(fallback?.key === "default" ? fallback : null, 1);
    }
    const best = [...counts.values()].sort((a, b) => b.count - a.count)[0]?.response ?? null;
    // An example of another status's body would show another status's text: only its shape is borrowed.
    const result = best && best.key !== String(status) ? { ...best, example: undefined } : best;
    this.fallbacks.set(status, result);
    return result;
  }
}

/** An error body's request id set to this request's (only where the schema has such a field and accepts it). */
export function withRequestId(value: unknown, requestId: string, validate: (v: unknown) => boolean): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const body = value as Record<string, unknown>;
  for (const key of Object.keys(body)) {
    if (!/^(request_?id|trace_?id|correlation_?id)$/i.test(key) || typeof body[key] !== "string") continue;
    const copy = { ...body, [key]: requestId };
    if (validate(copy)) return copy;
  }
  return value;
}
