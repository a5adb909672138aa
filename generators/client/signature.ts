/**
 * signature: the TypeScript types and call arguments of one SDK
 * method, worked out from the model. Types index into openapi-typescript's
 * `paths` so the SDK and the transport can never disagree.
 *
 * Argument rule (the model's `sdkInput`): path params first (path order),
 * then ONE object — the query, the body, both merged, or `{ body, query }` —
 * then `options?: RequestOptions`. Header params travel in
 * `options.headers` (or `options.idempotencyKey`).
 */
import type { OperationModel, PaginationModel, SchemaModel } from "../model/model.js";
import { propertyKey, str } from "../model/identifiers.js";
import { querySpellingOf } from "../model/parameter-shape.js";

export interface MethodParam {
  name: string;
  type: string;
  optional: boolean;
  description?: string;
}

export interface MethodSignature {
  params: MethodParam[];
  returnType: string;
  /** Statements of the method body, in plain JavaScript (resources ship as .js + .d.ts). */
  statements: string[];
  /** Uses of runtime type names, so the file imports only what it needs. */
  uses: Set<"PagePromise" | "APIPromise" | "Uploadable" | "FileDownload" | "Readable" | "Writable" | "paths" | "styledQuery">;
  /** Aliases from models.ts the signature names (shorter, and what users see on hover). */
  models: Set<string>;
}

/** Component schemas by name, to use their models.ts aliases. */
export type SchemaIndex = Map<string, SchemaModel>;

const opType = (op: OperationModel) => `paths[${str(op.path)}][${str(op.method)}]`;

function bodyType(op: OperationModel, uses: MethodSignature["uses"], models: Set<string>, schemas: SchemaIndex): string {
  const body = op.requestBody!;
  if (body.bodyType === "binary") {
    uses.add("Uploadable");
    return "Uploadable";
  }
  if (body.bodyType === "text") return "string";
  const alias = body.schemaRef ? schemas.get(body.schemaRef)?.requestTypeName : null;
  let content: string;
  if (alias) {
    models.add(alias);
    content = alias;
  } else {
    uses.add("paths");
    content = `NonNullable<${opType(op)}["requestBody"]>["content"][${str(body.contentType)}]`;
    // Writable only strips $Read markers: without any inside it is a costly no-op for the user's tsc.
    if (body.readWriteMarked) {
      uses.add("Writable");
      content = `Writable<${content}>`;
    }
  }
  if (body.bodyType !== "multipart" || body.binaryFields.length === 0) return content;
  uses.add("Uploadable");
  const omitted = body.binaryFields.map((f) => str(f.name)).join(" | ");
  const files = body.binaryFields.map((f) => `${propertyKey(f.name)}${f.required ? "" : "?"}: ${f.array ? "Uploadable[]" : "Uploadable"}`).join("; ");
  return `Omit<${content}, ${omitted}> & { ${files} }`;
}

function successType(op: OperationModel, uses: MethodSignature["uses"], models: Set<string>, schemas: SchemaIndex): string {
  const s = op.success;
  if (!s.contentType) return "void";
  if (s.parseAs === "text") return "string";
  if (s.parseAs === "stream") {
    uses.add("FileDownload");
    return "FileDownload";
  }
  if (s.parseAs === "blob") return "Blob";
  const alias = s.schemaRef ? schemas.get(s.schemaRef)?.responseTypeName : null;
  if (alias) {
    models.add(alias);
    return alias;
  }
  uses.add("paths");
  const status = typeof s.status === "number" ? String(s.status) : str(s.status);
  const type = `${opType(op)}["responses"][${status}]["content"][${str(s.contentType)}]`;
  if (!s.readWriteMarked) return type;
  uses.add("Readable");
  return `Readable<${type}>`;
}

function metaLiteral(op: OperationModel): string | null {
  const parts: string[] = [];
  if (op.success.contentType && op.success.parseAs !== "json") parts.push(`parseAs: ${str(op.success.parseAs)}`);
  const body = op.requestBody;
  if (body && body.bodyType !== "json") parts.push(`bodyType: ${str(body.bodyType)}`);
  const sent = body && contentTypeToSend(body);
  if (sent) parts.push(`contentType: ${str(sent)}`);
  // Where the spec takes an idempotency key, every call sends one (its retries the same).
  const key = op.headerParams.find((p) => p.name.toLowerCase() === "idempotency-key");
  if (key) parts.push(`idempotencyHeader: ${str(key.name)}`);
  // An operation that takes only another scheme than the client's gets the key the way it asks.
  const auth = op.sdkAuth;
  if (auth) parts.push(`auth: ${auth.type === "apiKey" ? `{ type: "apiKey", in: ${str(auth.in)}, name: ${str(auth.name)} }` : `{ type: ${str(auth.type)} }`}`);
  return parts.length ? `{ ${parts.join(", ")} }` : null;
}

