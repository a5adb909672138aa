/**
 * The shapes shared by every generated handler: what a handler receives
 * beside its typed params/query/headers/body, and what it may answer with.
 */
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from "fastify";
import type { SecurityScheme } from "./auth.js";

/** A file part of a multipart request, buffered in memory (bounded by the plugin's fileSize limit). */
export interface UploadedFile {
  fieldName: string;
  /** The client's file name reduced to its last segment. */
  filename: string;
  mimetype: string;
  encoding: string;
  data: Buffer;
  size: number;
}

/** What a binary response body may be. */
export type BinaryBody = Buffer | Uint8Array | string | NodeJS.ReadableStream;

export type ResponseHeaders = Record<string, string | number | readonly string[]>;

export type Status1XX = 100 | 101 | 102 | 103;
export type Status2XX = 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 226;
export type Status3XX = 300 | 301 | 302 | 303 | 304 | 305 | 307 | 308;
export type Status4XX =
  | 400
  | 401
  | 402
  | 403
  | 404
  | 405
  | 406
  | 407
  | 408
  | 409
  | 410
  | 411
  | 412
  | 413
  | 414
  | 415
  | 416
  | 417
  | 418
  | 421
  | 422
  | 423
  | 424
  | 425
  | 426
  | 428
  | 429
  | 431
  | 451;
export type Status5XX = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 510 | 511;

/** Header parameters as Node delivers them: lower-case names. */
export type LowercaseKeys<T> = { [K in keyof T as K extends string ? Lowercase<K> : K]: T[K] };
export type IncomingHeaders = { [name: string]: unknown };

/** Everything a handler gets besides the request's data. */
export interface HandlerContext<Auth> {
  /** What `authenticate` returned for the request's credentials. */
  auth: Auth;
  /** The X-Request-ID of this request (echoed or generated). */
  requestId: string;
  log: FastifyBaseLogger;
  /** The raw Fastify objects, for what the typed view does not cover. */
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface AuthContext {
  /** The security scheme that carried the credential. */
  scheme: string;
  /** Scopes the operation asks for under that scheme. */
  scopes: string[];
  operationId: string;
  request: FastifyRequest;
}

/** One route, as the generated route table describes it. */
export interface RouteDefinition {
  handlerName: string;
  method: string;
  /** Fastify's URL syntax. */
  url: string;
  /** The path as written in the spec. */
  path: string;
  /** Fastify param name → spec name, for the few renamed to fit Fastify's syntax. */
  renamedParams: Record<string, string>;
  /** Path segments split by a pattern per request (URL-template operators like `{.format}`, `{;id}`, `{+key}`). */
  segments?: { param: string; pattern: string; names: string[] }[];
  /** Set when several operations share this METHOD and URL (fragments in the spec's keys): the required query parameters that pick this one. */
  dispatch?: string[];
  commaQuery: string[];
  /**
   * Query parameters holding an object, put back together before validation:
   * `exploded` (form, the default) from its properties as top-level keys
   * (`a=1&b[x]=2`), `deep` (deepObject) from `name[a]=1`, `pairs` (form,
   * explode false) from `name=a,1,b,2`. An `open` one takes the keys nothing
   * else claims.
   */
  objectQuery?: { name: string; spelling: "exploded" | "deep" | "pairs"; required: boolean; properties: string[]; open: boolean }[];
  /** Header parameters holding an array (`a,b`) or an object (`k,v,k2,v2`, exploded `k=v,k2=v2`), split before validation. */
  shapedHeaders?: { name: string; kind: "array" | "object"; explode: boolean }[];
  schema: { params?: object; querystring?: object; headers?: object; body?: object };
  body: {
    required: boolean;
    media: { mediaType: string; kind: string }[];
    fileFields: { name: string; array: boolean; required: boolean }[];
    pathFields: string[];
    /** The form declares no fields: file parts under any name are taken. */
    anyFileField?: boolean;
    /** Text fields holding JSON (object properties): decoded before validation. */
    jsonFields?: string[];
    /** A form whose schema is no object: the body is its text as sent, or (`list`) its nameless fields `a&b`. */
    formValue?: "text" | "list";
  } | null;
  security: { scheme: string; scopes: string[] }[][];
  anonymous: boolean;
  /** Status key ("200", "2XX", "default") → media types declared for it. */
  responses: Record<string, ResponseMedia[]>;
}

/** One media type of a response; JSON ones carry the schema their bodies are serialized with. */
export interface ResponseMedia {
  mediaType: string;
  kind: string;
  /** Response direction: writeOnly fields left out; $refs into `ApiDefinition.responseSchema`. */
  schema?: object;
  /**
   * Sent through the field filter (declared fields of every branch, then
   * JSON.stringify) instead of fast-json-stringify, which writes an object
   * union with one branch only, or can't take the schema at all.
   */
  filtered?: true;
}

export interface ApiDefinition {
  routes: RouteDefinition[];
  sharedSchema: object;
  /** The response-direction schemas the response schemas reference. */
  responseSchema: object;
  /** The error codes the spec's error bodies allow (null: any); the runtime's own errors use one of them. */
  errorCodes: string[] | null;
  dialect: "draft-07" | "2020-12";
  securitySchemes: Record<string, SecurityScheme>;
}
