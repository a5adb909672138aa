/** The model's shape: what every generator reads (built by model.ts). */
import type { HttpMethod } from "../load/http-methods.js";
import type { Json } from "../load/refs.js";
import type { SchemaStore } from "./schema-store.js";

export type { HttpMethod };

/** How the SDK's runtime encodes a body (its names: `form-urlencoded`). */
export type BodyType = "json" | "multipart" | "binary" | "text" | "form-urlencoded";
/** What a media type carries, as media.ts classifies it: the one rule the SDK, server and docs share. */
export type BodyKind = "json" | "multipart" | "form" | "text" | "binary";
export type ParseAs = "json" | "text" | "stream" | "blob";

/**
 * An Example Object, `$ref` resolved: `value` is the example itself (absent
 * when the spec gives only an `externalValue`). An entry that resolves to no
 * object is an empty one.
 */
export interface ExampleModel {
  summary?: string;
  description?: string;
  value?: unknown;
  externalValue?: string;
}

/** The spec's examples of a parameter, header or media type: `example` as written, `examples` by name (resolved, in document order). */
export interface ExamplesModel {
  /** `example` as written; undefined when absent (`null` is an example). */
  example: unknown;
  examples: Record<string, ExampleModel>;
}

export interface ParameterModel {
  /** Name on the wire. */
  name: string;
  /** Name as a TypeScript binding (path params become method arguments). */
  identifier: string;
  required: boolean;
  description?: string;
  deprecated: boolean;
  /** A plain TS type ("string", "number", "boolean") when the schema is that simple; else null (use the generated type). */
  simpleType: "string" | "number" | "boolean" | null;
  /** The parameter's schema as the document has it (refs stay refs): the server validates with it. */
  schema: unknown;
  /** `style` (path parameters: from the template's operator when it has one, e.g. `{.x}` → label). */
  style: string | undefined;
  explode: boolean | undefined;
  /** An object or array value (refs and allOf followed): how it is spelled on the wire depends on it; null for a scalar. */
  shape: ParameterShape | null;
  /** The parameter's own `example` / `examples` (resolved). */
  example: unknown;
  examples: Record<string, ExampleModel>;
}

/** What a parameter's value is, for its serialization: an object's declared property names, and whether it takes others. */
export type ParameterShape = { kind: "object"; properties: string[]; open: boolean } | { kind: "array" };

/** A multipart field holding a file (typed Uploadable in the SDK, set aside by the server). */
export interface FilePart {
  name: string;
  array: boolean;
  required: boolean;
}

/** One declared media type of a request body. */
export interface MediaModel {
  /** The key as the spec writes it (`application/json-patch+json; charset=utf-8`). */
  mediaType: string;
  /** Lower-case, without parameters: what a server matches on. */
  essence: string;
  kind: BodyKind;
  /** The media type's schema as the document has it (refs stay refs). */
  schema: unknown;
  /** Multipart file fields. */
  fileParts: FilePart[];
  /** The media type's `example` / `examples` (resolved). */
  example: unknown;
  examples: Record<string, ExampleModel>;
}

export interface RequestBodyModel {
  /** The media type the SDK sends (media[0]): the key in the spec, used to index the generated types and sent as Content-Type. */
  contentType: string;
  kind: BodyKind;
  bodyType: BodyType;
  /** Every declared media type, the one the SDK sends first. */
  media: MediaModel[];
  required: boolean;
  /** Component schema name when the body is a plain `$ref` to one. */
  schemaRef: string | null;
  /** True when the body is an object (so query can ride along in a `query` field). */
  isObject: boolean;
  /** Multipart fields holding files (of the sent media type): typed as Uploadable in the SDK. */
  binaryFields: FilePart[];
  /** Whether a readOnly/writeOnly field lies anywhere inside (else no Writable<> is needed). */
  readWriteMarked: boolean;
}

/** One variable of the URL: its parameter's name and how its value is spelled. */
export interface UrlExpression {
  name: string;
  style: "simple" | "label" | "matrix" | "reserved";
  explode: boolean;
}

