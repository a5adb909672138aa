/**
 * The request URL: base URL, path parameters, query. Serialization is
 * openapi-fetch's (the style the spec's defaults describe); what it would get
 * wrong for an SDK is handled first: a path value that would leave its
 * endpoint ("", ".", "..") is refused, Dates become ISO 8601, null and
 * undefined are left out, and no empty pair leaves a stray `&`.
 */
import { createQuerySerializer, defaultPathSerializer } from "openapi-fetch";
import { SDKError } from "./errors.js";

const serializeQuery = createQuerySerializer();

/** A value the client refused before sending anything. */
export class InvalidRequestError extends SDKError {
  override name = "InvalidRequestError";
}

/** Throws unless `baseUrl` is an absolute http(s) URL; returns it without a trailing slash. */
export function checkedBaseUrl(baseUrl: string, apiName: string): string {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new SDKError(`${apiName}: baseUrl must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}.`);
  }
  return baseUrl.replace(/\/+$/, "");
}

/** `baseUrl` + `path` with its parameters filled in + the query string. */
export function requestUrl(baseUrl: string, path: string, pathParams: Record<string, unknown> | undefined, query: Record<string, unknown> | undefined): string {
  let url = baseUrl + path;
  if (pathParams) {
    let params: Record<string, unknown> = pathParams;
    for (const name of Object.keys(pathParams)) {
      const value: unknown = pathParams[name];
      const text: string = value instanceof Date ? value.toISOString() : String(value ?? "");
      // encodeURIComponent keeps "." and "..", which a URL resolves away: /jobs/.. is /, not a job.
      if (text === "" || text === "." || text === "..") {
        throw new InvalidRequestError(
          `Path parameter ${JSON.stringify(name)} of ${path} must not be ${JSON.stringify(text)}: the request would leave its endpoint.`,
        );
      }
      if (value instanceof Date) params = { ...params, [name]: text };
    }
    url = baseUrl + fillPath(path, params);
  }
  if (query) {
    const plain = plainQuery(query);
    // Only a copy can hold styled pairs (plainQuery drops them from it), so the common case checks nothing more.
    const search = plain === query ? serializeQuery(plain) : joinQuery(serializeQuery(plain), styledPairs(query));
    if (search) {
      const clean =
        search.indexOf("&&") === -1 && search[0] !== "&" && search[search.length - 1] !== "&" ? search : search.split("&").filter(Boolean).join("&");
      if (clean) url += `?${clean}`;
    }
  }
  return url;
}

/** A path template's literal text and `{name}` slots; null when a slot has an RFC 6570 operator (label, matrix, explode…). */
type Template = (string | { name: string })[] | null;

// One entry per operation path the SDK calls; bounded for paths a caller builds at run time.
const templates = new Map<string, Template>();
const MAX_TEMPLATES = 2000;

function templateOf(path: string): Template {
  let template = templates.get(path);
  if (template !== undefined) return template;
  template = [];
  for (const part of path.split(/(\{[^{}]*\})/)) {
    if (part === "") continue;
    if (part[0] !== "{" || part[part.length - 1] !== "}") template.push(part);
    else if (/^\{[^.;*+#?&/=,!@|{}]+\}$/.test(part) && !part.endsWith("*}")) template.push({ name: part.slice(1, -1) });
    else {
      template = null;
      break;
    }
  }
  if (templates.size < MAX_TEMPLATES) templates.set(path, template);
  return template;
}

/**
 * The path with its parameters filled in: simple-style slots of primitive
 * values here (the hot path, from a template parsed once per path), anything
 * else by openapi-fetch's serializer, which knows every style.
 */
function fillPath(path: string, params: Record<string, unknown>): string {
  const template = templateOf(path);
  if (template === null) return operatorPath(path, params);
  let out = "";
  for (const part of template) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const value = params[part.name];
    if (value === undefined || value === null) out += `{${part.name}}`;
    else if (typeof value === "object") return operatorPath(path, params);
    else out += encodeURIComponent(value as string | number | boolean);
  }
  return out;
}

/** openapi-fetch spells `{.x}`, `{;x}` and `{x*}`; a reserved `{+x}` keeps `/`, `?`, `#`… as they are (RFC 6570 §3.2.3). */
function operatorPath(path: string, params: Record<string, unknown>): string {
  let url = path;
  if (url.indexOf("{+") !== -1)
    url = url.replace(/\{\+([^}*]+)\*?\}/g, (whole, name: string) => (name in params ? encodeReserved(String(params[name])) : whole));
  return defaultPathSerializer(url, params);
}

/** Percent-encodes all but RFC 3986's unreserved and reserved characters (and existing %XX escapes). */
function encodeReserved(text: string): string {
  return text.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu, (c) => encodeURIComponent(c));
}

