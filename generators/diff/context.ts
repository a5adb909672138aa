/**
 * diff/context: the two normalised documents being compared, and how a rule's
 * draft becomes a reported Change.
 */
import { isObject, type Json, type NormalizedDoc } from "./normalize.js";
import type { Change, OperationRef } from "./types.js";
import type { Verdict } from "./verdicts.js";

export interface Context {
  base: NormalizedDoc;
  head: NormalizedDoc;
  /** HEAD path → BASE path, for endpoints whose path parameters were renamed. */
  headToBase: Map<string, string>;
}

/** `paths` or `webhooks`: webhooks are operations the API calls on the client. */
export type Collection = "paths" | "webhooks";

export function opRef(ctx: Context, side: "base" | "head", p: string, method: string, collection: Collection = "paths"): OperationRef {
  const doc = side === "base" ? ctx.base.document : ctx.head.document;
  const op = ((doc[collection] as Json | undefined)?.[p] as Json | undefined)?.[method] as Json | undefined;
  const shownPath = side === "base" && collection === "paths" ? (ctx.headToBase.get(p) ?? p) : p;
  const ref: OperationRef = { method: method.toUpperCase(), path: collection === "webhooks" ? `webhook ${p}` : shownPath };
  if (isObject(op) && typeof op.operationId === "string") ref.operationId = op.operationId;
  if (isObject(op) && typeof op["x-sdk-method"] === "string") {
    ref.sdkMethod = typeof op["x-sdk-resource"] === "string" ? `${op["x-sdk-resource"]}.${op["x-sdk-method"]}` : (op["x-sdk-method"] as string);
  }
  return ref;
}

export function make(c: { pointer: string; kind: string; verdict: Verdict; detail: string; op?: OperationRef; prefix?: string }): Change {
  const prefix = c.op ? `${c.op.method} ${c.op.path}` : c.prefix;
  const change: Change = {
    pointer: c.pointer,
    kind: c.kind,
    breaking: c.verdict.breaking,
    bump: c.verdict.bump,
    severity: c.verdict.severity,
    message: prefix ? `${prefix}: ${c.detail}` : c.detail,
    detail: c.detail,
    section: c.verdict.section,
  };
  if (c.verdict.sdk) change.sdk = c.verdict.sdk;
  if (c.op) change.operation = c.op;
  return change;
}
