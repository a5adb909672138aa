/**
 * server-model: the facts the server generator needs beyond the shared model,
 * derived from the model's own facts (media kinds, file parts, security,
 * URL template, dispatch): per operation the Fastify URL, the request JSON
 * Schemas (path, query, headers, body) for the request direction, and the
 * declared responses with their media types. Component schemas that the
 * route schemas reference are collected into one sparse document so refs
 * stay refs (cycles are fine).
 */
import type { MediaModel, Model, OperationModel, ParameterModel, ResponseModel, UrlExpression } from "./model.js";
import type { Json } from "../load/refs.js";
import { isBinarySchema, plainSchema } from "./media.js";
import type { SchemaStore } from "./schema-store.js";
import { dedupe, pascalCase, safeIdentifier, camelCase, methodNameFromRoute } from "./identifiers.js";
import { convertSchema, fillSharedSchema, RESPONSE_SCHEMA_ID, SPEC_SCHEMA_ID } from "./json-schema.js";
import { markUnserializable } from "./serializable.js";
import { parameterShapeOf, querySpellingOf } from "./parameter-shape.js";
import type {
  ObjectQueryParam,
  ShapedHeader,
  ServerModel,
  ServerOperation,
  ServerRequestBody,
  ServerResponse,
  ServerResponseMedia,
  ServerSecurityScheme,
} from "./server-types.js";

export type * from "./server-types.js";

export function buildServerModel(model: Model): ServerModel {
  const store = model.refs;
  const dialect = store.dialect;
  const refs = new Set<string>();
  const convert = (schema: unknown) => convertSchema(schema, { store, dialect, direction: "request", refs });
  const responseRefs = new Set<string>();
  const aliases = new Map<string, string>();
  const convertResponse = (schema: unknown) => convertSchema(schema, { store, dialect, direction: "response", refs: responseRefs, aliases });
  const handlerNames = dedupe(model.operations, (op) => handlerNameOf(op), ["constructor", "__proto__", "prototype", "toString", "hasOwnProperty"]);
  const typeNames = dedupe(model.operations, (op) => safeIdentifier(pascalCase(handlerNames.get(op)!) || "Operation", "Operation"), RESERVED_TYPE_NAMES);
  const securitySchemes: Record<string, ServerSecurityScheme> = model.securitySchemes;
  const operations = model.operations.map((op) => serverOperation(store, op, handlerNames.get(op)!, typeNames.get(op)!, convert, convertResponse));
  const responseSchema = sharedSchemaOf(store, responseRefs, convertResponse, RESPONSE_SCHEMA_ID, aliases);
  const warnings = markUnserializable(operations, responseSchema);
  const base = camelCase(model.clientName) || "api";
  return {
    pluginName: safeIdentifier(`${base}Routes`),
    handlersType: `${model.clientName}Handlers`,
    optionsType: `${model.clientName}RoutesOptions`,
    dialect,
    sharedSchema: sharedSchemaOf(store, refs, convert, SPEC_SCHEMA_ID),
    responseSchema,
    errorCodes: model.errorCodes,
    warnings,
    securitySchemes,
    operations,
    hasMultipart: operations.some((o) => o.body?.media.some((m) => m.kind === "multipart")),
    hasForm: operations.some((o) => o.body?.media.some((m) => m.kind === "form")),
    hasBinary: operations.some((o) => o.body?.media.some((m) => m.kind === "binary" || m.kind === "text")),
  };
}

/** Type names the generated files define themselves. */
const RESERVED_TYPE_NAMES = ["Handler", "Handlers", "Request", "Result", "Routes", "RouteDefinition", "UploadedFile"];

function handlerNameOf(op: OperationModel): string {
  if (op.operationId && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(op.operationId)) return op.operationId;
  const fromId = op.operationId ? camelCase(op.operationId) : "";
  return safeIdentifier(fromId || methodNameFromRoute(op.method, op.path) || op.method, "operation");
}

type Convert = (schema: unknown) => Json;

