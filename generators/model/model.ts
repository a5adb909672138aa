/**
 * model: the one intermediate description every generator reads. Built once
 * from the bundled document; every fact a generator needs (media kinds, SDK
 * argument shape, security, URL templates, pagination…) is computed here,
 * once. Refs are followed through `model.refs` (schema-store.ts), which
 * never hands out the document. `model.bundled` carries the document itself
 * only for the outputs that republish it (types via openapi-typescript, the
 * docs' openapi.json and Redoc page, the Postman converter, Prism).
 */
import path from "node:path";
import { resolveOperationNames } from "./operation-names.js";
import { clientNameFromTitle, pascalCase, safeIdentifier, dedupe, camelCase, GLOBAL_NAMES } from "./identifiers.js";
import { resolveRef, isRef, type Json, mergedParameters, pointerSegment } from "../load/refs.js";
import { parsePathTemplate } from "../load/path-template.js";
import { SpecError } from "../load/spec-error.js";
import { lineOf } from "../load/locate.js";
import { isBinarySchema, mediaEssence, mediaKindOf, mediaRank } from "./media.js";
import { componentReadWriteMarks, readWriteMarksOf } from "./read-write-marks.js";
import { HTTP_METHODS, type HttpMethod } from "../load/http-methods.js";
import { RESERVED_EXPORTS } from "./reserved-names.js";
import { parameterShapeOf } from "./parameter-shape.js";
import { schemaStoreOf, type SchemaStore } from "./schema-store.js";
import { errorCodesOf } from "./error-codes.js";
import { examplesOf, responsesOf } from "./responses.js";
import type {
  AuthModel,
  Model,
  ModelOptions,
  OperationModel,
  PaginationModel,
  ParameterModel,
  RequestBodyModel,
  ResourceModel,
  SchemaModel,
  ServerModel,
  SuccessResponseModel,
  BodyKind,
  BodyType,
  FilePart,
  MediaModel,
  ParseAs,
  SdkInputShape,
  UrlExpression,
} from "./types.js";

export type * from "./types.js";

export function buildModel(document: Record<string, unknown>, options: ModelOptions): Model {
  const info = (document.info ?? {}) as Record<string, unknown>;
  const title = typeof info.title === "string" ? info.title : "";
  let clientName = safeIdentifier(options.name ? pascalCase(options.name) || "Client" : clientNameFromTitle(title), "Client");
  // The entry file exports the runtime's names too: the client class must not shadow one.
  if (RESERVED_EXPORTS.includes(clientName) || GLOBAL_NAMES.has(clientName) || clientName === "default") clientName = `${clientName}Client`;
  const warnings: string[] = [];
  const relative = path.relative(process.cwd(), options.specFile) || options.specFile;
  const warn = (pointer: string, message: string) => warnings.push(`${relative} (${pointer}): ${message}`);
  const securitySchemes = securitySchemesOf(document);
  warnEmptyEnums(document, warn);
  // The store every later caller holding this document gets too (json-schema, the mock): one cache of resolved pointers.
  const refs = schemaStoreOf(document);
  const raw = collectOperations(document, refs, warn, securitySchemes);
  assignDispatch(raw, options.specFile, warn);
  const operations = resolveOperationNames(raw, options.specFile);
  const auth = authOf(document);
  for (const op of operations) op.sdkAuth = sdkAuthOf(op, auth, securitySchemes);
  const schemas = collectSchemas(document, operations);
  let errorCodes: Model["errorCodes"] | undefined;
  return {
    specFileName: path.basename(options.specFile),
    specFile: options.specFile,
    title,
    version: typeof info.version === "string" || typeof info.version === "number" ? String(info.version) : "0.0.0",
    clientName,
    baseUrl: baseUrlOf(document),
    servers: serversOf(document),
    auth,
    securitySchemes,
    operations,
    schemas,
    // Resource classes share files with model aliases: keep their names apart.
    resources: buildResourceTree(
      operations.filter((op) => op.inSdk),
      [clientName, ...schemas.flatMap((s) => [s.typeName, s.requestTypeName ?? "", s.responseTypeName ?? ""])],
    ),
    errorSchema: errorSchemaOf(document),
    // Made on first read (it reads every operation's responses): the server's fact.
    get errorCodes() {
      if (errorCodes === undefined) errorCodes = errorCodesOf(refs, operations);
      return errorCodes;
    },
    refs,
    warnings,
    bundled: document,
  };
}

