/**
 * try-it-data: what the docs' "try it" panel needs to build a request for
 * each operation, from the model: the servers to offer, how to authenticate,
 * and per operation its method, path, parameters (pre-filled with the same
 * values as the code samples) and body. The page's try-it.js reads it as
 * `window.__API_TRY_IT__`; it never sees the spec itself.
 */
import type { AuthModel, BodyType, Model, OperationModel, ParameterModel } from "../model/model.js";
import { pointerSegment } from "../load/refs.js";
import type { SchemaStore } from "../model/schema-store.js";
import { FileValue, parameterValue, requiredBody, type SampleValue } from "../model/example-values.js";
import { pathValues, queryValues } from "../emit/samples.js";
import { LOOPBACK_SOURCES, serverOrigins } from "./csp.js";

/** Where `vantage-codegen mock` listens by default. */
export const LOCAL_MOCK_URL = "http://127.0.0.1:4010";

export interface TryItParam {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  /** Pre-filled text; empty means "not sent". */
  value: string;
  /** An array parameter: the text is split on commas and sent once per item. */
  array: boolean;
  description?: string;
}

export interface TryItBody {
  contentType: string;
  kind: BodyType;
  required: boolean;
  /** JSON text for json/form/multipart fields, plain text for text bodies, empty for binary. */
  value: string;
  /** multipart parts that take a file. */
  files: { name: string; array: boolean; required: boolean }[];
}

export interface TryItOperation {
  /** Redoc's section id for the operation (`operation/<operationId>`), or the JSON pointer tail it ends with. */
  sectionId: string;
  pointerTail: string;
  method: string;
  path: string;
  label: string;
  params: TryItParam[];
  body: TryItBody | null;
}

export interface TryItData {
  servers: { url: string; description: string }[];
  auth: AuthModel;
  /** Origins the page's policy allows beyond its own (the spec's servers), plus loopback patterns. */
  allowedOrigins: string[];
  loopback: string[];
  operations: TryItOperation[];
}

const text = (value: SampleValue | undefined): string => {
  if (value === undefined || value === null) return "";
  if (value instanceof FileValue) return "";
  if (Array.isArray(value)) return value.map(text).join(",");
  return typeof value === "object" ? JSON.stringify(value) : String(value);
};

function isArrayParam(refs: SchemaStore, param: ParameterModel): boolean {
  const schema = refs.plain(param.schema);
  return schema?.type === "array" || (Array.isArray(schema?.type) && (schema!.type as unknown[]).includes("array"));
}

function paramsOf(model: Model, op: OperationModel): TryItParam[] {
  const paths = pathValues(model, op);
  const query = queryValues(model, op);
  const out: TryItParam[] = [];
  op.pathParams.forEach((p, i) => out.push({ name: p.name, in: "path", required: true, value: text(paths[i]), array: false, description: p.description }));
  for (const p of op.queryParams) {
    out.push({
      name: p.name,
      in: "query",
      required: p.required,
      value: text(query[p.name]),
      array: isArrayParam(model.refs, p),
      description: p.description,
    });
  }
  for (const p of op.headerParams) {
    const value = p.required ? text(parameterValue(model.refs, p, p.name)) : "";
    out.push({ name: p.name, in: "header", required: p.required, value, array: isArrayParam(model.refs, p), description: p.description });
  }
  return out;
}

function bodyOf(model: Model, op: OperationModel): TryItBody | null {
  const body = op.requestBody;
  if (!body) return null;
  const sample = requiredBody(model.refs, op);
  let value = "";
  if (body.bodyType === "text") value = typeof sample === "string" ? sample : "";
  else if (body.bodyType !== "binary" && sample !== undefined) {
    // File parts get their own inputs; the text holds the other fields.
    const fields =
      sample && typeof sample === "object" && !Array.isArray(sample) && !(sample instanceof FileValue)
        ? Object.fromEntries(
            Object.entries(sample).filter(([, v]) => !(v instanceof FileValue) && !(Array.isArray(v) && v.some((x) => x instanceof FileValue))),
          )
        : sample;
    value = JSON.stringify(fields, null, 2);
  }
  return { contentType: body.contentType, kind: body.bodyType, required: body.required, value, files: body.binaryFields };
}

export function tryItOperation(model: Model, op: OperationModel): TryItOperation {
  const pointerTail = `/paths/${pointerSegment(op.path)}/${op.method}`;
  return {
    sectionId: op.operationId !== null ? `operation/${op.operationId}` : "",
    pointerTail,
    method: op.method.toUpperCase(),
    // What the page fills in: `{name}` per variable, template operators already spelled out, no fragment.
    path: op.urlParts
      .map((p) => (typeof p === "string" ? p : p.style === "label" ? `.{${p.name}}` : p.style === "matrix" ? `;${p.name}={${p.name}}` : `{${p.name}}`))
      .join(""),
    label: `${op.method.toUpperCase()} ${op.path}${op.summary ? ` — ${op.summary}` : ""}`,
    params: paramsOf(model, op),
    body: bodyOf(model, op),
  };
}

export function tryItData(model: Model): TryItData {
  const servers = model.servers.map((s) => ({ url: s.url, description: s.description ?? "" }));
  if (!servers.some((s) => s.url.replace(/\/$/, "") === LOCAL_MOCK_URL))
    servers.push({ url: LOCAL_MOCK_URL, description: "Local mock (vantage-codegen mock)" });
  return {
    servers,
    auth: model.auth,
    allowedOrigins: serverOrigins(model.servers),
    loopback: LOOPBACK_SOURCES,
    operations: model.operations.map((op) => tryItOperation(model, op)),
  };
}
