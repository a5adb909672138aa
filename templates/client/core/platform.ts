/**
 * What only some platforms have, as hooks the client reads. Everywhere the
 * SDK works the portable way (an AbortSignal per attempt); the package's
 * Node entry (node.ts, loaded through the `node` export condition) installs
 * Node's faster transport here, so a browser bundle never carries it.
 */
import type { Attempt } from "./attempt.js";

/** Node's fetch cut off through undici: see attempt-undici.ts. */
export interface NodeTransport {
  /** True where `fetchImpl` is Node's own fetch. */
  isNodeFetch(fetchImpl: unknown): boolean;
  /** The dispatcher a call with these fetch options goes through (read once per call), if it can be wrapped. */
  dispatcherFor(init: Record<string, unknown>): object | undefined;
  /** An attempt that is its own request's dispatcher. */
  attempt(timeoutMs: number, userSignal: AbortSignal | undefined, dispatcher: object): Attempt;
}

/** The installed hooks. */
export const platform: { node?: NodeTransport } = {};
