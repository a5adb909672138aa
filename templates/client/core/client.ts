/**
 * The SDK client: a thin layer over openapi-fetch that adds auth, retries,
 * per-attempt timeouts, typed errors, pagination and uploads. openapi-fetch
 * does the URL, query and body serialization and the response parsing.
 */
import createClient from "openapi-fetch";
import { APIPromise, type APIResponse } from "./api-promise.js";
import { AttemptSignal } from "./attempt-signal.js";
import { resolveAuth, type AuthScheme } from "./auth.js";
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  SDKError,
  makeAPIError,
} from "./errors.js";
import { Page, PagePromise } from "./pagination.js";
import { prepareBody, type BodyType, type PreparedBody } from "./request-body.js";
import { backoffDelayMs, isIdempotentMethod, isRetryableStatus, serverRequestedDelayMs, sleep } from "./retry.js";

export type { AuthScheme } from "./auth.js";

/** Receives diagnostic lines. Never given headers or credentials. */
export interface Logger {
  /** One line per HTTP attempt. */
  debug?(msg: string, data?: Record<string, unknown>): void;
  /** Informational lines. */
  info?(msg: string, data?: Record<string, unknown>): void;
  /** One line per retry. */
  warn?(msg: string, data?: Record<string, unknown>): void;
  /** Errors. */
  error?(msg: string, data?: Record<string, unknown>): void;
}

/** Options for constructing a client. */
export interface ClientOptions {
  /** Sent per the API's auth scheme; never logged, scrubbed from error text. */
  apiKey?: string;
  /** Defaults to the API's production server. */
  baseUrl?: string;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** Per-attempt timeout in ms (default 60000). */
  timeoutMs?: number;
  /** fetch implementation (default globalThis.fetch). */
  fetch?: typeof fetch;
  /** Headers sent on every request. */
  headers?: Record<string, string>;
  /** Receives diagnostic lines. */
  logger?: Logger;
}

/** Options for one call; they override the client's. */
export interface RequestOptions {
  /** Aborts the call (including any backoff wait) with APIUserAbortError. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms. */
  timeoutMs?: number;
  /** Retries after the first attempt. */
  maxRetries?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** Sent as `Idempotency-Key`; makes non-idempotent methods retryable. */
  idempotencyKey?: string;
}

/** Facts about the API baked in by the generator. */
export interface ClientDefaults {
  /** The API's name, for messages. */
  name: string;
  /** Default server URL. */
  baseUrl: string;
  /** How the API expects credentials. */
  auth: AuthScheme;
}

/** HTTP methods an OpenAPI operation can use. */
export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** The parameters of one operation call, as the generator passes them. */
export interface RequestInput {
  /** Path parameters by name; URL-encoded by the transport. */
  path?: Record<string, string | number | boolean>;
  /** Query parameters; arrays repeat the key, undefined is left out. */
  query?: object;
  /** Request body, encoded per `RequestMeta.bodyType`. */
  body?: unknown;
  /** Header parameters from the spec. */
  headers?: Record<string, unknown>;
}

/** How an operation's bodies are encoded and decoded. */
export interface RequestMeta {
  /** Response parsing (default "json"); "stream" resolves to the body's ReadableStream. */
  parseAs?: "json" | "text" | "stream" | "blob";
  /** Request body encoding (default "json"). */
  bodyType?: BodyType;
}

/** Where a list operation keeps its items and paging fields. */
export interface PaginationConfig {
  /** Body field holding the page's items. */
  items: string;
  /** Body field holding the total item count. */
  total?: string;
  /** Query parameter for the page size. */
  limit?: string;
  /** Query parameter for the number of items to skip. */
  offset?: string;
  /** Query parameter for the page number (1-based). */
  page?: string;
}

