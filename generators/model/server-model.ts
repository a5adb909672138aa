/**
 * server-model: the facts the server generator needs beyond the shared model,
 * computed from the model (and `model.document`) only: per operation the
 * Fastify URL, the request JSON Schemas (path, query, headers, body) for the
 * request direction, the security alternatives, and the declared responses
 * with their media types. Component schemas that the route schemas reference
 * are collected into one sparse document so refs stay refs (cycles are fine).
 */
import { authFromScheme, type Model, type OperationModel } from "./model.js";
import { atPointer, isRef, resolveRef, setAtPointer, type Json, mergedParameters } from "../load/refs.js";
import { dedupe, pascalCase, safeIdentifier, camelCase, methodNameFromRoute } from "./identifiers.js";
import { convertSchema, type Dialect, RESPONSE_SCHEMA_ID, SPEC_SCHEMA_ID } from "./json-schema.js";
import { errorCodesOf } from "./error-codes.js";
import { markUnserializable } from "./serializable.js";
import type {
  BodyKind,
  ServerMediaType,
  ServerModel,
  ServerOperation,
  ServerRequestBody,
  ServerResponse,
  ServerResponseMedia,
  ServerSecurityScheme,
} from "./server-types.js";

export type * from "./server-types.js";

export function buildServerModel(model: Model): ServerModel {
  const document = model.document as Json;
  const dialect: Dialect = String(document.openapi ?? "3.0").startsWith("3.1") ? "2020-12" : "draft-07";
  const refs = new Set<string>();
  const convert = (schema: unknown) => convertSchema(schema, { document, dialect, direction: "request", refs });
  const responseRefs = new Set<string>();
  const aliases = new Map<string, string>();
  const convertResponse = (schema: unknown) => convertSchema(schema, { document, dialect, direction: "response", refs: responseRefs, aliases });
  const handlerNames = dedupe(model.operations, (op) => handlerNameOf(op), ["constructor", "__proto__", "prototype", "toString", "hasOwnProperty"]);
  const typeNames = dedupe(model.operations, (op) => safeIdentifier(pascalCase(handlerNames.get(op)!) || "Operation", "Operation"), RESERVED_TYPE_NAMES);
  const securitySchemes = securitySchemesOf(document);
  const operations = model.operations.map((op) =>
    serverOperation(document, op, handlerNames.get(op)!, typeNames.get(op)!, convert, convertResponse, securitySchemes),
  );
  const responseSchema = sharedSchemaOf(document, responseRefs, convertResponse, RESPONSE_SCHEMA_ID, aliases);
  const warnings = markUnserializable(operations, responseSchema);
  const base = camelCase(model.clientName) || "api";
  return {
    pluginName: safeIdentifier(`${base}Routes`),
    handlersType: `${model.clientName}Handlers`,
    optionsType: `${model.clientName}RoutesOptions`,
    dialect,
    sharedSchema: sharedSchemaOf(document, refs, convert, SPEC_SCHEMA_ID),
    responseSchema,
    errorCodes: errorCodesOf(document, model.operations),
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
  document: Json,
  op: OperationModel,
  handlerName: string,
  typeName: string,
  convert: Convert,
  convertResponse: Convert,
  securitySchemes: Record<string, ServerSecurityScheme>,
): ServerOperation {
  const item = resolveRef(document, (document.paths as Json)[op.path]) as Json;
  const raw = item[op.method] as Json;
  const params = mergedParameters(document, item, raw);
  const { url, renamed } = fastifyUrl(op.path);
  const byIn = (where: string) => params.filter((p) => p.in === where);
  // Authorization, Accept and Content-Type are described elsewhere in OpenAPI: never validated as parameters.
  const ignoredHeaders = new Set(["authorization", "accept", "content-type"]);
  const headerParams = byIn("header").filter((p) => !ignoredHeaders.has(String(p.name).toLowerCase()));
  const fastifyNameOf = new Map(Object.entries(renamed).map(([fastifyName, specName]) => [specName, fastifyName]));
  const schema: ServerOperation["schema"] = {};
  const pathParams = byIn("path");
  if (pathParams.length) schema.params = objectSchema(pathParams, (p) => fastifyNameOf.get(String(p.name)) ?? String(p.name), convert, true);
  const queryParams = byIn("query");
  if (queryParams.length) schema.querystring = objectSchema(queryParams, (p) => String(p.name), convert, false);
  if (headerParams.length) schema.headers = objectSchema(headerParams, (p) => String(p.name).toLowerCase(), convert, false);
  const body = requestBodyOf(document, raw.requestBody, convert);
  // Fastify refuses a body schema on GET and HEAD (a body there has no defined meaning in HTTP).
  if (body?.schemas && op.method !== "get" && op.method !== "head") schema.body = { content: body.schemas };
  return {
    handlerName,
    typeName,
    method: op.method.toUpperCase(),
    path: op.path,
    url,
    renamedParams: renamed,
    summary: op.summary,
    description: op.description,
    deprecated: op.deprecated,
    hasPathParams: pathParams.length > 0,
    hasQueryParams: queryParams.length > 0,
    hasHeaderParams: headerParams.length > 0,
    defaultedQuery: queryParams.filter((p) => plainSchema(document, p.schema)?.default !== undefined && !isDeepObject(document, p)).map((p) => String(p.name)),
    commaQuery: queryParams
      .filter((p) => p.explode === false && (p.style ?? "form") === "form" && plainSchema(document, p.schema)?.type === "array")
      .map((p) => String(p.name)),
    schema,
    body: body?.model ?? null,
    ...securityOf(document, raw, securitySchemes),
    responses: responsesOf(document, raw.responses, convertResponse),
  };
}

function plainSchema(document: Json, schema: unknown): Json | undefined {
  const s = resolveRef(document, schema);
  return s && typeof s === "object" ? (s as Json) : undefined;
}

function isDeepObject(document: Json, param: Json): boolean {
  const s = plainSchema(document, param.schema);
  return param.style === "deepObject" || (param.in === "query" && (s?.type === "object" || !!s?.properties));
}

function objectSchema(params: Json[], nameOf: (p: Json) => string, convert: Convert, allRequired: boolean): Json {
  const properties: Json = {};
  const required: string[] = [];
  for (const p of params) {
    const name = nameOf(p);
    // Objects in a query (deepObject, form-exploded objects) are not parsed by Fastify's query parser: not validated.
    const unparsed = p.in === "query" && (p.style === "deepObject" || isObjectSchema(p.schema));
    properties[name] = p.schema && !unparsed ? convert(p.schema) : {};
    if ((allRequired || p.required === true) && !unparsed) required.push(name);
  }
  return required.length ? { type: "object", properties, required } : { type: "object", properties };
}

function isObjectSchema(schema: unknown): boolean {
  return !!schema && typeof schema === "object" && ((schema as Json).type === "object" || !!(schema as Json).properties);
}

/** `/a/{b}/c` → `/a/:b/c`; names Fastify can't take are renamed p0, p1…; literal `:` is escaped. */
export function fastifyUrl(path: string): { url: string; renamed: Record<string, string> } {
  const renamed: Record<string, string> = {};
  let index = 0;
  const parts = path.split(/(\{[^}]*\})/);
  const url = parts
    .map((part, i) => {
      const m = /^\{([^}]*)\}$/.exec(part);
      if (!m) return part.replace(/:/g, "::");
      const next = parts[i + 1] ?? "";
      // A param name ends at `-`, `.` or `/` in find-my-way; anything else after it would extend the name.
      const safe = /^[A-Za-z_][A-Za-z0-9_]*$/.test(m[1]) && (next === "" || /^[/.-]/.test(next));
      const name = safe ? m[1] : `p${index}`;
      index++;
      if (!safe) renamed[name] = m[1];
      return `:${name}`;
    })
    .join("");
  return { url, renamed };
}

