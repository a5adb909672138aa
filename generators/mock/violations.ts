/**
 * violations: Prism's `sl-violations` header (what it found wrong with a
 * request) as one Problem: the field at fault and the rule it breaks, in the
 * generated server's vocabulary.
 */
export interface Violation {
  location?: string[];
  code?: string | number;
  message?: string;
  severity?: string;
}

const RULES: Record<string, string> = {
  required: "required",
  type: "invalid_type",
  enum: "invalid_value",
  const: "invalid_value",
  minimum: "out_of_range",
  maximum: "out_of_range",
  exclusiveMinimum: "out_of_range",
  exclusiveMaximum: "out_of_range",
  minLength: "too_short",
  maxLength: "too_long",
  minItems: "too_few",
  maxItems: "too_many",
  minProperties: "too_few",
  maxProperties: "too_many",
  pattern: "invalid_format",
  format: "invalid_format",
  additionalProperties: "unknown_field",
  uniqueItems: "duplicate",
  oneOf: "invalid_value",
  anyOf: "invalid_value",
};

export function parseViolations(header: string | string[] | undefined): Violation[] {
  if (!header) return [];
  try {
    const parsed = JSON.parse(Array.isArray(header) ? header[0] : header) as unknown;
    return Array.isArray(parsed) ? (parsed as Violation[]) : [];
  } catch {
    return [];
  }
}

/** The request violation to report: the first error (Prism lists warnings too). */
export function firstRequestViolation(violations: Violation[]): Violation | null {
  const request = violations.filter((v) => !v.location || v.location[0] === "request");
  return request.find((v) => String(v.severity ?? "error").toLowerCase() === "error") ?? request[0] ?? null;
}

export function describeViolation(v: Violation): { field: string; rule: string; message: string } {
  const location = (v.location ?? []).slice(1);
  const part = location[0] ?? "body";
  const path = location.slice(1);
  const code = String(v.code ?? "");
  const message = v.message ?? "The request is invalid";
  // "must have required property 'cluster_id'", "must NOT have additional property 'x'"
  const named = /property '([^']+)'/.exec(message)?.[1];
  if (named && (code === "required" || code === "additionalProperties")) path.push(named);
  const field = path.join(".") || (part === "body" ? "body" : part);
  const rule = RULES[code] ?? (code ? code.replace(/[^A-Za-z0-9]+/g, "_").toLowerCase() : "invalid");
  const what = part === "body" ? "field" : part === "query" ? "query parameter" : part === "path" ? "path parameter" : part === "header" ? "header" : part;
  const readable =
    rule === "required"
      ? `${what} ${field} is required`
      : `${what} ${field} ${message.replace(/^Request (body|query parameter|path parameter|header parameter)\s*\S*\s*/i, "").replace(/^must/, "must") || "is invalid"}`;
  return { field, rule, message: readable };
}
