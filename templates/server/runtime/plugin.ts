/**
 * The Fastify plugin behind every generated `…Routes`: registers one route
 * per operation of the route table and, in its own encapsulated context,
 * the request id and rate-limit headers, authentication, request checks
 * Fastify's schemas can't express (media type, required body, files, upload
 * paths, JSON depth), response serialization from the response schemas,
 * handler timeouts, the API's error format and the 404 for unknown routes. A
 * missing handler answers 501 with a code the spec declares.
 */
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest, FastifySchema, RouteOptions } from "fastify";
import { credentialFor } from "./auth.js";
import { HttpError, errorBody, errorCodeResolver, toHttpError } from "./errors.js";
import { createHandlerClock, type HandlerClock, type InFlight } from "./handler-timeout.js";
import { addJsonParsers, DEFAULT_MAX_DEPTH } from "./json-body.js";
import { readMultipart, type MultipartLimits } from "./multipart.js";
import { createRateLimiter, rateLimitedError, type RateLimitOptions } from "./rate-limit.js";
import { requestIdOf } from "./request-id.js";
import { projectingSerializer } from "./serialization.js";
import { registerFrameworkContext } from "./server-options.js";
import { unsafePathReason } from "./upload-paths.js";
import { needsQueryPreparation, prepareHeaders, prepareQuery, queryPlanOf, searchRecord, type QueryPlan } from "./query-params.js";
import { addDispatchStrategy, dispatchValue, DISPATCH_CONSTRAINT, segmentsHook } from "./url-template.js";
import type { ApiDefinition, AuthContext, ResponseMedia, RouteDefinition, UploadedFile } from "./types.js";
import { precompile, type SerializeFunction, type SerializerSpec, type ValidateFunction, type ValidatorSpec } from "./precompile.js";
import { createValidatorCompiler, isExactPart } from "./validation.js";

export interface RoutesOptions<Handlers, Auth> {
  /** One function per operationId; a missing one answers 501. */
  handlers: Handlers;
  /**
   * Checks a credential (bearer token, API key, basic credentials) and returns
   * who it belongs to, or null to refuse it (401). Without it, every operation
   * that needs credentials answers 401.
   */
  authenticate?: (token: string, context: AuthContext) => Auth | null | undefined | Promise<Auth | null | undefined>;
  /** Per-client fixed-window limit; `false` turns it (and its headers) off. Default 1000 requests a minute per IP. */
  rateLimit?: (RateLimitOptions & { key?: (request: FastifyRequest) => string }) | false;
  /** Largest JSON, text or form body, in bytes (default 1 MiB; 413 above it). */
  bodyLimit?: number;
  /** Deepest nesting of objects and arrays in a JSON body (default 64; 400 `too_deep` below it, before parsing). */
  maxDepth?: number;
  /**
   * Longest a handler may take, in ms, before the request is answered 503
   * (default 30 s; `false` for none). What the handler returns afterwards is
   * dropped. The whole request (headers and body) has its own limit, a server
   * option: see `serverOptions()` / `createServer()`.
   */
  handlerTimeout?: number | false;
  /** Most multipart uploads read at once (default 16; `false` for no bound); above it, 503 with Retry-After. */
  maxConcurrentUploads?: number | false;
  /** Limits for multipart uploads (default: 10 MiB a file, 10 files, 100 fields of 64 KiB). */
  multipartLimits?: Partial<MultipartLimits>;
  /** Answer unknown routes with 404 resource_not_found in the API's format (default true). */
  notFound?: boolean;
}

interface RequestState {
  requestId: string;
  auth: unknown;
  files: Record<string, UploadedFile | UploadedFile[]>;
}

/** Thrown when a handler answers in a way the spec does not declare: a logged 500, never sent as is. */
class ResponseContractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ResponseContractError";
  }
}

interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string | number | readonly string[]>;
  contentType?: string;
}

