/**
 * JSON request bodies, parsed by Fastify's own parser (prototype-poisoning
 * checks included) with a depth check: a value nested deeper than
 * `maxDepth` is refused (a large body before it is parsed), so it never
 * reaches validation, a handler or a store (a 10 KB body can nest 5,000 levels, and every later
 * walk over it — validation, serialization, a database — pays for them).
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { HttpError } from "./errors.js";

export const DEFAULT_MAX_DEPTH = 64;

/** Whether any object or array in `text` nests deeper than `max` (strings skipped, escapes honoured). */
export function nestsDeeperThan(text: string, max: number): boolean {
  // Each level takes at least one character: a short body can't be too deep.
  if (text.length <= max) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) return true;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
    }
  }
  return false;
}

/** Whether a parsed value nests deeper than `remaining` levels (stops at the limit: never deep recursion). */
export function valueDeeperThan(value: unknown, remaining: number): boolean {
  if (value === null || typeof value !== "object") return false;
  if (remaining === 0) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === "object" && valueDeeperThan(item, remaining - 1)) return true;
    }
    return false;
  }
  for (const key in value as Record<string, unknown>) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== null && typeof item === "object" && valueDeeperThan(item, remaining - 1)) return true;
  }
  return false;
}

/**
 * Above this size a body is scanned before parsing: deep nesting makes
 * JSON.parse slow (a 1 MB body of brackets takes it seconds). Below it the
 * parsed value is checked instead, which costs far less than a character
 * scan on the small bodies most requests carry.
 */
const SCAN_ABOVE = 4096;

/**
 * Replaces this context's application/json parser with the depth-checked one,
 * and gives every other JSON media type the spec's bodies use (`…+json`) the same.
 */
export function addJsonParsers(fastify: FastifyInstance, maxDepth: number, otherJsonTypes: string[]): void {
  type Done = (error: Error | null, value?: unknown) => void;
  const parse = fastify.getDefaultJsonParser("error", "error") as unknown as (request: FastifyRequest, body: string, done: Done) => void;
  const tooDeep = () => HttpError.badRequest(`The request body nests deeper than ${maxDepth} levels`, { field: "body", code: "too_deep" });
  const parser = (request: FastifyRequest, body: string | Buffer, done: Done) => {
    const text = typeof body === "string" ? body : body.toString("utf8");
    if (text.length > SCAN_ABOVE && nestsDeeperThan(text, maxDepth)) return done(tooDeep(), undefined);
    return parse(request, text, (error, value) => {
      if (error) return done(error, undefined);
      if (valueDeeperThan(value, maxDepth)) return done(tooDeep(), undefined);
      done(null, value);
    });
  };
  fastify.removeContentTypeParser("application/json");
  fastify.addContentTypeParser("application/json", { parseAs: "string" }, parser);
  for (const type of otherJsonTypes) {
    if (!fastify.hasContentTypeParser(type)) fastify.addContentTypeParser(type, { parseAs: "string" }, parser);
  }
}
