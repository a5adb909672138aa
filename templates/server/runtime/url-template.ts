/**
 * What find-my-way can't route by itself:
 * - URL-template segments (`{month}{.format}`, `{;lat}{;lng}`, `{+key}`): the
 *   route has one param (or the wildcard) there, split here by the pattern
 *   the generator built, before auth and validation see the params;
 * - operations sharing one METHOD and URL (a spec's `#fragment` keys): each
 *   is its own Fastify route with a constraint, and the request's query picks
 *   the one whose required query parameters are all present (the most of
 *   them wins; none present: the one that requires none, else the first, so
 *   its validation names what is missing).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { HttpError } from "./errors.js";
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

/** The constraint value of a dispatched route: its required query names. */
export const dispatchValue = (required: string[]): string => required.join("&");

/** Registers the constraint strategy once per Fastify instance. */
export function addDispatchStrategy(fastify: FastifyInstance): void {
  if (fastify.hasConstraintStrategy(DISPATCH_CONSTRAINT)) return;
  fastify.addConstraintStrategy({
    name: DISPATCH_CONSTRAINT,
    // find-my-way asks the store by each route's own value while building, and by the derived one per request.
    storage() {
      const byValue = new Map<string, unknown>();
      return {
        get(value: string | Set<string>): unknown {
          if (typeof value === "string") return byValue.get(value) ?? null;
          let best: string | undefined;
          let bestSize = -1;
          for (const key of byValue.keys()) {
            const names = key === "" ? [] : key.split("&");
            if (names.length > bestSize && names.every((n) => value.has(n))) [best, bestSize] = [key, names.length];
          }
          best ??= byValue.keys().next().value;
          return best === undefined ? null : byValue.get(best);
        },
        set(value: string, store: unknown) {
          byValue.set(value, store);
        },
      };
    },
    deriveConstraint(req: { url?: string }): Set<string> {
      const url = req.url ?? "";
      const at = url.indexOf("?");
      const names = new Set<string>();
      if (at !== -1) for (const name of new URLSearchParams(url.slice(at + 1)).keys()) names.add(name);
      return names;
    },
    mustMatchWhenDerived: false,
  } as never);
}