type AnyHandler = (request: Record<string, unknown>) => HandlerResult | Promise<HandlerResult>;
/** A Fastify plugin such as @fastify/multipart, passed in so specs without uploads don't need it. */
type PluginLike = (instance: FastifyInstance, options: Record<string, unknown>, done?: (error?: Error) => void) => unknown;

const STATE = "openapiRouteState";
type WithState = FastifyRequest & { [STATE]: RequestState | null };

/** Reads and writes the decorated per-request state; the same interface as a Map so call sites stay plain. */
const stateStore = {
  get: (request: FastifyRequest): RequestState | undefined => (request as WithState)[STATE] ?? undefined,
  set: (request: FastifyRequest, state: RequestState) => {
    (request as WithState)[STATE] = state;
  },
};
type StateStore = typeof stateStore;

const DEFAULT_MULTIPART: MultipartLimits = { fileSize: 10 * 1024 * 1024, files: 10, fields: 100, fieldSize: 64 * 1024 };
const DEFAULT_HANDLER_TIMEOUT = 30_000;
const DEFAULT_CONCURRENT_UPLOADS = 16;

export function createRoutesPlugin(api: ApiDefinition, multipart?: PluginLike): FastifyPluginAsync<RoutesOptions<object, unknown>> {
  return async function routes(fastify, options) {
    const handlers = (options.handlers ?? {}) as Record<string, AnyHandler | undefined>;
    const known = new Set(api.routes.map((r) => r.handlerName));
    const unknown = Object.keys(handlers).filter((name) => !known.has(name));
    if (unknown.length) throw new Error(`handlers for unknown operations: ${unknown.join(", ")}`);
    // Per-request state on a decorated property (stable object shapes; a WeakMap costs more under churn).
    if (!fastify.hasRequestDecorator(STATE)) fastify.decorateRequest(STATE, null);
    const states = stateStore;
    const limits = { ...DEFAULT_MULTIPART, ...options.multipartLimits };
    const bodyLimit = options.bodyLimit ?? 1024 * 1024;
    const codeOf = errorCodeResolver(api.errorCodes);
    const handlerTimeout = options.handlerTimeout === false ? 0 : (options.handlerTimeout ?? DEFAULT_HANDLER_TIMEOUT);
    const clock = handlerTimeout > 0 ? createHandlerClock<FastifyReply, RoutePlan>(handlerTimeout, expireHandler) : null;
    if (clock) fastify.addHook("onClose", (_instance, done) => (clock.close(), done()));
    const uploads = uploadGate(options.maxConcurrentUploads === false ? Infinity : (options.maxConcurrentUploads ?? DEFAULT_CONCURRENT_UPLOADS));

    const built = await precompiled(api);
    fastify.setValidatorCompiler(createValidatorCompiler(api.dialect, api.sharedSchema, built.validators));
    const serializerOf = (schema: object): SerializeFunction => built.serializers.get(schema) ?? projectingSerializer(schema, api.responseSchema);
    fastify.setSerializerCompiler(({ schema, url, method, httpStatus }) => {
      const reason = built.failures.get(schema as object);
      if (reason)
        fastify.log.warn(
          `${method} ${url} ${httpStatus}: fast-json-stringify can't build this response schema (${reason}); it is sent keeping only the fields the schema declares`,
        );
      return serializerOf(schema as object);
    });
    addJsonParsers(fastify, options.maxDepth ?? DEFAULT_MAX_DEPTH, otherJsonTypes(api));
    const takesUpload = (route: RouteDefinition) => route.body?.media.some((m) => m.kind === "multipart") ?? false;
    const uploadRoutes = api.routes.filter(takesUpload);
    if (uploadRoutes.length && !multipart) throw new Error("this API takes multipart uploads: pass @fastify/multipart to createRoutesPlugin");
    addBodyParsers(fastify, api);

    const rate = options.rateLimit === false ? null : { max: 1000, windowMs: 60_000, ...options.rateLimit };
    const limiter = rate && createRateLimiter(rate);
    const rateKey = rate?.key;
    // Errors raised before routing (serverOptions' handlers) count on the same limiter and speak the same codes.
    registerFrameworkContext(fastify.server, {
      hit: (ip, request) => (limiter ? limiter.hit(rateKey && request ? rateKey(request) : ip) : null),
      codeOf,
    });
    // Callback-style hooks: on a hot GET they cost measurably less than async ones.
    fastify.addHook("onRequest", (request, reply, done) => {
      const requestId = requestIdOf(request);
      states.set(request, { requestId, auth: null, files: {} });
      reply.header("x-request-id", requestId);
      if (limiter) {
        const state = limiter.hitWithHeaders(rateKey ? rateKey(request) : request.ip, reply);
        if (state) return done(rateLimitedError(state));
      }
      // HTTP/1.1 requires Host (RFC 9112 §3.2); serverOptions() lets such requests through to be refused here, in the API's format.
      if (request.headers.host === undefined && request.raw.httpVersion === "1.1") {
        return done(HttpError.badRequest("The Host header is required", { field: "host", code: "required" }));
      }
      done();
    });

    fastify.setErrorHandler((error, request, reply) => {
      const http = toHttpError(error);
      if (http.status >= 500) request.log.error({ err: error }, "request failed");
      const requestId = states.get(request)?.requestId ?? requestIdOf(request);
      reply.header("x-request-id", requestId);
      for (const [name, value] of Object.entries(http.headers)) reply.header(name, value);
      // A string: the error format is fixed, and no route's response schema applies to it.
      return reply
        .code(http.status)
        .type("application/json; charset=utf-8")
        .send(JSON.stringify(errorBody(http, requestId, codeOf)));
    });

    if (options.notFound !== false) {
      fastify.setNotFoundHandler((request, reply) => {
        const requestId = states.get(request)?.requestId ?? requestIdOf(request);
        const body = errorBody(HttpError.notFound(`No route for ${request.method} ${request.url.split("?")[0]}`), requestId, codeOf);
        return reply.code(404).type("application/json; charset=utf-8").send(JSON.stringify(body));
      });
    }

    const released: (() => void)[] = [];
    if (api.routes.some((r) => r.dispatch)) {
      addDispatchStrategy(fastify);
      fastify.addHook("onClose", (_instance, done) => (released.forEach((release) => release()), done()));
    }
    const dispatchOf = (route: RouteDefinition, plan: RoutePlan): string => {
      const validate = route.schema.querystring ? built.validators.get(route.schema.querystring) : undefined;
      const accepts = (query: Record<string, unknown>): boolean => {
        if (!validate) return true;
        // A copy: the validator coerces and fills in defaults.
        const copy = structuredClone(query);
        if (plan.prepareQuery) prepareQuery(plan.query, copy);
        return validate(copy);
      };
      const { value, release } = dispatchValue({ required: route.dispatch ?? [], accepts });
      released.push(release);
      return value;
    };
    const headRoutes = new Set(api.routes.filter((r) => r.method === "HEAD").map((r) => r.url));
    const addRoute = (instance: FastifyInstance, route: RouteDefinition): void => {
      const plan = routePlan(route, serializerOf);
      instance.route({
        method: route.method as RouteOptions["method"],
        url: route.url,
        schema: { ...(route.schema as FastifySchema), ...responseSchemas(route) },
        bodyLimit,
        exposeHeadRoute: route.method === "GET" && !headRoutes.has(route.url),
        // Hooks only where there is something to do, so a plain GET pays for none of them.
        ...(route.dispatch ? { constraints: { [DISPATCH_CONSTRAINT]: dispatchOf(route, plan) } } : {}),
        ...onRequestHooks(route, route.security.length ? authHook(route, api, states, options) : undefined),
        ...(route.body || needsQueryPreparation(plan.query) || route.shapedHeaders ? { preValidation: preValidationHook(plan, states, limits, uploads) } : {}),
        ...(route.body?.formValue ? { config: { [FORM_VALUE]: route.body.formValue } as object } : {}),
        // Not async: a handler's promise is chained once (no extra await, no async wrapper to resolve).
        handler: (request, reply) => {
          try {
            const handler = handlers[route.handlerName];
            if (typeof handler !== "function") throw new HttpError(501, "not_implemented", `${route.handlerName} is not implemented yet`);
            const state = states.get(request)!;
            const result = handler({
              params: specParams(request.params as Record<string, unknown> | undefined, plan),
              query: request.query ?? {},
              headers: request.headers,
              body: request.body,
              files: state.files,
              auth: state.auth,
              requestId: state.requestId,
              log: request.log,
              request,
              reply,
            });
            if (!isThenable(result)) return finish(reply, plan, result);
            if (!clock) return Promise.resolve(result).then((value) => finish(reply, plan, value));
            return timed(clock, request, reply, result, plan);
          } catch (error) {
            // What an async handler would do: Fastify handles a rejection, not a throw.
            return Promise.reject(error);
          }
        },
      });
    };
    for (const route of api.routes) if (!takesUpload(route)) addRoute(fastify, route);
    if (uploadRoutes.length) {
      // @fastify/multipart adds async onRequest/onResponse hooks to every route of its context:
      // a child context keeps them on the upload routes, so every other request doesn't pay for them.
      await fastify.register(async (uploads) => {
        await uploads.register(multipart as never, {
          limits: { fileSize: limits.fileSize, files: limits.files, fields: limits.fields, fieldSize: limits.fieldSize },
        });
        for (const route of uploadRoutes) addRoute(uploads, route);
      });
    }
  };
}