type Warn = (pointer: string, message: string) => void;

/**
 * `enum: []` allows no value by the letter of JSON Schema, but real specs
 * (Discord's) write it for "no known values yet": the server and mock read
 * it as no constraint (json-schema.ts). Said once, with the first pointers.
 */
function warnEmptyEnums(document: Json, warn: Warn): void {
  const found: string[] = [];
  const seen = new Set<object>();
  const walk = (node: unknown, pointer: string): void => {
    if (!node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${pointer}/${i}`));
      return;
    }
    const obj = node as Json;
    if (Array.isArray(obj.enum) && obj.enum.length === 0) found.push(`${pointer}/enum`);
    for (const key of Object.keys(obj)) if (key !== "enum" && key !== "example" && key !== "examples") walk(obj[key], `${pointer}/${pointerSegment(key)}`);
  };
  walk(document.paths, "#/paths");
  walk(document.components, "#/components");
  if (found.length === 0) return;
  const more = found.length > 3 ? ` and ${found.length - 3} more` : "";
  warn(
    found[0]!,
    `\`enum: []\` lists no values (${found.slice(0, 3).join(", ")}${more}): read as "no known values yet", so the server accepts any value of the type.`,
  );
}
type Schemes = Model["securitySchemes"];

function collectOperations(document: Json, refs: SchemaStore, warn: Warn, schemes: Schemes): OperationModel[] {
  const paths = (document.paths ?? {}) as Record<string, Json>;
  const out: OperationModel[] = [];
  for (const routePath of Object.keys(paths)) {
    const item = resolveRef(document, paths[routePath]) as Json;
    if (!item || typeof item !== "object") continue;
    for (const method of HTTP_METHODS) {
      const op = item[method] as Json | undefined;
      if (!op || typeof op !== "object") continue;
      out.push(operationModel(document, refs, routePath, method, item, op, warn, schemes));
    }
  }
  return out;
}

/** Methods fetch refuses to send (it throws before any request). */
const UNSENDABLE = new Set(["trace", "connect", "track"]);
/** Methods whose request body has no defined meaning: OAS 3.0 says to ignore one, fetch refuses to send one. */
const BODILESS = new Set(["get", "head"]);

const STYLE_OF_OPERATOR: Record<string, UrlExpression["style"]> = { "": "simple", "+": "reserved", ".": "label", ";": "matrix", "/": "simple" };

function operationModel(
  document: Json,
  refs: SchemaStore,
  routePath: string,
  method: HttpMethod,
  item: Json,
  op: Json,
  warn: Warn,
  schemes: Schemes,
): OperationModel {
  const pointer = `#/paths/${pointerSegment(routePath)}/${method}`;
  const params = mergedParameters(document, item, op);
  const template = parsePathTemplate(routePath);
  const expressions = new Map(template.parts.flatMap((p) => (typeof p === "string" ? [] : [[p.name, p] as const])));
  const param = (p: Json): ParameterModel => {
    const expression = p.in === "path" ? expressions.get(String(p.name)) : undefined;
    // The template's operator says how the value is spelled; without one, the parameter's `style` does.
    const style = expression?.operator ? STYLE_OF_OPERATOR[expression.operator] : typeof p.style === "string" ? p.style : undefined;
    return {
      name: String(p.name),
      identifier: "",
      required: p.in === "path" ? true : p.required === true,
      description: typeof p.description === "string" ? p.description : undefined,
      deprecated: p.deprecated === true,
      simpleType: simpleTypeOf(resolveRef(document, p.schema) as Json | undefined),
      schema: p.schema,
      style,
      explode: expression?.explode || p.explode === true ? true : typeof p.explode === "boolean" ? p.explode : undefined,
      shape: parameterShapeOf(refs, p.schema),
      ...examplesOf(refs, p),
    };
  };
  // Path params in the order they appear in the path, not the order declared.
  const order = [...expressions.keys()];
  const declared = params.filter((p) => p.in === "path" && expressions.has(String(p.name)));
  // A template name the spec never declares (load warns): a required string.
  for (const name of order) {
    if (!declared.some((p) => p.name === name)) declared.push({ name, in: "path", required: true, schema: { type: "string" } });
  }
  const pathParams = declared.sort((a, b) => order.indexOf(String(a.name)) - order.indexOf(String(b.name))).map(param);
  const identifiers = dedupe(pathParams, (p) => safeIdentifier(camelCase(p.name), "param"), ["options", "params", "body", "query"]);
  for (const p of pathParams) p.identifier = identifiers.get(p)!;
  const urlParts = template.parts.flatMap((part): OperationModel["urlParts"] => {
    if (typeof part === "string") return [part];
    const p = pathParams.find((x) => x.name === part.name)!;
    const style = (p.style === "label" || p.style === "matrix" || p.style === "reserved" ? p.style : "simple") as UrlExpression["style"];
    const expression: UrlExpression = { name: part.name, style, explode: p.explode === true };
    return part.operator === "/" ? ["/", expression] : [expression];
  });
  const responses = (op.responses ?? {}) as Record<string, Json>;
  const statuses = Object.keys(responses).sort();
  const xPagination = op["x-pagination"] as Json | undefined;
  let requestBody = requestBodyModel(document, refs, op.requestBody);
  if (requestBody && BODILESS.has(method)) {
    warn(
      `${pointer}/requestBody`,
      `a request body on ${method.toUpperCase()} has no defined meaning (OpenAPI 3.0 says to ignore it, fetch can't send one): dropped, the SDK sends none and the server expects none.`,
    );
    requestBody = null;
  }
  const inSdk = !UNSENDABLE.has(method);
  if (!inSdk) warn(pointer, `fetch cannot send ${method.toUpperCase()}: the SDK has no method for this operation (the server still serves it).`);
  const queryParams = params.filter((p) => p.in === "query").map(param);
  let declaredResponses: OperationModel["responses"] | undefined;
  return {
    operationId: typeof op.operationId === "string" ? op.operationId : null,
    method,
    path: routePath,
    pointer,
    urlParts,
    urlTemplate: urlParts.map((p) => (typeof p === "string" ? p : templateText(p))).join(""),
    dispatch: null,
    inSdk,
    sdkInput: sdkInputShape(queryParams.length > 0, requestBody),
    ...securityOf(document, op, schemes),
    sdkAuth: null,
    shadowedBy: null,
    summary: typeof op.summary === "string" ? op.summary : undefined,
    description: typeof op.description === "string" ? op.description : undefined,
    deprecated: op.deprecated === true,
    tags: Array.isArray(op.tags) ? op.tags.map(String) : [],
    pathParams,
    queryParams,
    headerParams: params.filter((p) => p.in === "header").map(param),
    requestBody,
    success: successModel(document, refs, responses, statuses),
    errorStatuses: statuses.filter((s) => /^[45]/.test(s) || s === "default"),
    // Made on first read: only the server, docs, MSW and mock need them, not the types and client.
    get responses() {
      declaredResponses ??= responsesOf(refs, `${pointer}/responses`, responses);
      return declaredResponses;
    },
    pagination:
      xPagination && typeof xPagination === "object" && typeof xPagination.items === "string"
        ? pick(xPagination, ["items", "total", "limit", "offset", "page"])
        : null,
    resource: [],
    methodName: "",
    sdkResource: typeof op["x-sdk-resource"] === "string" ? op["x-sdk-resource"] : null,
    sdkMethod: typeof op["x-sdk-method"] === "string" ? op["x-sdk-method"] : null,
  };
}

/** An expression in openapi-fetch's spelling (it reads `.`, `;` and `*`; the SDK's request-url reads `+`). */
function templateText(e: UrlExpression): string {
  const prefix = { simple: "", label: ".", matrix: ";", reserved: "+" }[e.style];
  return `{${prefix}${e.name}${e.explode ? "*" : ""}}`;
}

/**
 * The SDK's argument rule: path params first, then ONE object — the query
 * alone, the body alone, both merged (an object body without a `query`
 * property of its own gets one), or `{ body, query }`.
 */
function sdkInputShape(hasQuery: boolean, body: RequestBodyModel | null): SdkInputShape {
  if (!body) return hasQuery ? "query" : "none";
  if (!hasQuery) return "body";
  return body.isObject && body.bodyType !== "binary" && body.bodyType !== "text" ? "merged" : "split";
}

/**
 * Operations that share METHOD and URL once fragments are dropped (Box's
 * `/files/{id}` and `/files/{id}#get_shared_link`) are told apart by the
 * query parameters each requires; two that require the same ones can't be.
 */
function assignDispatch(operations: OperationModel[], specFile: string, warn: (pointer: string, message: string) => void): void {
  const groups = new Map<string, OperationModel[]>();
  for (const op of operations) {
    const key = `${op.method} ${op.urlParts.map((p) => (typeof p === "string" ? p : `{${p.style}}`)).join("")}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(op);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const seen = new Map<string, OperationModel>();
    for (const op of group) {
      const requiredQuery = op.queryParams
        .filter((p) => p.required)
        .map((p) => p.name)
        .sort();
      const signature = requiredQuery.join("&");
      const other = seen.get(signature);
      // No fragment on either: the same template with other parameter names, which OpenAPI forbids. Real
      // documents have it; the SDK still works, the server serves the first.
      if (other && !op.path.includes("#") && !other.path.includes("#")) {
        op.shadowedBy = other.pointer;
        warn(
          op.pointer,
          `${op.method.toUpperCase()} ${op.path} is ${op.method.toUpperCase()} ${other.path} with other parameter names (OpenAPI forbids two such paths): the SDK has both methods, the generated server serves only the first.`,
        );
        continue;
      }
      if (other) {
        const relative = path.relative(process.cwd(), specFile) || specFile;
        const line = lineOf(specFile, op.pointer);
        throw new SpecError(
          `${relative}${line ? `:${line}` : ""} (${other.pointer} and ${op.pointer}): ${op.method.toUpperCase()} ${other.path} and ${op.method.toUpperCase()} ${op.path} are the same URL once the fragment is dropped, and no required query parameter tells them apart${requiredQuery.length ? ` (both require ${requiredQuery.join(", ")})` : ""}. Give one of them a required query parameter the other lacks, or a path of its own.`,
          specFile,
          op.pointer,
        );
      }
      seen.set(signature, op);
      op.dispatch = { requiredQuery };
    }
  }
}

function securityOf(document: Json, op: Json, schemes: Schemes): Pick<OperationModel, "security" | "anonymous"> {
  const list = Array.isArray(op.security) ? op.security : Array.isArray(document.security) ? document.security : [];
  const alternatives: OperationModel["security"] = [];
  let anonymous = list.length === 0;
  for (const requirement of list as Json[]) {
    const names = Object.keys(requirement ?? {});
    if (names.length === 0) {
      anonymous = true;
      continue;
    }
    // A requirement naming a scheme no token can meet (mutualTLS, unknown) is left out.
    if (!names.every((n) => schemes[n])) continue;
    alternatives.push(names.map((scheme) => ({ scheme, scopes: Array.isArray(requirement[scheme]) ? (requirement[scheme] as unknown[]).map(String) : [] })));
  }
  if (alternatives.length === 0 && list.length > 0 && !anonymous) anonymous = true;
  return { security: alternatives, anonymous };
}

function securitySchemesOf(document: Json): Schemes {
  const raw = ((document.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, unknown>;
  const out: Schemes = {};
  for (const [name, value] of Object.entries(raw)) {
    const s = resolveRef(document, value) as Json | undefined;
    const auth = s && typeof s === "object" ? authFromScheme(s) : null;
    if (auth && auth.type !== "none") out[name] = auth;
  }
  return out;
}

function simpleTypeOf(schema: Json | undefined): ParameterModel["simpleType"] {
  if (!schema || typeof schema !== "object" || schema.enum || schema.const !== undefined || schema.nullable) return null;
  if (schema.type === "string") return "string";
  if (schema.type === "integer" || schema.type === "number") return "number";
  if (schema.type === "boolean") return "boolean";
  return null;
}

function pick(obj: Json, keys: (keyof PaginationModel)[]): PaginationModel {
  const out: Record<string, string> = {};
  for (const k of keys) if (typeof obj[k] === "string") out[k] = obj[k] as string;
  return out as unknown as PaginationModel;
}

/** Prefer JSON, then the forms a client can build, then anything. */
function chooseMediaType(refs: SchemaStore, content: Record<string, Json>): string | null {
  const keys = Object.keys(content);
  const rank = (k: string) => mediaRank(k, mediaKindOf(k, content[k]?.schema, refs));
  return [...keys].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))[0] ?? null;
}

const SDK_BODY_TYPE: Record<BodyKind, BodyType> = { json: "json", multipart: "multipart", form: "form-urlencoded", text: "text", binary: "binary" };

function filePartsOf(refs: SchemaStore, schema: Json | undefined): FilePart[] {
  const out: FilePart[] = [];
  if (!schema || typeof schema.properties !== "object") return out;
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const props = schema.properties as Record<string, Json>;
  for (const name of Object.keys(props)) {
    const prop = refs.resolve(props[name]) as Json;
    if (isBinarySchema(refs, prop)) out.push({ name, array: false, required: required.has(name) });
    else if (prop?.type === "array" && isBinarySchema(refs, prop.items)) out.push({ name, array: true, required: required.has(name) });
  }
  return out;
}

function requestBodyModel(document: Json, refs: SchemaStore, raw: unknown): RequestBodyModel | null {
  const body = refs.resolve(raw) as Json | undefined;
  if (!body || typeof body !== "object" || !body.content || typeof body.content !== "object") return null;
  const content = body.content as Record<string, Json>;
  const contentType = chooseMediaType(refs, content);
  if (!contentType) return null;
  const media: MediaModel[] = Object.keys(content).map((mediaType) => {
    const mediaSchema = content[mediaType]?.schema;
    const kind = mediaKindOf(mediaType, mediaSchema, refs);
    const fileParts = kind === "multipart" ? filePartsOf(refs, refs.resolve(mediaSchema) as Json | undefined) : [];
    return { mediaType, essence: mediaEssence(mediaType), kind, schema: mediaSchema, fileParts, ...examplesOf(refs, content[mediaType]) };
  });
  media.sort((a, b) => (a.mediaType === contentType ? -1 : b.mediaType === contentType ? 1 : mediaRank(a.mediaType, a.kind) - mediaRank(b.mediaType, b.kind)));
  const sent = media[0]!;
  const schema = refs.resolve(sent.schema) as Json | undefined;
  return {
    contentType,
    kind: sent.kind,
    bodyType: SDK_BODY_TYPE[sent.kind],
    media,
    required: body.required === true,
    schemaRef: schemaRefName(sent.schema),
    isObject: !!schema && typeof schema === "object" && (schema.type === "object" || typeof schema.properties === "object") && !Array.isArray(schema.type),
    binaryFields: sent.fileParts,
    readWriteMarked: isMarked(document, sent.schema),
  };
}

function successModel(document: Json, refs: SchemaStore, responses: Record<string, Json>, statuses: string[]): SuccessResponseModel {
  const ok = statuses.filter((s) => /^2(\d\d|XX)$/i.test(s));
  const status = ok[0];
  if (status === undefined) return { status: 200, contentType: null, parseAs: "json", schemaRef: null, readWriteMarked: false };
  const typeKey: number | string = /^\d+$/.test(status) ? Number(status) : status;
  const response = refs.resolve(responses[status]) as Json | undefined;
  const content = (response?.content ?? {}) as Record<string, Json>;
  const contentType = chooseMediaType(refs, content);
  if (!contentType) return { status: typeKey, contentType: null, parseAs: "json", schemaRef: null, readWriteMarked: false };
  const media = (content[contentType] ?? {}) as Json;
  const kind = mediaKindOf(contentType, media.schema, refs);
  // `*/*` declared as a string reads as text; any other byte body streams.
  const anything = mediaEssence(contentType) === "*/*";
  const parseAs: ParseAs =
    kind === "json" || (anything && !isStringSchema(refs, media.schema))
      ? "json"
      : kind === "text" || (anything && !isBinarySchema(refs, media.schema))
        ? "text"
        : "stream";
  return { status: typeKey, contentType, parseAs, schemaRef: schemaRefName(media.schema), readWriteMarked: isMarked(document, media.schema) };
}

function isMarked(document: Json, schema: unknown): boolean {
  const marks = readWriteMarksOf(document, schema);
  return marks.readOnly || marks.writeOnly;
}

function isStringSchema(refs: SchemaStore, schema: unknown): boolean {
  const s = refs.resolve(schema) as Json | undefined;
  return !!s && s.type === "string";
}

function schemaRefName(schema: unknown): string | null {
  if (!isRef(schema)) return null;
  const m = /^#\/components\/schemas\/([^/]+)$/.exec(schema.$ref);
  return m ? decodeURIComponent(m[1]).replace(/~1/g, "/").replace(/~0/g, "~") : null;
}

function collectSchemas(document: Json, operations: OperationModel[]): SchemaModel[] {
  const components = (document.components ?? {}) as Json;
  const schemas = (components.schemas ?? {}) as Record<string, Json>;
  const inRequest = new Set(operations.map((o) => o.requestBody?.schemaRef).filter((n): n is string => !!n));
  const inResponse = new Set(operations.map((o) => o.success.schemaRef).filter((n): n is string => !!n));
  const names = Object.keys(schemas).sort();
  const typeNames = dedupe(
    names,
    (n) => {
      const base = safeIdentifier(pascalCase(n) || "Schema", "Schema");
      return GLOBAL_NAMES.has(base) ? `${base}Model` : base;
    },
    RESERVED_EXPORTS,
  );
  const taken = new Set(typeNames.values());
  const allMarks = componentReadWriteMarks(document);
  return names.map((name) => {
    const raw = schemas[name];
    const schema = (resolveRef(document, raw) ?? {}) as Json;
    const marks = allMarks.get(name) ?? { readOnly: false, writeOnly: false };
    const typeName = typeNames.get(name)!;
    const enumValues = Array.isArray(schema.enum) ? (schema.enum as Json[]) : null;
    const usedInRequest = inRequest.has(name);
    const usedInResponse = inResponse.has(name);
    let requestTypeName: string | null = null;
    let responseTypeName: string | null = typeName;
    if (enumValues) requestTypeName = typeName;
    else if (usedInRequest && !usedInResponse) [requestTypeName, responseTypeName] = [typeName, null];
    else if (usedInRequest && (marks.readOnly || marks.writeOnly)) {
      requestTypeName = `${typeName}Input`;
      for (let n = 2; taken.has(requestTypeName); n++) requestTypeName = `${typeName}Input${n}`;
      taken.add(requestTypeName);
    } else if (usedInRequest) requestTypeName = typeName;
    return {
      name,
      typeName,
      description: typeof schema.description === "string" ? schema.description : undefined,
      deprecated: schema.deprecated === true,
      enumValues,
      hasReadOnly: marks.readOnly,
      hasWriteOnly: marks.writeOnly,
      requestTypeName,
      responseTypeName,
    };
  });
}

function errorSchemaOf(document: Json): Model["errorSchema"] {
  const schemas = ((document.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  const name = ["Error", "ErrorResponse", "ApiError", "APIError", "Problem", "ProblemDetails"].find((n) => {
    const props = schemas[n]?.properties as Json | undefined;
    return !!props && (props.error !== undefined || props.code !== undefined);
  });
  if (!name) return null;
  const props = schemas[name]!.properties as Json;
  return { name, codeField: props.error !== undefined ? "error" : "code", hasDetails: props.details !== undefined };
}

function baseUrlOf(document: Json): string {
  const servers = document.servers;
  if (!Array.isArray(servers) || servers.length === 0) return "";
  const first = servers[0] as Json;
  let url = typeof first?.url === "string" ? first.url : "";
  const vars = (first?.variables ?? {}) as Record<string, Json>;
  url = url.replace(/\{([^}]+)\}/g, (whole, name: string) => (vars[name] && vars[name].default !== undefined ? String(vars[name].default) : whole));
  return url;
}

function serversOf(document: Json): ServerModel[] {
  if (!Array.isArray(document.servers)) return [];
  const out: ServerModel[] = [];
  for (const raw of document.servers as Json[]) {
    if (!raw || typeof raw.url !== "string") continue;
    const variables: ServerModel["variables"] = {};
    for (const [name, v] of Object.entries((raw.variables ?? {}) as Record<string, Json>)) {
      if (!v || v.default === undefined) continue;
      const values = Array.isArray(v.enum) ? v.enum.map(String) : [];
      variables[name] = { default: String(v.default), values: [...new Set([String(v.default), ...values])] };
    }
    const url = raw.url.replace(/\{([^}]+)\}/g, (whole, name: string) => variables[name]?.default ?? whole);
    out.push({ url, template: raw.url, description: typeof raw.description === "string" ? raw.description : undefined, variables });
  }
  return out;
}

const sameAuth = (a: AuthModel, b: AuthModel) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The scheme the SDK sends its one key by for this operation: the client's,
 * when some alternative is met by it (or none is needed); else the first
 * alternative of a single scheme a key can satisfy.
 */
function sdkAuthOf(op: OperationModel, auth: AuthModel, schemes: Schemes): AuthModel | null {
  if (op.anonymous || op.security.length === 0) return null;
  if (op.security.some((alternative) => alternative.every((s) => schemes[s.scheme] && sameAuth(schemes[s.scheme], auth)))) return null;
  const single = op.security.find((alternative) => alternative.length === 1 && schemes[alternative[0].scheme]);
  return single ? schemes[single[0].scheme] : null;
}

function authOf(document: Json): AuthModel {
  const schemes = ((document.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>;
  const requirementLists: unknown[] = [document.security];
  for (const item of Object.values((document.paths ?? {}) as Record<string, Json>)) {
    const resolved = resolveRef(document, item) as Json | undefined;
    if (!resolved) continue;
    for (const m of HTTP_METHODS) if (resolved[m]) requirementLists.push((resolved[m] as Json).security);
  }
  for (const list of requirementLists) {
    if (!Array.isArray(list)) continue;
    for (const requirement of list) {
      for (const name of Object.keys((requirement ?? {}) as Json)) {
        const scheme = resolveRef(document, schemes[name]) as Json | undefined;
        const auth = scheme && authFromScheme(scheme);
        if (auth) return auth;
      }
    }
  }
  return { type: "none" };
}

/** How a client sends credentials for one security scheme; null for schemes a token cannot satisfy (mutualTLS, http digest…). */
export function authFromScheme(scheme: Json): AuthModel | null {
  if (scheme.type === "http") {
    const s = String(scheme.scheme ?? "").toLowerCase();
    if (s === "bearer") return { type: "bearer" };
    if (s === "basic") return { type: "basic" };
    return null;
  }
  if (scheme.type === "apiKey" && typeof scheme.name === "string") {
    const where = scheme.in === "query" || scheme.in === "cookie" ? scheme.in : "header";
    return { type: "apiKey", in: where, name: scheme.name };
  }
  if (scheme.type === "oauth2" || scheme.type === "openIdConnect") return { type: "bearer" };
  return null;
}

/** Group operations into the nested resource tree the client exposes. */
function buildResourceTree(operations: OperationModel[], takenNames: string[]): ResourceModel[] {
  const root: ResourceModel = { name: "", path: [], className: "", operations: [], children: [] };
  for (const op of operations) {
    let node = root;
    for (const segment of op.resource) {
      let child = node.children.find((c) => c.name === segment);
      if (!child) {
        const childPath = [...node.path, segment];
        child = { name: segment, path: childPath, className: pascalCase(childPath.join(" ")) || "Resource", operations: [], children: [] };
        node.children.push(child);
      }
      node = child;
    }
    node.operations.push(op);
  }
  const sortTree = (n: ResourceModel) => {
    n.children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    n.children.forEach(sortTree);
  };
  sortTree(root);
  // Class names must be unique across the tree ("foo.bar" and "fooBar" both → FooBar).
  const all: ResourceModel[] = [];
  const walk = (n: ResourceModel) => n.children.forEach((c) => (all.push(c), walk(c)));
  walk(root);
  const taken = new Set([
    "APIResource",
    "APIClient",
    "RequestOptions",
    "ClientOptions",
    "APIPromise",
    "PagePromise",
    "Uploadable",
    "paths",
    "Readable",
    "Writable",
    ...GLOBAL_NAMES,
    ...takenNames,
  ]);
  const classNames = dedupe(
    all,
    (r) => {
      const base = safeIdentifier(r.className, "Resource");
      return taken.has(base) ? `${base}Resource` : base;
    },
    taken,
  );
  for (const r of all) r.className = classNames.get(r)!;
  return root.children;
}
