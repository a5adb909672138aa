/**
 * samples: the code samples shown beside each operation in the docs. The SDK
 * sample is built from the model, so it uses the generated client's real
 * resource path, method name and argument order (path params first, then one
 * object with the query or the body, as the model's `sdkInput` says).
 */
import type { Model, OperationModel } from "../model/model.js";
import { camelCase, propertyKey, safeIdentifier } from "../model/identifiers.js";
import { FileValue, pageSizeValue, parameterValue, requiredBody, type SampleValue } from "../model/example-values.js";

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

/** The variable the samples hold the client in: `Vantage` → `vantage`. */
export function clientVariable(model: Model): string {
  return safeIdentifier(model.clientName.charAt(0).toLowerCase() + model.clientName.slice(1), "client");
}

export function apiKeyEnv(model: Model): string {
  const base = model.clientName.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
  return `${base}_API_KEY`;
}

/** Query values a sample sends: required params, plus a page size for list operations. */
export function queryValues(model: Model, op: OperationModel): Record<string, SampleValue> {
  const out: Record<string, SampleValue> = {};
  for (const p of op.queryParams) {
    if (p.required) out[p.name] = parameterValue(model.refs, p, p.name);
    else if (op.pagination?.limit === p.name) out[p.name] = pageSizeValue(model.refs, p);
  }
  return out;
}

export function pathValues(model: Model, op: OperationModel): SampleValue[] {
  return op.pathParams.map((p) => parameterValue(model.refs, p, p.name));
}

/** The one object after the path params, in the shape the model's `sdkInput` gives the SDK method. */
function inputArgument(model: Model, op: OperationModel): SampleValue | undefined {
  const query = queryValues(model, op);
  const hasQuery = Object.keys(query).length > 0;
  const body = op.requestBody ? requiredBody(model.refs, op) : undefined;
  switch (op.sdkInput) {
    case "none":
      return undefined;
    case "query":
      return hasQuery ? query : undefined;
    case "body": {
      const bodyIsEmpty = body === undefined || (isPlainObject(body) && Object.keys(body).length === 0);
      return bodyIsEmpty && !op.requestBody!.required ? undefined : (body ?? {});
    }
    case "merged":
      if (!op.requestBody!.required && !hasQuery) return undefined;
      return { ...(isPlainObject(body) ? body : {}), ...(hasQuery ? { query } : {}) };
    case "split":
      if (!op.requestBody!.required && !hasQuery) return undefined;
      return { ...(body !== undefined ? { body } : {}), ...(hasQuery ? { query } : {}) };
  }
}

function isPlainObject(value: unknown): value is { [key: string]: SampleValue } {
  return !!value && typeof value === "object" && !Array.isArray(value) && !(value instanceof FileValue);
}

function resultName(model: Model, op: OperationModel): string | null {
  if (op.pagination && op.success.parseAs === "json" && op.success.contentType) return "page";
  if (!op.success.contentType) return null;
  if (op.success.parseAs === "stream" || op.success.parseAs === "blob") return "body";
  if (op.success.schemaRef) {
    const schema = model.schemas.find((s) => s.name === op.success.schemaRef);
    const name = camelCase(schema?.typeName ?? op.success.schemaRef);
    if (name) return safeIdentifier(name, "result");
  }
  return "result";
}

/** The TypeScript SDK call for one operation, e.g. `const page = await vantage.jobs.list({ limit: 10 });`. */
export function sdkCall(model: Model, op: OperationModel): string {
  const client = clientVariable(model);
  const args = pathValues(model, op).map((v) => tsLiteral(v, 0));
  const input = inputArgument(model, op);
  if (input !== undefined) args.push(tsLiteral(input, 0));
  const target = [client, ...op.resource, op.methodName].join(".");
  const name = resultName(model, op);
  const line = (list: string[]) => `${name ? `const ${name} = ` : ""}await ${target}(${list.join(", ")});`;
  const call = line(args);
  // Too wide for the docs' code panel: the object argument goes one field per line.
  if (input !== undefined && !call.includes("\n") && call.length > SAMPLE_WIDTH && isExpandable(input)) {
    return line([...args.slice(0, -1), tsLiteral(input, 0, true)]);
  }
  return call;
}

/** Characters a sample line should fit in: the docs' right-hand panel at 1400 px shows about 45. */
const SAMPLE_WIDTH = 48;

function isExpandable(value: SampleValue): boolean {
  return Array.isArray(value) ? value.length > 0 : isPlainObject(value) && Object.keys(value).length > 0;
}