/** A handler ran past its timeout: answer 503 unless something was already sent. */
function expireHandler(reply: FastifyReply, plan: RoutePlan): void {
  reply.log.warn({ handler: plan.route.handlerName }, "handler timed out");
  if (reply.sent) return;
  if (reply.raw.headersSent) reply.raw.destroy();
  else reply.send(new HttpError(503, "service_unavailable", "The request took too long to handle, please try again", undefined, { "retry-after": "1" }));
}

/**
 * Waits for a handler's promise under the handler timeout: past it the
 * request is answered 503 (expireHandler), and whatever the handler resolves
 * or rejects with afterwards is dropped.
 */
function timed(
  clock: HandlerClock<FastifyReply, RoutePlan>,
  request: FastifyRequest,
  reply: FastifyReply,
  result: PromiseLike<HandlerResult>,
  plan: RoutePlan,
): Promise<FastifyReply | undefined> {
  const entry: InFlight<FastifyReply, RoutePlan> = clock.start(reply, plan);
  return Promise.resolve(result).then(
    (value) => {
      if (entry.timedOut) return undefined;
      clock.finish(entry);
      return finish(reply, plan, value);
    },
    (error: unknown) => {
      if (entry.timedOut) {
        request.log.warn({ err: error }, "handler failed after its timeout");
        return undefined;
      }
      clock.finish(entry);
      throw error;
    },
  );
}

