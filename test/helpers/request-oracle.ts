/**
 * A second oracle beside Prism: records every request a client sends (by
 * wrapping the real fetch it uses) and checks each one against the spec with
 * ajv — path, query, headers, JSON and multipart bodies, security.
 * Prism misses some invalid bodies (stoplightio/prism#2574, #2644).
 */
import { createSchemaValidator, deref } from "./openapi-schema.js";

type Json = any;

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  contentType: string;
  /** Parsed JSON body, the form fields of a multipart body, or the raw text. */
  body: unknown;
  form?: Map<string, Array<string | { name: string; size: number }>>;
}

export interface RequestCheck {
  request: RecordedRequest;
  operationId: string | undefined;
  problems: string[];
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Wraps a fetch so every request is recorded (bodies read from a clone) and then sent for real. */
export function recordingFetch(recorded: RecordedRequest[], inner: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    recorded.push(await snapshot(request.clone()));
    return inner(request);
  };
}

async function snapshot(request: Request): Promise<RecordedRequest> {
  const contentType = request.headers.get("content-type") ?? "";
  const recorded: RecordedRequest = { method: request.method.toLowerCase(), url: new URL(request.url), headers: request.headers, contentType, body: undefined };
  if (!request.body) return recorded;
  if (contentType.startsWith("multipart/form-data")) {
    const form = await request.formData();
    const fields = new Map<string, Array<string | { name: string; size: number }>>();
    for (const [name, value] of form.entries()) {
      const entry = typeof value === "string" ? value : { name: (value as File).name, size: value.size };
      fields.set(name, [...(fields.get(name) ?? []), entry]);
    }
    recorded.form = fields;
    recorded.body = Object.fromEntries([...fields].map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
  } else {
    const text = await request.text();
    recorded.body = contentType.includes("json") && text ? JSON.parse(text) : text;
  }
  return recorded;
}

function templateToRegExp(template: string): { regexp: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const m = /^\{([^}]+)\}$/.exec(part);
      if (m) {
        names.push(m[1]);
        return "([^/]+)";
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return { regexp: new RegExp(`^${source}$`), names };
}

export function createRequestOracle(document: Json, basePath = "") {
  const strict = createSchemaValidator(document);
  const coercing = createSchemaValidator(document, { coerceTypes: true });
  const routes = Object.entries(document.paths ?? {}).map(([template, item]) => ({ template, item: item as Json, ...templateToRegExp(template) }));
  // Static segments beat templated ones, as in any router (/users/me before /users/{id}).
  routes.sort((a, b) => a.names.length - b.names.length);

  function check(request: RecordedRequest): RequestCheck {
    const problems: string[] = [];
    let pathname = decodeURI(request.url.pathname);
    if (basePath && pathname.startsWith(basePath)) pathname = pathname.slice(basePath.length);
    const route = routes.find((r) => r.regexp.test(pathname));
    if (!route) return { request, operationId: undefined, problems: [`no path in the spec matches ${pathname}`] };
    const operation = route.item[request.method];
    if (!operation || !METHODS.includes(request.method)) {
      return { request, operationId: undefined, problems: [`${request.method.toUpperCase()} is not defined for ${route.template}`] };
    }
    const params: Json[] = [...(route.item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(document, p));
    const values = route.regexp.exec(pathname)!.slice(1).map(decodeURIComponent);
    const check = (where: string, param: Json, raw: string | string[] | undefined) => {
      if (raw === undefined) {
        if (param.required) problems.push(`${where} parameter ${param.name} is required`);
        return;
      }
      const schema = param.schema ?? {};
      const value = deref(document, schema).type === "array" ? ([] as string[]).concat(raw) : Array.isArray(raw) ? raw[0] : raw;
      for (const p of coercing.validate(schema, value, "request")) problems.push(`${where} parameter ${param.name}: ${p}`);
    };
    for (const param of params.filter((p) => p.in === "path")) check("path", param, values[route.names.indexOf(param.name)]);
    const query = request.url.searchParams;
    const declared = new Set(params.filter((p) => p.in === "query").map((p) => p.name));
    for (const param of params.filter((p) => p.in === "query")) {
      const all = query.getAll(param.name);
      check("query", param, all.length === 0 ? undefined : all.length === 1 ? all[0] : all);
    }
    for (const name of new Set(query.keys())) if (!declared.has(name)) problems.push(`query parameter ${name} is not in the spec`);
    for (const param of params.filter((p) => p.in === "header")) check("header", param, request.headers.get(param.name) ?? undefined);

    const security = operation.security ?? document.security ?? [];
    if (security.length > 0 && !security.some((s: Json) => Object.keys(s).length === 0)) {
      const auth = request.headers.get("authorization") ?? "";
      const schemes = security.flatMap((s: Json) => Object.keys(s)).map((name: string) => document.components?.securitySchemes?.[name]);
      const satisfied = schemes.some(
        (scheme: Json) =>
          (scheme?.type === "http" && scheme.scheme?.toLowerCase() === "bearer" && /^Bearer \S+/.test(auth)) ||
          (scheme?.type === "oauth2" && /^Bearer \S+/.test(auth)) ||
          (scheme?.type === "apiKey" && scheme.in === "header" && request.headers.has(scheme.name)),
      );
      if (!satisfied) problems.push("no accepted credentials sent");
    }

    const requestBody = operation.requestBody ? deref(document, operation.requestBody) : undefined;
    if (!requestBody) {
      if (request.body !== undefined && request.body !== "") problems.push("a body was sent but the operation takes none");
    } else if (request.body === undefined || request.body === "") {
      if (requestBody.required) problems.push("the request body is required");
    } else {
      const mediaType = request.contentType.split(";")[0].trim();
      const media = requestBody.content?.[mediaType];
      if (!media) problems.push(`content type ${mediaType} is not accepted (${Object.keys(requestBody.content ?? {}).join(", ")})`);
      else if (mediaType === "multipart/form-data") problems.push(...checkForm(media.schema, request));
      else if (mediaType.includes("json")) for (const p of strict.validate(media.schema ?? {}, request.body, "request")) problems.push(`body ${p}`);
    }
    return { request, operationId: operation.operationId, problems };
  }

  function checkForm(schema: Json, request: RecordedRequest): string[] {
    const resolved = deref(document, schema ?? {});
    const problems: string[] = [];
    const fields = request.form ?? new Map();
    const props = resolved.properties ?? {};
    for (const name of resolved.required ?? []) if (!fields.has(name)) problems.push(`form field ${name} is required`);
    for (const [name, entries] of fields) {
      const prop = props[name] ? deref(document, props[name]) : undefined;
      if (!prop) {
        if (resolved.additionalProperties === false || Object.keys(props).length > 0) problems.push(`form field ${name} is not in the spec`);
        continue;
      }
      const binary = prop.format === "binary" || (prop.type === "string" && prop.contentMediaType);
      for (const entry of entries) {
        if (binary) {
          if (typeof entry === "string") problems.push(`form field ${name} must be a file part`);
          continue;
        }
        if (typeof entry !== "string") {
          problems.push(`form field ${name} must be a plain value, not a file`);
          continue;
        }
        for (const p of coercing.validate(prop, entry, "request")) problems.push(`form field ${name}: ${p}`);
      }
    }
    return problems;
  }

  return { check };
}