export interface SuccessResponseModel {
  /** Status key as it appears in the generated types: a number (200) or a string ("2XX", "default"). */
  status: number | string;
  /** Media type key, or null when the response has no body (204…). */
  contentType: string | null;
  parseAs: ParseAs;
  schemaRef: string | null;
  /** Whether a readOnly/writeOnly field lies anywhere inside (else no Readable<> is needed). */
  readWriteMarked: boolean;
}

/** One media type of a declared response. */
export interface ResponseMediaModel {
  /** The key as the spec writes it. */
  mediaType: string;
  /** Lower-case, without parameters. */
  essence: string;
  kind: BodyKind;
  /** The schema as the document has it (refs stay refs); undefined when none is given. */
  schema: unknown;
  /** `example` / `examples` (resolved). */
  example: unknown;
  examples: Record<string, ExampleModel>;
}

/** One header of a declared response (`$ref` resolved). */
export interface ResponseHeaderModel {
  description?: string;
  required: boolean;
  deprecated: boolean;
  /** As the document has it (refs stay refs). */
  schema: unknown;
  example: unknown;
  examples: Record<string, ExampleModel>;
}

/** One entry of an operation's `responses` (`$ref` resolved), whatever its key. */
export interface ResponseModel {
  /** The key as written: "200", "4XX", "default" (even a key that is none of those: the readers filter). */
  key: string;
  /** JSON pointer of the entry (`#/paths/~1x/get/responses/200`), for messages. */
  pointer: string;
  description?: string;
  /** By name as written, in document order. */
  headers: Record<string, ResponseHeaderModel>;
  /** Every media type of `content`, in document order. */
  media: ResponseMediaModel[];
}

export interface PaginationModel {
  items: string;
  total?: string;
  limit?: string;
  offset?: string;
  page?: string;
}

/** How the SDK method takes its input after the path parameters (signature.ts's rule, decided here). */
export type SdkInputShape =
  /** no query, no body: nothing */
  | "none"
  /** the query object */
  | "query"
  /** the body */
  | "body"
  /** the body's fields plus a `query` field (an object body without a `query` property of its own) */
  | "merged"
  /** `{ body, query }` */
  | "split";

export interface OperationModel {
  operationId: string | null;
  method: HttpMethod;
  /** The path key as the document has it (`/files/{file_id}#get_shared_link`): indexes the generated types. */
  path: string;
  /** JSON pointer of the operation (`#/paths/~1x/get`), for messages. */
  pointer: string;
  /** The path without fragment and query expressions, parts in order: what the URL is built from. */
  urlParts: (string | UrlExpression)[];
  /** The URL template the SDK fills in: `{name}`, `{.name}`, `{;name}`, `{name*}`, `{+name}` (openapi-fetch's spelling). */
  urlTemplate: string;
  /**
   * When other operations share this one's METHOD and URL (fragments):
   * the query parameters whose presence picks this one. Null when alone.
   */
  dispatch: { requiredQuery: string[] } | null;
  /**
   * Set when an earlier operation has the same METHOD and URL template with
   * only its parameter names changed (`/a/{x}` and `/a/{y}`, which OpenAPI
   * forbids) and no query tells them apart: the pointer of that operation.
   * The SDK keeps both methods; the server can serve only the first.
   */
  shadowedBy: string | null;
  /** Whether the SDK has a method for it (fetch can't send TRACE, CONNECT or TRACK). */
  inSdk: boolean;
  /** The SDK method's argument shape after the path parameters. */
  sdkInput: SdkInputShape;
  /** Security alternatives (any one suffices, every scheme of it is needed); empty with anonymous: no security. */
  security: { scheme: string; scopes: string[] }[][];
  /**
   * How the SDK sends the client's key for this operation when that differs
   * from the client-wide `Model.auth` (an operation that takes only another
   * scheme); null: the client's way.
   */
  sdkAuth: AuthModel | null;
  /** Whether a call without credentials is allowed (`{}` among the alternatives, or no security at all). */
  anonymous: boolean;
  summary?: string;
  description?: string;
  deprecated: boolean;
  tags: string[];
  pathParams: ParameterModel[];
  queryParams: ParameterModel[];
  headerParams: ParameterModel[];
  requestBody: RequestBodyModel | null;
  success: SuccessResponseModel;
  errorStatuses: string[];
  /** Every declared response, in document order. */
  responses: ResponseModel[];
  pagination: PaginationModel | null;
  /** SDK resource path, e.g. ["storage", "files"]. */
  resource: string[];
  /** SDK method name inside its resource. */
  methodName: string;
  /** `x-sdk-resource` / `x-sdk-method` as written in the spec, if any. */
  sdkResource: string | null;
  sdkMethod: string | null;
}