/** Bounds how many multipart bodies are read (and buffered) at once. */
function uploadGate(max: number) {
  let active = 0;
  return {
    enter(reply: FastifyReply): void {
      if (active >= max) {
        throw new HttpError(
          503,
          "service_unavailable",
          "Too many uploads in progress, please retry shortly",
          { field: "body", code: "too_many_uploads" },
          { "retry-after": "1" },
        );
      }
      active++;
      // Released when the response is done (or the client went away): the buffered files live until then.
      reply.raw.once("close", () => {
        active--;
      });
    },
  };
}
type UploadGate = ReturnType<typeof uploadGate>;

/** JSON media types other than application/json that request bodies declare (they get the same parser). */
function otherJsonTypes(api: ApiDefinition): string[] {
  const types = api.routes.flatMap(
    (r) => r.body?.media.filter((m) => m.kind === "json" && !m.mediaType.includes("*")).map((m) => mediaTypeOf(m.mediaType)) ?? [],
  );
  return [...new Set(types)].filter((t) => t !== "application/json");
}

/**
 * Fastify's `schema.response` for a route: by status (lower-case `2xx`, as
 * Fastify spells it), then media type. A status whose only media type is
 * JSON gets its schema directly: Fastify then finds the serializer without
 * parsing the reply's Content-Type on every response.
 */