// The slice of openapi-fetch's client we use, typed loosely: the generated
// resources carry the precise types, so the runtime does not need to.
interface Transport {
  request(
    method: HttpMethod,
    url: string,
    init: TransportInit,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

interface TransportInit {
  params: { path?: Record<string, unknown>; query?: object };
  body: unknown;
  headers: Record<string, unknown> | undefined;
  parseAs: "json" | "text" | "stream" | "blob";
  bodySerializer: ((body: unknown) => unknown) | undefined;
  fetch?: (request: Request) => Promise<Response>;
  duplex?: "half";
}

// openapi-fetch's own `Client<Paths>` type is the costliest thing in a type-check of the
// whole SDK (it is instantiated even for `{}`); seen through this signature it never is.
const createTransport = createClient as unknown as (options: { baseUrl: string; headers: Record<string, string> }) => Transport;

const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_TIMEOUT_MS = 60_000;
const IDEMPOTENCY_HEADER = "Idempotency-Key";

/** The HTTP client the generated resources call. */
export class APIClient {
  readonly #transport: Transport;
  readonly #fetch: typeof fetch;
  readonly #maxRetries: number;
  readonly #timeoutMs: number;
  readonly #logger: Logger | undefined;
  readonly #secrets: readonly string[];
  readonly #authQuery: { name: string; value: string } | undefined;
  readonly #clientSendsIdempotencyKey: boolean;

  /** `defaults` come from the generator; `options` from the SDK user. */
  constructor(options: ClientOptions | undefined, defaults: ClientDefaults) {
    const opts = options ?? {};
    const auth = resolveAuth(defaults.auth, opts.apiKey);
    this.#maxRetries = opts.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.#timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#logger = opts.logger;
    this.#secrets = auth.secrets;
    this.#authQuery = auth.queryParam;
    this.#clientSendsIdempotencyKey = hasHeader(opts.headers, IDEMPOTENCY_HEADER);
    const fetchImpl = opts.fetch ?? globalThis.fetch;
    // Fail here, clearly, rather than as a retried "connection error" later.
    if (typeof fetchImpl !== "function") throw new SDKError("No fetch implementation: pass `fetch` in the client options.");
    this.#fetch = fetchImpl;
    // One transport per client: headers shared by every request are merged
    // into it here rather than on each call. fetch is passed per attempt.
    this.#transport = createTransport({
      baseUrl: opts.baseUrl ?? defaults.baseUrl,
      headers: { Accept: "application/json", ...opts.headers, ...auth.headers },
    });
  }

  /** Calls one operation and resolves to its parsed success body. */
  request<T>(
    method: HttpMethod,
    path: string,
    input?: RequestInput,
    options?: RequestOptions,
    meta?: RequestMeta,
  ): APIPromise<T> {
    return new APIPromise<T>(this.#send<T>(method, path, input ?? {}, options, meta));
  }

  /** Calls a list operation and resolves to its first Page. */
  requestPage<Body, Item>(
    method: HttpMethod,
    path: string,
    input: RequestInput,
    options: RequestOptions | undefined,
    pagination: PaginationConfig,
    meta?: RequestMeta,
  ): PagePromise<Body, Item> {
    const fetchPage = (pageInput: RequestInput): PagePromise<Body, Item> =>
      new PagePromise<Body, Item>(
        this.#send<Body>(method, path, pageInput, options, meta).then(({ data, response }) => ({
          data: new Page<Body, Item>(data, pagination, pageInput, fetchPage),
          response,
        })),
      );
    return fetchPage(input);
  }

  async #send<T>(
    method: HttpMethod,
    path: string,
    input: RequestInput,
    options: RequestOptions | undefined,
    meta: RequestMeta | undefined,
  ): Promise<APIResponse<T>> {
    const userSignal = options?.signal;
    if (userSignal?.aborted) throw new APIUserAbortError({ cause: userSignal.reason });

    const parseAs = meta?.parseAs ?? "json";
    const pending = prepareBody(input.body, meta?.bodyType ?? "json");
    const body: PreparedBody = pending instanceof Promise ? await pending : pending;
    const headers = requestHeaders(parseAs, body.contentType, input.headers, options);
    const init: TransportInit = {
      params: { path: input.path, query: this.#withAuthQuery(input.query) },
      body: body.body,
      headers,
      parseAs,
      bodySerializer: body.serializer,
    };
    // Node's fetch refuses a stream body unless told it is sent half-duplex.
    if (body.oneShot) init.duplex = "half";

    const maxRetries = options?.maxRetries ?? this.#maxRetries;
    const timeoutMs = options?.timeoutMs ?? this.#timeoutMs;
    // A one-shot stream is consumed by the first attempt and cannot be resent.
    const retryable =
      !body.oneShot &&
      (isIdempotentMethod(method) || this.#clientSendsIdempotencyKey || hasHeader(headers, IDEMPOTENCY_HEADER));

    for (let attempt = 0; ; attempt++) {
      const attemptSignal = new AttemptSignal(timeoutMs, userSignal);
      init.fetch = fetchWithSignal(this.#fetch, attemptSignal.signal);
      const startedAt = this.#logger?.debug ? Date.now() : 0;
      let result: Awaited<ReturnType<Transport["request"]>>;
      try {
        result = await this.#transport.request(method, path, init);
      } catch (cause) {
        attemptSignal.finish();
        const error = classifyFailure(cause, attemptSignal, userSignal, timeoutMs);
        this.#logAttempt(method, path, error.name, attempt, startedAt);
        if (!(error instanceof APIConnectionError) || !retryable || attempt >= maxRetries) throw error;
        await this.#waitToRetry(method, path, attempt, backoffDelayMs(attempt), error.name, userSignal);
        continue;
      }

      const { response } = result;
      // A streamed body is read after we return; keep the caller's signal able to cancel it.
      attemptSignal.finish(parseAs === "stream" && response.ok);
      this.#logAttempt(method, path, response.status, attempt, startedAt);
      if (response.ok) return { data: emptyTextAsString(result.data, parseAs, response.status) as T, response };

      if (retryable && attempt < maxRetries && isRetryableStatus(response.status)) {
        const delay = serverRequestedDelayMs(response.status, response.headers) ?? backoffDelayMs(attempt);
        await this.#waitToRetry(method, path, attempt, delay, response.status, userSignal);
        continue;
      }
      throw makeAPIError(response.status, result.error, response.headers, this.#secrets);
    }
  }

  #withAuthQuery(query: object | undefined): object | undefined {
    const auth = this.#authQuery;
    return auth ? { ...query, [auth.name]: auth.value } : query;
  }

  #logAttempt(method: HttpMethod, path: string, outcome: number | string, attempt: number, startedAt: number): void {
    const logger = this.#logger;
    if (!logger?.debug) return;
    logger.debug("HTTP request", {
      method: method.toUpperCase(),
      path,
      status: typeof outcome === "number" ? outcome : undefined,
      error: typeof outcome === "string" ? outcome : undefined,
      attempt: attempt + 1,
      ms: Date.now() - startedAt,
    });
  }

  async #waitToRetry(
    method: HttpMethod,
    path: string,
    attempt: number,
    delayMs: number,
    reason: number | string,
    userSignal: AbortSignal | undefined,
  ): Promise<void> {
    this.#logger?.warn?.("Retrying request", {
      method: method.toUpperCase(),
      path,
      attempt: attempt + 1,
      reason,
      delayMs: Math.round(delayMs),
    });
    await sleep(delayMs, userSignal);
  }
}

