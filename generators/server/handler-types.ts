/**
 * The TypeScript type expressions of each operation's handler: its request
 * (params, query, headers, body, files) and its result (one member per
 * declared status and media type). All index into the openapi-typescript
 * types (`T.paths[path][method]`), so handlers are checked against exactly
 * what the types generator emitted. Spec strings enter only through str().
 */
import type { ServerOperation, ServerResponse, BodyKind } from "../model/server-model.js";
import { str, propertyKey } from "../model/identifiers.js";

export interface HandlerTypes {
  operationType: string;
  params: string;
  query: string;
  headers: string;
  body: string;
  files: string;
  auth: string;
  resultMembers: string[];
}

const index = (...keys: string[]) => keys.map((k) => `[${str(k)}]`).join("");

export function handlerTypes(op: ServerOperation): HandlerTypes {
  const operationType = `T.paths${index(op.path, op.method.toLowerCase())}`;
  const self = `${op.typeName}Operation`;
  const parameters = (where: string) => `NonNullable<${self}["parameters"]${index(where)}>`;
  const query = op.hasQueryParams
    ? op.defaultedQuery.length
      ? `${parameters("query")} & Required<Pick<${parameters("query")}, ${op.defaultedQuery.map(str).join(" | ")}>>`
      : parameters("query")
    : "Record<string, unknown>";
  return {
    operationType,
    params: op.hasPathParams ? parameters("path") : "Record<string, never>",
    query,
    headers: op.hasHeaderParams ? `LowercaseKeys<${parameters("header")}> & IncomingHeaders` : "IncomingHeaders",
    body: bodyType(op, self),
    files: filesType(op),
    auth: op.anonymous ? "Auth | null" : "Auth",
    resultMembers: op.responses.length
      ? op.responses.flatMap((r) => resultMembers(r, self))
      : ["{ status: number; body?: unknown; headers?: ResponseHeaders; contentType?: string }"],
  };
}

function bodyType(op: ServerOperation, self: string): string {
  if (!op.body) return "undefined";
  const content = (mediaType: string) => `NonNullable<${self}["requestBody"]>["content"]${index(mediaType)}`;
  const members = op.body.media.map(({ mediaType, kind }) => {
    if (kind === "json" || kind === "form") return `T.Writable<${content(mediaType)}>`;
    if (kind === "multipart") {
      const files = op.body!.fileFields.map((f) => str(f.name));
      const fields = `T.Writable<${content(mediaType)}>`;
      return files.length ? `Omit<${fields}, ${files.join(" | ")}>` : fields;
    }
    return kind === "text" ? "string" : "Buffer";
  });
  const unique = [...new Set(members)];
  if (!op.body.required) unique.push("undefined");
  return unique.join(" | ");
}

function filesType(op: ServerOperation): string {
  const fields = op.body?.fileFields ?? [];
  if (fields.length === 0) return "Record<string, never>";
  const props = fields.map((f) => `${propertyKey(f.name)}${f.required ? "" : "?"}: UploadedFile${f.array ? "[]" : ""}`);
  return `{ ${props.join("; ")} }`;
}

function statusType(key: string): string {
  if (/^\d{3}$/.test(key)) return key;
  const range = /^([1-5])XX$/i.exec(key);
  if (range) return `Status${range[1]}XX`;
  return "number";
}

function resultMembers(response: ServerResponse, self: string): string[] {
  const status = statusType(response.key);
  const tail = "headers?: ResponseHeaders";
  if (response.media.length === 0) return [`{ status: ${status}; body?: undefined; ${tail} }`];
  return response.media.map(({ mediaType, kind }, i) => {
    const content = `${self}["responses"]${index(response.key)}["content"]${index(mediaType)}`;
    const body = bodyOf(kind, content);
    // The first media type is the default; the others must be named.
    // A wildcard (image/*) needs the concrete type from the handler.
    const named = mediaType.includes("*") ? "string" : str(mediaType);
    const contentType = `contentType${i === 0 && !mediaType.includes("*") ? "?" : ""}: ${named}`;
    return `{ status: ${status}; ${contentType}; body: ${body}; ${tail} }`;
  });
}

function bodyOf(kind: BodyKind, content: string): string {
  if (kind === "binary") return "BinaryBody";
  if (kind === "text") return `T.Readable<${content}> | string`;
  return `T.Readable<${content}>`;
}