function responseSchemas(route: RouteDefinition): { response?: Record<string, object> } {
  const response: Record<string, object> = {};
  for (const [key, media] of Object.entries(route.responses)) {
    const content: Record<string, { schema: object }> = {};
    for (const m of media) if (m.schema) content[mediaTypeOf(m.mediaType)] = { schema: m.schema };
    const types = Object.keys(content);
    if (types.length === 1 && media.length === 1) response[key.toLowerCase()] = content[types[0]].schema;
    else if (types.length) response[key.toLowerCase()] = { content };
  }
  return Object.keys(response).length ? { response } : {};
}

const SCHEMA_PARTS = ["headers", "body", "querystring", "params"] as const;

/** The route config key holding a non-object form's value kind, read by the urlencoded parser. */
const FORM_VALUE = "openapiFormValue";

interface Built {
  validators: WeakMap<object, ValidateFunction>;
  serializers: WeakMap<object, SerializeFunction>;
  /** Response schemas fast-json-stringify could not take, with its reason. */
  failures: WeakMap<object, string>;
}

/** Every route schema part's validator and every response schema's serializer, built off this thread (see precompile.ts), by schema object. */
async function precompiled(api: ApiDefinition): Promise<Built> {
  const parts: ValidatorSpec[] = [];
  for (const route of api.routes) {
    const schema = route.schema as Record<string, object | undefined>;
    for (const part of SCHEMA_PARTS) {
      const partSchema = schema[part] as Record<string, unknown> | undefined;
      if (!partSchema) continue;
      // A body with `content` is validated per media type, each with its own schema.
      const content = part === "body" ? (partSchema.content as Record<string, { schema: Record<string, unknown> }> | undefined) : undefined;
      const entries: [string, Record<string, unknown>][] = content
        ? Object.entries(content).map(([type, media]) => [`${part} ${type}`, media.schema])
        : [[part, partSchema]];
      for (const [name, entry] of entries) {
        parts.push({ schema: entry, key: `${route.method} ${route.url} ${name}`, coerce: !isExactPart(part, entry) });
      }
    }
  }
  const responses: SerializerSpec[] = [];
  for (const route of api.routes) {
    for (const [key, media] of Object.entries(route.responses)) {
      for (const m of media) if (m.schema && !m.filtered) responses.push({ key: `${route.method} ${route.url} ${key} ${m.mediaType}`, schema: m.schema });
    }
  }
  const built = await precompile(api.dialect, api.sharedSchema, parts, { external: api.responseSchema, specs: responses });
  const serializers = new WeakMap<object, SerializeFunction>();
  const failures = new WeakMap<object, string>();
  responses.forEach((spec, index) => {
    const serializer = built.serializers[index]!;
    if (typeof serializer === "function") serializers.set(spec.schema, serializer);
    else failures.set(spec.schema, serializer.error);
  });
  return { validators: new WeakMap(parts.map((part, index) => [part.schema, built.validators[index]!])), serializers, failures };
}

function addBodyParsers(fastify: FastifyInstance, api: ApiDefinition): void {
  const kinds = new Set(api.routes.flatMap((r) => r.body?.media.map((m) => m.kind) ?? []));
  if (kinds.has("form")) {
    fastify.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (request, text, done) => {
      // A form whose schema is no object has no field names: its text is the value (see RouteDefinition's formValue).
      const value = (request.routeOptions.config as unknown as Record<string, unknown> | undefined)?.[FORM_VALUE];
      if (value === "text") return done(null, text);
      if (value === "list") return done(null, [...new URLSearchParams(text as string).keys()]);
      done(null, searchRecord(text as string));
    });
  }
  // Raw bodies (files, images, any media type without a parser) arrive as Buffers; the route checks the type.
  if (kinds.has("binary") || kinds.has("text")) {
    fastify.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
  }
}