/** The query with Dates as ISO 8601 and null/undefined left out, copied only when something changes. */
function plainQuery(query: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(query)) {
    const value = query[key];
    let next: unknown = value;
    if (value === undefined || value === null) next = undefined;
    else if (value instanceof Date) next = value.toISOString();
    else if (value instanceof StyledPairs) next = undefined;
    else if (Array.isArray(value)) {
      if (value.some((v) => v === null || v === undefined || v instanceof Date)) {
        next = value.filter((v) => v !== null && v !== undefined).map((v) => (v instanceof Date ? v.toISOString() : v));
      }
    }
    if (next !== value || (next === undefined && key in query)) {
      out ??= { ...query };
      if (next === undefined) delete out[key];
      else out[key] = next;
    }
  }
  return out ?? query;
}

/**
 * Objects in a query, spelled the way the spec's style says and the
 * generated server reads back (its runtime's query-params.ts):
 * - form, explode (OpenAPI's default): the properties are top-level keys,
 *   `a=1&b=2`; a nested object in brackets, `b[x]=1` (as qs writes it);
 * - deepObject: `name[a]=1&name[b][x]=2`;
 * - form, explode false: `name=a,1,b,2` (flat objects only), and an array
 *   parameter as `name=1,2` ("comma").
 * Other arrays repeat their key (`a=1&a=2`); Dates are ISO 8601; null
 * and undefined are left out. An array of objects has no spelling a server
 * reads back: refused. Keys and values are percent-encoded.
 */
export type QueryStyle = "exploded" | "deep" | "pairs" | "comma";

/** An object query parameter already spelled as query pairs. */
class StyledPairs {
  constructor(readonly text: string) {}
}

/** The query with each styled parameter's object turned into its pairs (a copy; called only by operations that have such parameters). */
export function styledQuery<Q extends object | undefined>(query: Q, styles: Record<string, QueryStyle>): Q {
  if (!query) return query;
  const out: Record<string, unknown> = { ...(query as Record<string, unknown>) };
  for (const name of Object.keys(styles)) {
    const value = out[name];
    const style = styles[name];
    if (style === "comma") {
      if (Array.isArray(value)) out[name] = new StyledPairs(commaList(name, value, () => "an array of objects, which a query can't spell."));
      continue;
    }
    if (!value || typeof value !== "object" || Array.isArray(value) || value instanceof Date) continue;
    const pairs: string[] = [];
    if (style === "pairs") {
      const items: unknown[] = [];
      for (const key of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[key];
        if (v !== undefined && v !== null) items.push(key, v);
      }
      // items alternate key, value: a value in the way is at an odd index, its key just before it.
      pairs.push(commaList(name, items, (i) => `${String(items[i - 1])} holds an object or array, which the form style without explode can't spell.`));
    } else if (style === "deep") spell(name, name, value, pairs);
    else for (const key of Object.keys(value)) spell(name, key, (value as Record<string, unknown>)[key], pairs);
    out[name] = new StyledPairs(pairs.join("&"));
  }
  return out as Q;
}

/**
 * `name=a,b` (items percent-encoded, so a comma inside one stays apart; null
 * and undefined left out); an empty list spells nothing. An object or array
 * among the items is refused, `refusal(index)` saying why.
 */
function commaList(name: string, items: unknown[], refusal: (index: number) => string): string {
  const texts: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined || item === null) continue;
    if (typeof item === "object" && !(item instanceof Date)) throw new InvalidRequestError(`Query parameter ${JSON.stringify(name)}: ${refusal(i)}`);
    texts.push(encodeURIComponent(queryText(item)));
  }
  return texts.length ? `${encodeURIComponent(name)}=${texts.join(",")}` : "";
}

function queryText(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/** Appends `key=value` pairs for `value` at `key`, nested objects in brackets. */
function spell(param: string, key: string, value: unknown, pairs: string[]): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item !== null && typeof item === "object" && !(item instanceof Date))
        throw new InvalidRequestError(`Query parameter ${JSON.stringify(param)}: ${key} is an array of objects, which a query can't spell.`);
      if (item !== undefined && item !== null) pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(queryText(item))}`);
    }
  } else if (typeof value === "object" && !(value instanceof Date)) {
    for (const sub of Object.keys(value)) spell(param, `${key}[${sub}]`, (value as Record<string, unknown>)[sub], pairs);
  } else pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(queryText(value))}`);
}

function styledPairs(query: Record<string, unknown>): string {
  let text = "";
  for (const key of Object.keys(query)) {
    const value = query[key];
    if (value instanceof StyledPairs && value.text) text = joinQuery(text, value.text);
  }
  return text;
}

function joinQuery(a: string, b: string): string {
  return a && b ? `${a}&${b}` : a || b;
}