export function bodyKindOf(mediaType: string, schema: unknown, document: Json): BodyKind {
  const t = mediaType.toLowerCase().split(";")[0].trim();
  const s = plainSchema(document, schema);
  const binary = !!s && (s.format === "binary" || (s.contentMediaType !== undefined && s.type === "string" && !s.properties));
  if (t.startsWith("multipart/")) return "multipart";
  if (t === "application/x-www-form-urlencoded") return "form";
  if (/[/+]json$/.test(t) || t === "application/json") return "json";
  if (t.startsWith("text/") && !binary) return "text";
  if (t === "*/*" && s && !binary && s.type !== "string") return "json";
  return "binary";
}

function requestBodyOf(document: Json, raw: unknown, convert: Convert): { model: ServerRequestBody; schemas: Json | null } | null {
  const body = plainSchema(document, raw);
  if (!body?.content || typeof body.content !== "object") return null;
  const content = body.content as Record<string, Json>;
  const media: ServerMediaType[] = [];
  const schemas: Json = {};
  const fileFields: ServerRequestBody["fileFields"] = [];
  const pathFields: string[] = [];
  let anyFileField = false;
  for (const mediaType of Object.keys(content)) {
    const schema = content[mediaType]?.schema;
    const kind = bodyKindOf(mediaType, schema, document);
    media.push({ mediaType, kind });
    // Fastify picks a body schema by the request's media type, so only exact types can carry one.
    const exact = !mediaType.includes("*");
    if (kind === "json" && schema && exact) schemas[mediaType] = { schema: convert(schema) };
    if (kind === "form" && schema && exact) schemas[mediaType] = { schema: { ...convert(schema), "x-coerce": true } };
    if (kind === "multipart" && exact) {
      const form = multipartSchema(document, schema, convert, fileFields, pathFields);
      // A form that declares nothing (no schema, no properties) says nothing about its file parts either.
      if (!form.properties || (Object.keys(form.properties as Json).length === 0 && fileFields.length === 0)) anyFileField = true;
      schemas[mediaType] = { schema: { ...form, "x-coerce": true } };
    }
  }
  // The preferred media type first (JSON, then forms, then the rest), as the SDK sends it.
  const rank: Record<BodyKind, number> = { json: 0, multipart: 1, form: 2, text: 3, binary: 4 };
  media.sort((a, b) => rank[a.kind] - rank[b.kind]);
  return {
    model: { required: body.required === true, media, fileFields: uniqueBy(fileFields, (f) => f.name), pathFields: [...new Set(pathFields)], anyFileField },
    schemas: Object.keys(schemas).length ? schemas : null,
  };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(key(i)) && (seen.add(key(i)), true));
}