/** The declared media type, when the runtime's default for the kind is not it (a server matches its parser on it). */
function contentTypeToSend(body: NonNullable<OperationModel["requestBody"]>): string | null {
  const { contentType, kind } = body;
  const essence = contentType.split(";")[0]!.trim().toLowerCase();
  if (essence.includes("*")) return null;
  if (kind === "json") return essence === "application/json" ? null : contentType;
  if (kind === "text") return essence === "text/plain" ? null : contentType;
  if (kind === "binary") return essence === "application/octet-stream" ? null : contentType;
  return null;
}

/**
 * `{ name: "exploded" | "deep" | "pairs" | "comma" }` for the operation's
 * query parameters not spelled as repeated keys (objects; arrays in the form
 * style without explode); null when it has none.
 */
function queryStyles(op: OperationModel): string | null {
  const entries = op.queryParams.flatMap((p) => {
    const spelling = querySpellingOf(p);
    return spelling ? [`${propertyKey(p.name)}: ${str(spelling)}`] : [];
  });
  return entries.length ? `{ ${entries.join(", ")} }` : null;
}

function paginationLiteral(p: PaginationModel): string {
  const keys = (["items", "total", "limit", "offset", "page"] as const).filter((k) => p[k] !== undefined);
  return `{ ${keys.map((k) => `${k}: ${str(p[k]!)}`).join(", ")} }`;
}

export function methodSignature(op: OperationModel, schemas: SchemaIndex): MethodSignature {
  const uses: MethodSignature["uses"] = new Set();
  const models = new Set<string>();
  const params: MethodParam[] = [];
  for (const p of op.pathParams) {
    if (!p.simpleType) uses.add("paths");
    params.push({
      name: p.identifier,
      // A URL segment is a string, number or boolean, whatever the schema says (null, or `{}` → unknown).
      type: p.simpleType ?? `NonNullable<${opType(op)}["parameters"]["path"][${str(p.name)}]> & (string | number | boolean)`,
      optional: false,
      description: p.description,
    });
  }
  const input: string[] = [];
  if (op.pathParams.length) input.push(`path: { ${op.pathParams.map((p) => `${propertyKey(p.name)}: ${p.identifier}`).join(", ")} }`);

  const statements: string[] = [];
  const queryRequired = op.queryParams.some((p) => p.required);
  const queryType = () => (uses.add("paths"), `NonNullable<${opType(op)}["parameters"]["query"]>`);
  const body = op.requestBody;
  if (op.sdkInput === "query") {
    params.push({ name: "query", type: queryType(), optional: !queryRequired, description: "Query parameters." });
    input.push("query");
  } else if (op.sdkInput === "body" && body) {
    params.push({ name: "body", type: bodyType(op, uses, models, schemas), optional: !body.required, description: "Request body." });
    input.push("body");
  } else if ((op.sdkInput === "merged" || op.sdkInput === "split") && body) {
    const optional = !body.required && !queryRequired;
    const q = queryType();
    const b = bodyType(op, uses, models, schemas);
    if (op.sdkInput === "merged") {
      params.push({
        name: "params",
        type: `${b} & { query${queryRequired ? "" : "?"}: ${q} }`,
        optional,
        description: "Request body, plus query parameters in `query`.",
      });
      statements.push(`const { query, ...body } = ${optional ? "{ ...params }" : "params"};`);
    } else {
      params.push({
        name: "params",
        type: `{ body${body.required ? "" : "?"}: ${b}; query${queryRequired ? "" : "?"}: ${q} }`,
        optional,
        description: "Request body in `body`, query parameters in `query`.",
      });
      statements.push(`const { query, body } = ${optional ? "{ ...params }" : "params"};`);
    }
    input.push("query", "body");
  }
  params.push({ name: "options", type: "RequestOptions", optional: true, description: "Per-request options (signal, timeout, retries, headers)." });

  const result = successType(op, uses, models, schemas);
  const meta = metaLiteral(op);
  // Objects in the query are spelled as their style says (request-url.ts's styledQuery); other operations pay nothing.
  const styles = queryStyles(op);
  if (styles && input.includes("query")) {
    uses.add("styledQuery");
    input[input.indexOf("query")] = `query: styledQuery(query, ${styles})`;
  }
  const inputLiteral = input.length ? `{ ${input.join(", ")} }` : "{}";
  // The URL template (fragment dropped, operators spelled for the runtime), not the document's key.
  const args = [str(op.method), str(op.urlTemplate), inputLiteral, "options"];
  let returnType: string;
  if (op.pagination && result !== "void" && op.success.parseAs === "json") {
    uses.add("PagePromise");
    const item = `NonNullable<${result}[${str(op.pagination.items)}]>[number]`;
    returnType = `PagePromise<${result}, ${item}>`;
    args.push(paginationLiteral(op.pagination));
    if (meta) args.push(meta);
    statements.push(`return this._client.requestPage(${args.join(", ")});`);
  } else {
    uses.add("APIPromise");
    returnType = `APIPromise<${result}>`;
    if (meta) args.push(meta);
    statements.push(`return this._client.request(${args.join(", ")});`);
  }
  return { params, returnType, statements, uses, models };
}