export interface SchemaModel {
  /** Key under components.schemas. */
  name: string;
  /** Identifier for the SDK's type alias. */
  typeName: string;
  description?: string;
  deprecated: boolean;
  /** Enum values for `type: string/number` enums declared on the schema itself. */
  enumValues: Json[] | null;
  hasReadOnly: boolean;
  hasWriteOnly: boolean;
  /**
   * SDK alias for the response shape (`Readable<…>`), null for a schema only
   * ever sent. For enums: the type name.
   */
  responseTypeName: string | null;
  /**
   * SDK alias for the request shape (`Writable<…>`), null when the schema is
   * never sent. Same as typeName when sent only, or when the shapes can't
   * differ (no readOnly/writeOnly anywhere); `NameInput` otherwise.
   */
  requestTypeName: string | null;
}

export type AuthModel = { type: "bearer" } | { type: "basic" } | { type: "apiKey"; in: "header" | "query" | "cookie"; name: string } | { type: "none" };

export interface ResourceModel {
  /** Property name on the parent. */
  name: string;
  path: string[];
  /** Class name, e.g. StorageFiles. */
  className: string;
  operations: OperationModel[];
  children: ResourceModel[];
}

/** One entry of the document's top-level `servers`. */
export interface ServerModel {
  /** The URL with every `{variable}` replaced by its default. */
  url: string;
  /** The URL as written, `{variables}` and all. */
  template: string;
  description?: string;
  /** Each variable's default and the values its `enum` allows (the default first). */
  variables: Record<string, { default: string; values: string[] }>;
}

export interface Model {
  /** Base name of the root spec file, for the generated headers. */
  specFileName: string;
  /** Path of the root spec file, to find what sits beside it (the SDK's CHANGELOG.md). */
  specFile: string;
  title: string;
  version: string;
  clientName: string;
  baseUrl: string;
  /** Top-level servers in document order (the docs' try-it panel offers them; baseUrl is the first). */
  servers: ServerModel[];
  auth: AuthModel;
  /** The security schemes a token can satisfy, by name (mutualTLS, http digest… left out). */
  securitySchemes: Record<string, Exclude<AuthModel, { type: "none" }>>;
  operations: OperationModel[];
  schemas: SchemaModel[];
  /** Top-level resources, with their nested resources. */
  resources: ResourceModel[];
  /**
   * The component schema that error bodies use (Error, ErrorResponse,
   * Problem… with an `error` or `code` property): the SDK types APIError's
   * code and details from it. Null when there is none.
   */
  errorSchema: { name: string; codeField: "error" | "code"; hasDetails: boolean } | null;
  /**
   * The error codes the spec's error bodies declare: the string enum of the
   * `error` property of every 4XX/5XX/default response schema (through $refs
   * and allOf). Null when no error body constrains `error` (error-codes.ts).
   */
  errorCodes: string[] | null;
  /**
   * The document's schema store: its OpenAPI version and schema dialect, and
   * the resolver of local `$ref`s (schemas, responses, parameters, examples,
   * deep pointers). Generators follow refs through it, never the document.
   */
  refs: SchemaStore;
  /** Problems the model worked around (a body on GET dropped, an operation fetch can't send…), each naming its pointer. */
  warnings: string[];
  /**
   * The bundled document itself, only for the outputs that republish it:
   * the types (openapi-typescript), the docs' openapi.json/yaml and Redoc
   * page, the Postman converter. Every other fact is a model field
   * (test/model/bundled-readers.test.ts keeps it so).
   */
  bundled: Record<string, unknown>;
}

export interface ModelOptions {
  specFile: string;
  /** Overrides the client name derived from info.title. */
  name?: string;
}