function serverOperation(
  store: SchemaStore,
  op: OperationModel,
  handlerName: string,
  typeName: string,
  convert: Convert,
  convertResponse: Convert,
): ServerOperation {
  const { url, renamed, segments } = fastifyRoute(op.urlParts);
  // Authorization, Accept and Content-Type are described elsewhere in OpenAPI: never validated as parameters.
  const ignoredHeaders = new Set(["authorization", "accept", "content-type"]);
  const headerParams = op.headerParams.filter((p) => !ignoredHeaders.has(p.name.toLowerCase()));
  const fastifyNameOf = new Map(Object.entries(renamed).map(([fastifyName, specName]) => [specName, fastifyName]));
  const schema: ServerOperation["schema"] = {};
  const pathParams = op.pathParams;
  if (pathParams.length) schema.params = objectSchema(pathParams, (p) => fastifyNameOf.get(p.name) ?? p.name, convert, true);
  const queryParams = op.queryParams;
  if (queryParams.length) schema.querystring = objectSchema(queryParams, (p) => p.name, convert, false);
  if (headerParams.length) schema.headers = objectSchema(headerParams, (p) => p.name.toLowerCase(), convert, false);
  // The model has already dropped a body on GET and HEAD (Fastify refuses a body schema there too).
  const body = requestBodyOf(store, op, convert);
  if (body?.schemas) schema.body = { content: body.schemas };
  return {
    handlerName,
    typeName,
    method: op.method.toUpperCase(),
    path: op.path,
    url,
    renamedParams: renamed,
    segments,
    dispatch: op.dispatch?.requiredQuery ?? null,
    shadowed: op.shadowedBy !== null,
    summary: op.summary,
    description: op.description,
    deprecated: op.deprecated,
    hasPathParams: pathParams.length > 0,
    hasQueryParams: queryParams.length > 0,
    hasHeaderParams: headerParams.length > 0,
    defaultedQuery: queryParams.filter((p) => plainSchema(store, p.schema)?.default !== undefined && !isDeepObject(store, p)).map((p) => p.name),
    commaQuery: queryParams.filter((p) => querySpellingOf(p) === "comma").map((p) => p.name),
    ...wireShapes(queryParams, headerParams),
    schema,
    body: body?.model ?? null,
    security: op.security,
    anonymous: op.anonymous,
    responses: responsesOf(op.responses, convertResponse),
  };
}

/** The query objects and header arrays/objects the runtime reads back from their spelling (ObjectQueryParam, ShapedHeader). */
function wireShapes(query: ParameterModel[], headers: ParameterModel[]): Pick<ServerOperation, "objectQuery" | "shapedHeaders"> {
  const objectQuery: ObjectQueryParam[] = [];
  for (const p of query) {
    const spelling = querySpellingOf(p);
    if (spelling === null || spelling === "comma") continue;
    const shape = p.shape?.kind === "object" ? p.shape : { properties: [], open: true };
    objectQuery.push({ name: p.name, spelling, required: p.required, properties: shape.properties, open: shape.open });
  }
  const shapedHeaders: ShapedHeader[] = headers.flatMap((p) =>
    p.shape ? [{ name: p.name.toLowerCase(), kind: p.shape.kind, explode: p.explode === true }] : [],
  );
  return { ...(objectQuery.length ? { objectQuery } : {}), ...(shapedHeaders.length ? { shapedHeaders } : {}) };
}

function isDeepObject(store: SchemaStore, param: ParameterModel): boolean {
  const s = plainSchema(store, param.schema);
  return param.style === "deepObject" || s?.type === "object" || !!s?.properties;
}

function objectSchema(params: ParameterModel[], nameOf: (p: ParameterModel) => string, convert: Convert, allRequired: boolean): Json {
  const properties: Json = {};
  const required: string[] = [];
  for (const p of params) {
    const name = nameOf(p);
    // Objects in a query are put back together by the runtime before validation (ObjectQueryParam).
    properties[name] = p.schema ? convert(p.schema) : {};
    if (allRequired || p.required) required.push(name);
  }
  return required.length ? { type: "object", properties, required } : { type: "object", properties };
}

