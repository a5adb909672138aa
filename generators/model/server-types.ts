/** The server generator's view of one document (built by server-model.ts from the model). */
import type { Dialect } from "./json-schema.js";
import type { Json } from "../load/refs.js";

export type { BodyKind } from "./types.js";
import type { BodyKind } from "./types.js";

export interface ServerMediaType {
  mediaType: string;
  kind: BodyKind;
}

export interface ServerResponseMedia extends ServerMediaType {
  /**
   * JSON bodies: the schema the body is serialized with (response direction:
   * writeOnly fields left out, $refs into the response copy of the schemas).
   * Absent when the spec gives none, or the serializer can't take it (then
   * `unserializable` says why and the body is sent as JSON.stringify makes it).
   */
  schema?: Json;
  unserializable?: string;
  /**
   * Sent through the runtime's field filter rather than fast-json-stringify:
   * an anyOf/oneOf of object branches, which fast-json-stringify writes with
   * the first branch a value matches only (serializable.ts).
   */
  filtered?: true;
}

export interface ServerResponse {
  /** Key as in the spec: "200", "2XX", "default". */
  key: string;
  media: ServerResponseMedia[];
}

/**
 * An object in the query. `exploded` (form, explode: true, the default):
 * its properties are top-level keys, `a=1&b=2`, nested values in brackets
 * `a[x]=1`; `deep` (deepObject): `name[a]=1&name[a][x]=2`; `pairs` (form,
 * explode: false): `name=a,1,b,2`.
 */
export interface ObjectQueryParam {
  name: string;
  spelling: "exploded" | "deep" | "pairs";
  required: boolean;
  /** Declared property names: the top-level keys an exploded object claims. */
  properties: string[];
  /** Takes keys no parameter or property claims (a dictionary, or additionalProperties said). */
  open: boolean;
}

/** A header holding an array (`a,b,c`) or an object (`k,v,k2,v2`; exploded `k=v,k2=v2`). */
export interface ShapedHeader {
  /** Lower-case, as Node gives header names. */
  name: string;
  kind: "array" | "object";
  explode: boolean;
}

export interface ServerRequestBody {
  required: boolean;
  /** A form (urlencoded) whose schema is no object: the body is the text as sent, or, for an array, its nameless fields (`a&b`). */
  formValue?: "text" | "list";
  media: ServerMediaType[];
  /** Multipart parts that carry files (left out of the body schema, checked by the runtime). */
  fileFields: { name: string; array: boolean; required: boolean }[];
  /** Multipart text fields that name a storage path: refused when they climb out of their root. */
  pathFields: string[];
  /** The multipart schema declares no properties at all: file parts under any name are taken. */
  anyFileField: boolean;
  /**
   * Multipart text fields holding JSON (object or array-of-object properties,
   * whose part type OpenAPI defaults to application/json): decoded before
   * validation. Omitted when none.
   */
  jsonFields?: string[];
}

export interface ServerSecurityScheme {
  type: "bearer" | "basic" | "apiKey";
  in?: "header" | "query" | "cookie";
  name?: string;
}

export interface ServerOperation {
  /** Another operation has this one's route (OperationModel.shadowedBy): the generated server leaves it out. */
  shadowed: boolean;
  /** Key in the handlers object: the operationId, or one derived from method + path. */
  handlerName: string;
  /** PascalCase stem for the operation's types (GetJobRequest, GetJobResult). */
  typeName: string;
  method: string;
  path: string;
  /** The path in Fastify's syntax (`/jobs/:job_id`). */
  url: string;
  /** Fastify param name → spec name, for params renamed to fit Fastify's syntax. */
  renamedParams: Record<string, string>;
  /** Segments matched by a pattern per request (URL-template operators Fastify can't route). */
  segments: { param: string; pattern: string; names: string[] }[];
  /** Required query parameters that pick this operation among those sharing its METHOD and URL; null when alone. */
  dispatch: string[] | null;
  summary?: string;
  description?: string;
  deprecated: boolean;
  hasPathParams: boolean;
  hasQueryParams: boolean;
  hasHeaderParams: boolean;
  /** Query parameters with a default: always present once validated. */
  defaultedQuery: string[];
  /** Query parameters sent comma-separated (form, explode: false). */
  commaQuery: string[];
  /** Query parameters holding an object, put back together from the keys that spell it before validation (none: omitted). */
  objectQuery?: ObjectQueryParam[];
  /** Header parameters holding an array or object (simple style), split before validation (none: omitted). */
  shapedHeaders?: ShapedHeader[];
  schema: { params?: Json; querystring?: Json; headers?: Json; body?: Json };
  body: ServerRequestBody | null;
  /** Alternatives (any one suffices); each lists the schemes it needs with their scopes. Empty: no auth. */
  security: { scheme: string; scopes: string[] }[][];
  /** True when some alternative needs no credentials. */
  anonymous: boolean;
  responses: ServerResponse[];
}

export interface ServerModel {
  pluginName: string;
  handlersType: string;
  optionsType: string;
  dialect: Dialect;
  /** The sparse request-direction document every route schema's $ref points into. */
  sharedSchema: Json;
  /** The same for response schemas (serialization): writeOnly fields left out. */
  responseSchema: Json;
  /**
   * The error codes the spec's error bodies declare (the enum of their `error`
   * property), or null when no error body constrains them: the runtime answers
   * its own errors (501, 408, 503…) with a declared code.
   */
  errorCodes: string[] | null;
  /** Problems worked around (a response schema sent without its serializer), one line each with its pointer. */
  warnings: string[];
  securitySchemes: Record<string, ServerSecurityScheme>;
  operations: ServerOperation[];
  hasMultipart: boolean;
  hasForm: boolean;
  hasBinary: boolean;
}