const PATH_FIELD = /^(path|file_?path|dest(ination)?(_?path)?|.*_path|.*Path|filename|file_?name|key)$/;

/** The form's text fields as a JSON Schema (coerced from strings); file parts are set aside. */
function multipartSchema(document: Json, schema: unknown, convert: Convert, fileFields: ServerRequestBody["fileFields"], pathFields: string[]): Json {
  const s = plainSchema(document, schema);
  if (!s?.properties || typeof s.properties !== "object") return { type: "object" };
  const required = new Set(Array.isArray(s.required) ? s.required.map(String) : []);
  const properties: Json = {};
  for (const [name, rawProp] of Object.entries(s.properties as Json)) {
    const prop = plainSchema(document, rawProp) ?? {};
    const isBinary = (x: Json | undefined) =>
      !!x && x.type === "string" && (x.format === "binary" || (x.format === "byte" && false) || x.contentMediaType !== undefined);
    if (isBinary(prop) || (prop.type === "array" && isBinary(plainSchema(document, prop.items)))) {
      fileFields.push({ name, array: prop.type === "array", required: required.has(name) });
      continue;
    }
    if (prop.type === "string" && PATH_FIELD.test(name)) pathFields.push(name);
    properties[name] = convert(rawProp);
  }
  const textRequired = [...required].filter((n) => n in properties);
  const out: Json = { type: "object", properties };
  if (textRequired.length) out.required = textRequired;
  if (s.additionalProperties === false) out.additionalProperties = false;
  return out;
}

function securityOf(document: Json, op: Json, schemes: Record<string, ServerSecurityScheme>): Pick<ServerOperation, "security" | "anonymous"> {
  const list = Array.isArray(op.security) ? op.security : Array.isArray(document.security) ? document.security : [];
  const alternatives: ServerOperation["security"] = [];
  let anonymous = list.length === 0;
  for (const requirement of list as Json[]) {
    const names = Object.keys(requirement ?? {});
    if (names.length === 0) {
      anonymous = true;
      continue;
    }
    // A requirement naming a scheme the server can't check (mutualTLS, unknown) can't be met by a token.
    if (!names.every((n) => schemes[n])) continue;
    alternatives.push(names.map((scheme) => ({ scheme, scopes: Array.isArray(requirement[scheme]) ? (requirement[scheme] as unknown[]).map(String) : [] })));
  }
  if (alternatives.length === 0 && list.length > 0 && !anonymous) anonymous = true;
  return { security: alternatives, anonymous };
}

function securitySchemesOf(document: Json): Record<string, ServerSecurityScheme> {
  const raw = ((document.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, unknown>;
  const out: Record<string, ServerSecurityScheme> = {};
  for (const [name, value] of Object.entries(raw)) {
    const s = plainSchema(document, value);
    const auth = s && authFromScheme(s);
    if (auth && auth.type !== "none") out[name] = auth;
  }
  return out;
}

function responsesOf(document: Json, raw: unknown, convert: Convert): ServerResponse[] {
  const responses = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  return Object.keys(responses)
    .filter((key) => /^[1-5](\d\d|XX)$/i.test(key) || key === "default")
    .sort()
    .map((key) => {
      const response = plainSchema(document, responses[key]);
      const content = (response?.content && typeof response.content === "object" ? response.content : {}) as Record<string, Json>;
      return {
        key,
        media: Object.keys(content).map((mediaType) => {
          const schema = content[mediaType]?.schema;
          const kind = bodyKindOf(mediaType, schema, document);
          const media: ServerResponseMedia = { mediaType, kind };
          // Only JSON bodies of an exact media type are serialized from their schema (Fastify picks the serializer by type).
          if (kind === "json" && schema !== undefined && !mediaType.includes("*")) media.schema = convert(schema);
          return media;
        }),
      };
    });
}

/**
 * Every node the route schemas reference, converted for requests and placed at
 * its own pointer in an otherwise empty document (`$id` SPEC_SCHEMA_ID).
 */
function sharedSchemaOf(document: Json, refs: Set<string>, convert: Convert, id: string, aliases?: Map<string, string>): Json {
  const out: Json = { $id: id };
  const done = new Set<string>();
  // Converting a target can reveal more refs: loop until none are new.
  for (let pending = [...refs]; pending.length; pending = [...refs].filter((r) => !done.has(r))) {
    for (const pointer of pending) {
      done.add(pointer);
      const target = atPointer(document, pointer);
      if (target === undefined || (isRef(target) && (target as Json).$ref === pointer)) continue;
      // Converted first: converting can add aliases (and refs) of its own.
      const converted = convert(target);
      setAtPointer(out, aliases?.get(pointer) ?? pointer, converted);
    }
  }
  return out;
}
