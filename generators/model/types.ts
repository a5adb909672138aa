/** The model's shape: what every generator reads (built by model.ts). */
import type { HttpMethod } from "../load/http-methods.js";
import type { Json } from "../load/refs.js";

export type { HttpMethod };

export type BodyType = "json" | "multipart" | "binary" | "text" | "form-urlencoded";
export type ParseAs = "json" | "text" | "stream" | "blob";

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
}

export interface RequestBodyModel {
  /** The media type key in the spec, used to index the generated types. */
  contentType: string;
  bodyType: BodyType;
  required: boolean;
  /** Component schema name when the body is a plain `$ref` to one. */
  schemaRef: string | null;
  /** True when the body is an object (so query can ride along in a `query` field). */
  isObject: boolean;
  /** Multipart fields holding files: typed as Uploadable in the SDK. */
  binaryFields: { name: string; array: boolean; required: boolean }[];
  /** Whether a readOnly/writeOnly field lies anywhere inside (else no Writable<> is needed). */
  readWriteMarked: boolean;
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

export interface PaginationModel {
  items: string;
  total?: string;
  limit?: string;
  offset?: string;
  page?: string;
}

export interface OperationModel {
  operationId: string | null;
  method: HttpMethod;
  path: string;
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
  usedInRequest: boolean;
  usedInResponse: boolean;
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
  operations: OperationModel[];
  schemas: SchemaModel[];
  /** Top-level resources, with their nested resources. */
  resources: ResourceModel[];
  /** The bundled document, for openapi-typescript only. */
  document: Record<string, unknown>;
}

export interface ModelOptions {
  specFile: string;
  /** Overrides the client name derived from info.title. */
  name?: string;
}