export function sdkSample(model: Model, op: OperationModel): CodeSample {
  const client = clientVariable(model);
  const construct = `const ${client} = new ${model.clientName}({ apiKey: process.env.${apiKeyEnv(model)} });`;
  const source = [
    construct.length > SAMPLE_WIDTH ? `const ${client} = new ${model.clientName}({\n  apiKey: process.env.${apiKeyEnv(model)},\n});` : construct,
    "",
    sdkCall(model, op),
  ].join("\n");
  return { lang: "TypeScript", label: "TypeScript SDK", source };
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function curlSample(model: Model, op: OperationModel): CodeSample {
  const values = pathValues(model, op);
  // The URL as the SDK builds it: fragment dropped, each variable spelled per its style.
  const valueByName = new Map(op.pathParams.map((p, i) => [p.name, String(values[i])]));
  const route = op.urlParts
    .map((part) => {
      if (typeof part === "string") return part;
      const value = valueByName.get(part.name) ?? "";
      if (part.style === "label") return `.${encodeURIComponent(value)}`;
      if (part.style === "matrix") return `;${part.name}=${encodeURIComponent(value)}`;
      if (part.style === "reserved") return encodeURI(value);
      return encodeURIComponent(value);
    })
    .join("");
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(queryValues(model, op))) query.append(key, typeof value === "object" ? JSON.stringify(value) : String(value));
  const url = `${model.baseUrl.replace(/\/$/, "")}${route}${query.size ? `?${query}` : ""}`;
  const lines = [`curl -X ${op.method.toUpperCase()} ${shellQuote(url)}`];
  const env = `$${apiKeyEnv(model)}`;
  if (model.auth.type === "bearer") lines.push(`-H "Authorization: Bearer ${env}"`);
  else if (model.auth.type === "basic") lines.push(`-u "${env}:"`);
  else if (model.auth.type === "apiKey" && model.auth.in === "header") lines.push(`-H "${model.auth.name}: ${env}"`);
  const body = op.requestBody ? requiredBody(model.refs, op) : undefined;
  if (op.requestBody && body !== undefined) {
    const kind = op.requestBody.bodyType;
    if (kind === "multipart" && isPlainObject(body)) {
      for (const [key, value] of Object.entries(body)) {
        lines.push(
          `-F ${shellQuote(value instanceof FileValue ? `${key}=@${value.fileName}` : `${key}=${typeof value === "object" ? JSON.stringify(value) : String(value)}`)}`,
        );
      }
    } else if (kind === "binary") {
      lines.push(`-H ${shellQuote(`Content-Type: ${op.requestBody.contentType}`)}`, `--data-binary @file.bin`);
    } else if (kind === "form-urlencoded" && isPlainObject(body)) {
      for (const [key, value] of Object.entries(body)) lines.push(`--data-urlencode ${shellQuote(`${key}=${String(value)}`)}`);
    } else {
      lines.push(`-H ${shellQuote(`Content-Type: ${op.requestBody.contentType}`)}`);
      lines.push(`-d ${shellQuote(typeof body === "string" && kind === "text" ? body : JSON.stringify(body, jsonFiles, 2))}`);
    }
  }
  return { lang: "Shell", label: "curl", source: lines.join(" \\\n  ") };
}

function jsonFiles(_key: string, value: unknown): unknown {
  return value instanceof FileValue ? `@${value.fileName}` : value;
}

/** A TypeScript literal, on one line when short, else indented by two spaces per level. */
export function tsLiteral(value: SampleValue, indent: number, expand = false): string {
  const oneLine = flat(value);
  if (!expand && oneLine.length + indent * 2 <= SAMPLE_WIDTH) return oneLine;
  const pad = "  ".repeat(indent + 1);
  const end = "  ".repeat(indent);
  if (Array.isArray(value)) return `[\n${value.map((v) => `${pad}${tsLiteral(v, indent + 1)},`).join("\n")}\n${end}]`;
  if (isPlainObject(value)) {
    const entries = Object.entries(value).map(([k, v]) => `${pad}${propertyKey(k)}: ${tsLiteral(v, indent + 1)},`);
    return `{\n${entries.join("\n")}\n${end}}`;
  }
  return oneLine;
}

function flat(value: SampleValue): string {
  if (value instanceof FileValue) return `new Blob(["…"], { type: "application/octet-stream" })`;
  if (Array.isArray(value)) return `[${value.map(flat).join(", ")}]`;
  if (isPlainObject(value)) {
    const entries = Object.entries(value).map(([k, v]) => `${propertyKey(k)}: ${flat(v)}`);
    return entries.length ? `{ ${entries.join(", ")} }` : "{}";
  }
  // JSON has no spelling for some values (a function, a symbol): the sample shows them as undefined.
  return JSON.stringify(value) ?? "undefined";
}
