/**
 * What find-my-way can't route by itself:
 * - URL-template segments (`{month}{.format}`, `{;lat}{;lng}`, `{+key}`): the
 *   route has one param (or the wildcard) there, split here by the pattern
 *   the generator built, before auth and validation see the params;
 * - operations sharing one METHOD and URL (a spec's `#fragment` keys): each
 *   is its own Fastify route with a constraint, and the request's query picks
 *   one (see `pick`).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { HttpError } from "./errors.js";
import { searchRecord } from "./query-params.js";
import type { RouteDefinition } from "./types.js";

type Segment = NonNullable<RouteDefinition["segments"]>[number];

export function segmentsHook(segments: Segment[]) {
  const compiled = segments.map((s) => ({ ...s, regex: new RegExp(s.pattern) }));
  return (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void => {
    const params = request.params as Record<string, string | undefined>;
    for (const segment of compiled) {
      const match = segment.regex.exec(params[segment.param] ?? "");
      if (!match) return done(HttpError.notFound(`No route for ${request.method} ${request.url.split("?")[0]}`));
      delete params[segment.param];
      segment.names.forEach((name, i) => {
        if (match[i + 1] !== undefined) params[name] = match[i + 1];
      });
    }
    done();
  };
}

export const DISPATCH_CONSTRAINT = "declaredQuery";

/** One of the operations sharing a METHOD and URL: the query names it requires, and whether its query schema takes a request's query. */
export interface DispatchEntry {
  required: string[];
  accepts: (query: Record<string, unknown>) => boolean;
}

// By constraint value: find-my-way hands the strategy only that string, so each dispatched route gets its own.
const entries = new Map<string, DispatchEntry>();
let nextId = 0;

/** The constraint value of a dispatched route; `release` forgets it (when its server closes). */
export function dispatchValue(entry: DispatchEntry): { value: string; release: () => void } {
  const value = `route${nextId++}`;
  entries.set(value, entry);
  return { value, release: () => entries.delete(value) };
}

/**
 * The route for a request's query among those sharing its METHOD and URL:
 * of those whose required query parameters are all present (the most of
 * them first), the first whose query schema accepts the request's query —
 * a query the other operation only allows (`fields` optional there,
 * required here) with a value only the other takes goes to the other. None
 * accepts: the first with its required parameters present, so its
 * validation says what is wrong; none has them: the first.
 */
function pick(keys: string[], query: Record<string, unknown>): string | undefined {
  let present: string | undefined;
  for (const key of keys) {
    const entry = entries.get(key);
    if (!entry?.required.every((name) => query[name] !== undefined)) continue;
    if (entry.accepts(query)) return key;
    present ??= key;
  }
  return present ?? keys[0];
}

/** Registers the constraint strategy once per Fastify instance. */
export function addDispatchStrategy(fastify: FastifyInstance): void {
  if (fastify.hasConstraintStrategy(DISPATCH_CONSTRAINT)) return;
  fastify.addConstraintStrategy({
    name: DISPATCH_CONSTRAINT,
    // find-my-way asks the store by each route's own value while building, and by the derived one per request.
    storage() {
      const byValue = new Map<string, unknown>();
      let ranked: string[] | null = null;
      return {
        get(value: string | Record<string, unknown>): unknown {
          if (typeof value === "string") return byValue.get(value) ?? null;
          ranked ??= [...byValue.keys()].sort((a, b) => (entries.get(b)?.required.length ?? 0) - (entries.get(a)?.required.length ?? 0));
          const best = pick(ranked, value);
          return best === undefined ? null : byValue.get(best);
        },
        set(value: string, store: unknown) {
          byValue.set(value, store);
          ranked = null;
        },
      };
    },
    // The query as Fastify's parser gives it (a repeated key: an array), for the routes' query schemas.
    deriveConstraint(req: { url?: string }): Record<string, unknown> {
      const url = req.url ?? "";
      const at = url.indexOf("?");
      return at === -1 ? {} : searchRecord(url.slice(at + 1));
    },
    mustMatchWhenDerived: false,
  } as never);
}
