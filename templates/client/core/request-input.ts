/** request-input: what a generated method hands the transport (shared by client.ts and pagination.ts). */
import type { AuthScheme } from "./auth.js";
import type { BodyType } from "./request-body.js";

/** HTTP methods an OpenAPI operation can use. */
export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** The parameters of one operation call, as the generator passes them. */
export interface RequestInput {
  /** Path parameters by name; URL-encoded by the transport. */
  path?: Record<string, string | number | boolean>;
  /** Query parameters; arrays repeat the key, undefined is left out. */
  query?: object;
  /** Request body, encoded per `RequestMeta.bodyType`. */
  body?: unknown;
  /** Header parameters from the spec. */
  headers?: Record<string, unknown>;
}

/** How an operation's bodies are encoded and decoded. */
export interface RequestMeta {
  /** Response parsing (default "json"); "stream" resolves to the body's ReadableStream. */
  parseAs?: "json" | "text" | "stream" | "blob";
  /** Request body encoding (default "json"). */
  bodyType?: BodyType;
  /** The media type the spec declares for the body, when not the encoding's default (`application/merge-patch+json`). */
  contentType?: string;
  /** The operation's idempotency header as the spec names it: a key is generated per call when none is given. */
  idempotencyHeader?: string;
  /** How this operation takes the key, when not the client's way (it accepts only another security scheme). */
  auth?: AuthScheme;
}

/** Where a list operation keeps its items and paging fields. */
export interface PaginationConfig {
  /** Body field holding the page's items. */
  items: string;
  /** Body field holding the total item count. */
  total?: string;
  /** Query parameter for the page size. */
  limit?: string;
  /** Query parameter for the number of items to skip. */
  offset?: string;
  /** Query parameter for the page number (1-based). */
  page?: string;
}
