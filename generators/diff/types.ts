/**
 * diff/types: the shapes the diff engine hands around.
 */
export type Bump = "major" | "minor" | "patch" | "none";

/** Where the change lands for a client: what it sends, what it reads, or neither. */
export type Side = "request" | "response" | "endpoint" | "security" | "component";

export interface OperationRef {
  method: string;
  /** The path as HEAD writes it (BASE's for a removed operation). */
  path: string;
  operationId?: string;
  /** `jobs.list` from x-sdk-resource / x-sdk-method, when the spec has them. */
  sdkMethod?: string;
}

export interface Change {
  /** JSON pointer: into HEAD for additions and changes, into BASE for removals. $refs are followed. */
  pointer: string;
  /** A stable identifier of the rule, e.g. `response-enum-value-added`. */
  kind: string;
  breaking: boolean;
  /** What this change alone asks of the version number. */
  bump: Exclude<Bump, "none">;
  /** One line for humans, starting with the operation when there is one. */
  message: string;
  /** The message without the operation prefix (the changelog groups by it). */
  detail: string;
  operation?: OperationRef;
  /** Changelog section. */
  section: "Breaking" | "Added" | "Changed" | "Deprecated" | "Fixed";
  /** Like oasdiff's levels: error = breaking, warning = worth a look, info = the rest. */
  severity: "error" | "warning" | "info";
  /**
   * For a breaking change: "types" when the generated SDK's TypeScript rejects
   * code written against BASE (diff --verify's compiler must agree), "wire"
   * when that code compiles but the server now rejects or answers differently.
   */
  sdk?: "types" | "wire";
  /** BASE's `x-stability` of the operation when it is not stable (breaking changes allowed without a major bump). */
  stability?: string;
  /** The ignore-file line that accepted this change (it then counts as non-breaking). */
  ignored?: string;
}

export interface DiffResult {
  bump: Bump;
  /** Problems in the documents that do not stop the diff (a duplicate operationId…). */
  warnings?: string[];
  changes: Change[];
  base: { label: string; version?: string };
  head: { label: string; version?: string };
}