/** A segment Fastify can't route by itself, matched by `pattern` on the param `param` at request time. */
export interface TemplateSegment {
  param: string;
  pattern: string;
  names: string[];
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The model's URL parts as a Fastify route: `/a/{b}/c` → `/a/:b/c`; names
 * Fastify can't take are renamed p0, p1…; literal `:` is escaped. A segment
 * find-my-way can't split (label `{.x}`, matrix `{;x}`, two variables side
 * by side) becomes one param, split by a pattern per request; a reserved
 * `{+x}` (slashes allowed) makes the rest of the path a wildcard.
 */
export function fastifyRoute(parts: OperationModel["urlParts"]): { url: string; renamed: Record<string, string>; segments: TemplateSegment[] } {
  const renamed: Record<string, string> = {};
  const segments: TemplateSegment[] = [];
  // Split into path segments: literal text is cut at each `/`.
  const pathSegments: (string | UrlExpression)[][] = [[]];
  for (const part of parts) {
    if (typeof part !== "string") {
      pathSegments[pathSegments.length - 1]!.push(part);
      continue;
    }
    part.split("/").forEach((piece, i) => {
      if (i > 0) pathSegments.push([]);
      if (piece) pathSegments[pathSegments.length - 1]!.push(piece);
    });
  }
  let index = 0;
  const out: string[] = [];
  for (let s = 0; s < pathSegments.length; s++) {
    const segment = pathSegments[s]!;
    const expressions = segment.filter((p): p is UrlExpression => typeof p !== "string");
    const reserved = expressions.some((e) => e.style === "reserved");
    const simple = expressions.length <= 1 && expressions.every((e) => e.style === "simple");
    if (simple && !reserved) {
      out.push(
        segment
          .map((part, i) => {
            if (typeof part === "string") return part.replace(/:/g, "::");
            const next = segment[i + 1];
            // A param name ends at `-` or `.` in find-my-way; anything else after it would extend the name.
            const safe = /^[A-Za-z_][A-Za-z0-9_]*$/.test(part.name) && (next === undefined || (typeof next === "string" && /^[.-]/.test(next)));
            const name = safe ? part.name : `p${index}`;
            index++;
            if (!safe) renamed[name] = part.name;
            return `:${name}`;
          })
          .join(""),
      );
      continue;
    }
    // This segment (and, for a reserved expression, every one after it) is matched by a pattern.
    const rest = reserved ? pathSegments.slice(s) : [segment];
    const pattern = rest
      .map((seg) =>
        seg
          .map((part) => {
            if (typeof part === "string") return escapeRegex(part);
            if (part.style === "label") return "\\.([^/]*?)";
            if (part.style === "matrix") return `;${escapeRegex(part.name)}(?:=([^/;]*?))?`;
            if (part.style === "reserved") return "(.*?)";
            return "([^/]*?)";
          })
          .join(""),
      )
      .join("/");
    const names = rest.flatMap((seg) => seg.filter((p): p is UrlExpression => typeof p !== "string").map((e) => e.name));
    const param = reserved ? "*" : `s${index++}`;
    segments.push({ param, pattern: `^${pattern}$`, names });
    out.push(reserved ? "*" : `:${param}`);
    if (reserved) break;
  }
  return { url: out.join("/") || "/", renamed, segments };
}

function requestBodyOf(store: SchemaStore, op: OperationModel, convert: Convert): { model: ServerRequestBody; schemas: Json | null } | null {
  const body = op.requestBody;
  if (!body) return null;
  const schemas: Json = {};
  const fileFields: ServerRequestBody["fileFields"] = [];
  const pathFields: string[] = [];
  const jsonFields: string[] = [];
  let anyFileField = false;
  for (const { essence, kind, schema, fileParts } of body.media) {
    // Fastify picks a body schema by the request's media type (without parameters), so only exact types can carry one.
    if (essence.includes("*") || essence in schemas) continue;
    if (kind === "json" && schema) schemas[essence] = { schema: convert(schema) };
    if (kind === "form" && schema) schemas[essence] = { schema: { ...convert(schema), "x-coerce": true } };
    if (kind === "multipart") {
      fileFields.push(...fileParts);
      const form = multipartSchema(store, schema, convert, pathFields, jsonFields);
      // A form that declares nothing (no schema, no properties) says nothing about its file parts either.
      if (!form.properties || (Object.keys(form.properties as Json).length === 0 && fileParts.length === 0)) anyFileField = true;
      schemas[essence] = { schema: { ...form, "x-coerce": true } };
    }
  }
  return {
    model: {
      required: body.required,
      // The SDK's media type first, as the model orders them.
      media: body.media.map((m) => ({ mediaType: m.mediaType, kind: m.kind })),
      fileFields: uniqueBy(fileFields, (f) => f.name),
      pathFields: [...new Set(pathFields)],
      anyFileField,
      ...(jsonFields.length ? { jsonFields: [...new Set(jsonFields)] } : {}),
      ...formValueOf(store, body.media),
    },
    schemas: Object.keys(schemas).length ? schemas : null,
  };
}