function authHook(route: RouteDefinition, api: ApiDefinition, states: StateStore, options: RoutesOptions<object, unknown>) {
  const { security, anonymous, handlerName } = route;
  const schemes = api.securitySchemes;
  return (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void => {
    const credential = credentialFor(request, security, schemes);
    if (!credential) return anonymous ? done() : done(HttpError.unauthorized("Missing credentials: send an API key or access token"));
    const authenticate = options.authenticate;
    if (!authenticate) return accept(request, null, states, done);
    try {
      const result = authenticate(credential.token, { scheme: credential.scheme, scopes: credential.scopes, operationId: handlerName, request });
      if (result && typeof (result as Promise<unknown>).then === "function") {
        (result as Promise<unknown>).then(
          (auth) => accept(request, auth, states, done),
          (error: Error) => done(error),
        );
      } else accept(request, result, states, done);
    } catch (error) {
      done(error as Error);
    }
  };
}

function accept(request: FastifyRequest, auth: unknown, states: StateStore, done: (error?: Error) => void): void {
  if (auth === null || auth === undefined) return done(HttpError.unauthorized("Invalid or expired credentials"));
  states.get(request)!.auth = auth;
  done();
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && (typeof value === "object" || typeof value === "function") && typeof (value as PromiseLike<unknown>).then === "function";
}

function mediaTypeOf(header: string | undefined): string {
  return (header ?? "").split(";")[0].trim().toLowerCase();
}

/** A media type's type and subtype, lower-cased, parameters dropped (`undefined` subtype when there is no `/`). */
function mediaParts(mediaType: string): [string, string | undefined] {
  const [type, subtype] = mediaType.toLowerCase().split(";")[0].trim().split("/");
  return [type, subtype];
}

function mediaMatches(declared: string, actual: string): boolean {
  return partsMatch(mediaParts(declared), actual.split("/"));
}

function partsMatch([type, subtype]: readonly [string, string | undefined], [aType, aSubtype]: readonly (string | undefined)[]): boolean {
  return (type === "*" || type === aType) && (subtype === "*" || subtype === aSubtype);
}

/** URL-template segments are split before auth runs (it may read params); a route with neither gets no hook. */
function onRequestHooks(route: RouteDefinition, auth: ReturnType<typeof authHook> | undefined): { onRequest?: ReturnType<typeof segmentsHook>[] } {
  const hooks = [...(route.segments?.length ? [segmentsHook(route.segments)] : []), ...(auth ? [auth] : [])];
  return hooks.length ? { onRequest: hooks } : {};
}

/** What a route needs per request, worked out once when it registers. */
interface RoutePlan {
  route: RouteDefinition;
  /** [Fastify name, spec name] of renamed path params. */
  renamed: [string, string][];
  /** The request body's accepted media types, pre-split. */
  accepts: [string, string | undefined][];
  acceptsList: string;
  /** What each Content-Type header value seen so far means for this route (a few dozen at most: see bodyKindOf). */
  contentTypes: Map<string, BodyKind>;
  /** Declared response media by status, filled in as statuses are answered (null: undeclared). */
  declared: Map<number, ResponseMedia[] | null>;
  /** The operation declares responses, so an undeclared status is an error. */
  checksStatus: boolean;
  /** The serializer of one of the route's response schemas. */
  serializerOf: (schema: object) => SerializeFunction;
  query: QueryPlan;
  /** Some query parameter is not in the shape Fastify's parser leaves it (comma lists, objects). */
  prepareQuery: boolean;
}

function routePlan(route: RouteDefinition, serializerOf: (schema: object) => SerializeFunction): RoutePlan {
  const query = queryPlanOf(route);
  return {
    route,
    renamed: Object.keys(route.renamedParams).map((name) => [name, route.renamedParams[name]]),
    accepts: route.body?.media.map((m) => mediaParts(m.mediaType)) ?? [],
    acceptsList: route.body?.media.map((m) => m.mediaType).join(" or ") ?? "",
    contentTypes: new Map(),
    declared: new Map(),
    checksStatus: Object.keys(route.responses).length > 0,
    serializerOf,
    query,
    prepareQuery: needsQueryPreparation(query),
  };
}

/**
 * Query and header values into their schema's shape (query-params.ts), the body's media type and required-ness, and
 * multipart bodies. Synchronous (done) unless the body is multipart; then it
 * returns the promise instead, and Fastify waits for that.
 */
function preValidationHook(plan: RoutePlan, states: StateStore, limits: MultipartLimits, uploads: UploadGate) {
  const { route } = plan;
  return (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void): Promise<void> | void => {
    if (plan.prepareQuery) prepareQuery(plan.query, request.query as Record<string, unknown>);
    if (route.shapedHeaders) prepareHeaders(route.shapedHeaders, request.headers);
    const body = route.body;
    if (!body) return done();
    const kind = bodyKindOf(plan, request.headers["content-type"]);
    if (typeof kind === "object") {
      throw HttpError.badRequest(`Content-Type ${kind.refused} is not accepted; send ${plan.acceptsList}`, {
        field: "content-type",
        code: "unsupported_media_type",
      });
    }
    if (kind === "multipart") {
      uploads.enter(reply);
      return prepareMultipart(request, body, states, limits);
    }
    checkRequired(request, body);
    done();
  };
}

/** A request body's Content-Type for a route: accepted (multipart or not), or refused (with the media type, for the message). */
type BodyKind = "multipart" | "other" | { refused: string };

/** Most Content-Type values remembered per route: clients send a handful; an attacker's endless variants are worked out each time. */
const REMEMBERED_CONTENT_TYPES = 32;

function bodyKindOf(plan: RoutePlan, header: string | undefined): BodyKind {
  const raw = header ?? "";
  let kind = plan.contentTypes.get(raw);
  if (kind !== undefined) return kind;
  const type = mediaTypeOf(raw);
  const actual = type.split("/");
  // No Content-Type at all is left to the body parser and the required-body check.
  if (type && !plan.accepts.some((declared) => partsMatch(declared, actual))) kind = { refused: type };
  else kind = type.startsWith("multipart/") ? "multipart" : "other";
  if (plan.contentTypes.size < REMEMBERED_CONTENT_TYPES) plan.contentTypes.set(raw, kind);
  return kind;
}

async function prepareMultipart(
  request: FastifyRequest,
  body: NonNullable<RouteDefinition["body"]>,
  states: StateStore,
  limits: MultipartLimits,
): Promise<void> {
  const { fields, files } = await readMultipart(request, limits, body.fileFields, body.anyFileField);
  // OpenAPI's default part type for an object is application/json: the SDK sends it as JSON text.
  for (const name of body.jsonFields ?? []) {
    const value = fields[name];
    fields[name] = Array.isArray(value) ? value.map(decodeJsonPart) : decodeJsonPart(value);
  }
  request.body = fields;
  states.get(request)!.files = files;
  for (const file of body.fileFields) {
    if (file.required && !files[file.name]) throw HttpError.badRequest(`form field ${file.name} is required (a file)`, { field: file.name, code: "required" });
  }
  for (const name of body.pathFields) {
    const value = fields[name];
    const reason = typeof value === "string" ? unsafePathReason(value) : null;
    if (reason) throw HttpError.badRequest(`${name} ${reason}`, { field: name, code: "unsafe_path" });
  }
  checkRequired(request, body);
}

/** JSON text as its value; anything else (not text, not JSON) as it is, for the validator to refuse by name. */
function decodeJsonPart(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function checkRequired(request: FastifyRequest, body: NonNullable<RouteDefinition["body"]>): void {
  if (body.required && request.body === undefined) {
    throw HttpError.badRequest("The request body is required", { field: "body", code: "required" });
  }
}

function specParams(params: Record<string, unknown> | undefined, plan: RoutePlan): Record<string, unknown> {
  if (!params) return {};
  if (plan.renamed.length === 0) return params;
  const out: Record<string, unknown> = { ...params };
  for (const [name, specName] of plan.renamed) {
    out[specName] = params[name];
    delete out[name];
  }
  return out;
}

/** The media types the spec declares for a status (its own key, its range, or `default`); null when it declares none of them. */
function declaredMedia(plan: RoutePlan, status: number): ResponseMedia[] | null {
  let media = plan.declared.get(status);
  if (media === undefined) {
    const responses = plan.route.responses;
    const key = String(status);
    media = responses[key] ?? responses[`${key[0]}XX`] ?? responses[`${key[0]}xx`] ?? responses.default ?? null;
    plan.declared.set(status, media);
  }
  return media;
}

/** Sends a handler's result; hands Fastify the reply only while it is still being sent (a stream), as `return reply` would. */
function finish(reply: FastifyReply, plan: RoutePlan, result: HandlerResult): FastifyReply | undefined {
  sendResult(reply, plan, result);
  return reply.sent ? undefined : reply;
}

function sendResult(reply: FastifyReply, plan: RoutePlan, result: HandlerResult): FastifyReply {
  if (!result || typeof result.status !== "number") throw new ResponseContractError(`${plan.route.handlerName} returned no status`);
  const declared = declaredMedia(plan, result.status);
  // An operation that declares responses answers only with those (one that declares none is not checked).
  if (declared === null && plan.checksStatus)
    throw new ResponseContractError(`${plan.route.handlerName} answered ${result.status}, a status its operation does not declare`);
  reply.code(result.status);
  const headers = result.headers;
  if (headers !== undefined && headers !== null) {
    for (const name of Object.keys(headers)) reply.header(name, headers[name]);
  }
  if (result.body === undefined || result.status === 204 || result.status === 304) return reply.send();
  if (declared !== null && declared.length === 0 && plan.checksStatus) {
    // The spec gives this status no body: none is sent (as undeclared fields are dropped).
    reply.log.warn({ handler: plan.route.handlerName, status: result.status }, "handler returned a body for a status that declares none; not sent");
    return reply.send();
  }
  const chosen = result.contentType ? declared?.find((m) => mediaMatches(m.mediaType, mediaTypeOf(result.contentType))) : declared?.[0];
  const kind = chosen?.kind ?? (typeof result.body === "string" ? "text" : Buffer.isBuffer(result.body) ? "binary" : "json");
  const fallback = kind === "json" ? "application/json" : kind === "text" ? "text/plain" : "application/octet-stream";
  const mediaType = result.contentType ?? (chosen && !chosen.mediaType.includes("*") ? chosen.mediaType : fallback);
  if (kind === "json") {
    // Objects go through Fastify's serializer for this status and type: the response schema's, built by fast-json-stringify.
    if (mediaType !== "application/json") reply.type(mediaType);
    if (typeof result.body !== "string") return reply.send(result.body);
    // Fastify sends strings as they are: a JSON string value is serialized here, by the same serializer.
    return reply.type(mediaType).send(chosen?.schema ? plan.serializerOf(chosen.schema)(result.body) : JSON.stringify(result.body));
  }
  if (kind === "text")
    return reply.type(mediaType.startsWith("text/") && !mediaType.includes("charset") ? `${mediaType}; charset=utf-8` : mediaType).send(String(result.body));
  const body = result.body instanceof Uint8Array && !Buffer.isBuffer(result.body) ? Buffer.from(result.body) : result.body;
  return reply.type(mediaType).send(body);
}