/**
 * openapi-fetch gives `undefined` for any empty body; a text response that is
 * empty (a job with no output yet) is still a string, as its type says.
 */
function emptyTextAsString(data: unknown, parseAs: RequestMeta["parseAs"], status: number): unknown {
  return data === undefined && parseAs === "text" && status !== 204 && status !== 205 ? "" : data;
}

/** Base class of the generated resource classes (`client.jobs`, …). */
export abstract class APIResource {
  /** The client every call of this resource goes through. */
  protected readonly _client: APIClient;

  /** Binds the resource to a client. */
  constructor(client: APIClient) {
    this._client = client;
  }
}

/**
 * The signal goes to fetch itself, not into openapi-fetch's Request: fetch
 * builds its own Request from ours either way, and a Request that has to
 * follow an outside signal costs measurably more (WeakRef, finalizer,
 * listener) on every call.
 */
function fetchWithSignal(fetchImpl: typeof fetch, signal: AbortSignal): (request: Request) => Promise<Response> {
  return (request) => fetchImpl(request, { signal });
}

/** Maps what the transport threw to the SDK error to report. */
function classifyFailure(
  cause: unknown,
  attemptSignal: AttemptSignal,
  userSignal: AbortSignal | undefined,
  timeoutMs: number,
): SDKError {
  if (userSignal?.aborted) return new APIUserAbortError({ cause });
  if (attemptSignal.timedOut) return new APITimeoutError(timeoutMs, { cause });
  if (cause instanceof SDKError) return cause;
  // openapi-fetch parses success bodies with JSON.parse / response.json().
  if (cause instanceof SyntaxError) return new SDKError("The response body is not valid JSON.", { cause });
  return new APIConnectionError(undefined, { cause });
}

/**
 * Headers specific to this call, or undefined when there are none (the
 * common case, which then allocates nothing). Later entries win.
 */
function requestHeaders(
  parseAs: NonNullable<RequestMeta["parseAs"]>,
  contentType: string | undefined,
  inputHeaders: Record<string, unknown> | undefined,
  options: RequestOptions | undefined,
): Record<string, unknown> | undefined {
  const accept = parseAs === "json" ? undefined : "*/*";
  const optionHeaders = options?.headers;
  const idempotencyKey = options?.idempotencyKey;
  if (!accept && !contentType && !inputHeaders && !optionHeaders && !idempotencyKey) return undefined;
  const headers: Record<string, unknown> = {};
  if (accept) headers["Accept"] = accept;
  if (contentType) headers["Content-Type"] = contentType;
  if (inputHeaders) Object.assign(headers, inputHeaders);
  if (optionHeaders) Object.assign(headers, optionHeaders);
  if (idempotencyKey) headers[IDEMPOTENCY_HEADER] = idempotencyKey;
  return headers;
}

function hasHeader(headers: Record<string, unknown> | undefined, name: string): boolean {
  if (!headers) return false;
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === wanted && headers[key] !== undefined && headers[key] !== null) return true;
  }
  return false;
}