/** The SDK sends a form whose schema is no object as its text (ServerRequestBody.formValue); null schema: an ordinary form. */
function formValueOf(store: SchemaStore, media: MediaModel[]): Pick<ServerRequestBody, "formValue"> {
  const form = media.find((m) => m.kind === "form");
  if (!form?.schema) return {};
  const shape = parameterShapeOf(store, form.schema);
  return shape?.kind === "object" ? {} : { formValue: shape?.kind === "array" ? "list" : "text" };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(key(i)) && (seen.add(key(i)), true));
}

/** An object schema, or one composed of objects (allOf/oneOf/anyOf of $refs to them). */
function isObjectLike(schema: Json): boolean {
  if (schema.type === "object" || (schema.properties && typeof schema.properties === "object" && schema.type === undefined)) return true;
  return ["allOf", "oneOf", "anyOf"].some((k) => Array.isArray(schema[k]) && (schema[k] as Json[]).length > 0 && schema.type === undefined);
}

const PATH_FIELD = /^(path|file_?path|dest(ination)?(_?path)?|.*_path|.*Path|filename|file_?name|key)$/;

/** The form's text fields as a JSON Schema (coerced from strings); file parts (the model's fileParts) are left out. */
function multipartSchema(store: SchemaStore, schema: unknown, convert: Convert, pathFields: string[], jsonFields: string[]): Json {
  const s = plainSchema(store, schema);
  if (!s?.properties || typeof s.properties !== "object") return { type: "object" };
  const required = new Set(Array.isArray(s.required) ? s.required.map(String) : []);
  const properties: Json = {};
  for (const [name, rawProp] of Object.entries(s.properties as Json)) {
    const prop = plainSchema(store, rawProp) ?? {};
    if (isBinarySchema(store, prop) || (prop.type === "array" && isBinarySchema(store, prop.items))) continue;
    if (prop.type === "string" && PATH_FIELD.test(name)) pathFields.push(name);
    const items = prop.type === "array" ? (plainSchema(store, prop.items) ?? {}) : null;
    if (isObjectLike(prop) || (items && isObjectLike(items))) jsonFields.push(name);
    properties[name] = convert(rawProp);
  }
  const textRequired = [...required].filter((n) => n in properties);
  const out: Json = { type: "object", properties };
  if (textRequired.length) out.required = textRequired;
  if (s.additionalProperties === false) out.additionalProperties = false;
  return out;
}

function responsesOf(declared: ResponseModel[], convert: Convert): ServerResponse[] {
  return declared
    .filter(({ key }) => /^[1-5](\d\d|XX)$/i.test(key) || key === "default")
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ key, media: declaredMedia }) => {
      return {
        key,
        media: declaredMedia.map(({ mediaType, kind, schema }) => {
          const media: ServerResponseMedia = { mediaType, kind };
          // Only JSON bodies of an exact media type are serialized from their schema (Fastify picks the serializer by type).
          if (kind === "json" && schema !== undefined && !mediaType.includes("*")) media.schema = convert(schema);
          return media;
        }),
      };
    });
}

/** Every node the route schemas reference, converted and placed at its own pointer in an otherwise empty document (`$id` id). */
function sharedSchemaOf(store: SchemaStore, refs: Set<string>, convert: Convert, id: string, aliases?: Map<string, string>): Json {
  const out: Json = { $id: id };
  fillSharedSchema(store, out, refs, convert, new Set(), aliases);
  return out;
}
