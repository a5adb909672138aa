/**
 * The SDK client: auth, retries, per-attempt timeouts, typed errors,
 * pagination, uploads and downloads over the platform's fetch, called as
 * `fetch(url, init)`. openapi-fetch serializes the URL (request-url.ts).
 */
import { APIPromise, type Outcome, type ResponseMode } from "./api-promise.js";
import type { Attempt, FetchLike } from "./attempt.js";
import { SignalAttempt } from "./attempt-signal.js";
import { resolveAuth, type AuthScheme, type ResolvedAuth } from "./auth.js";
import { FileDownload } from "./download.js";
import { APIConnectionError, APITimeoutError, APIUserAbortError, SDKError, makeAPIError } from "./errors.js";
import { Page, PagePromise } from "./pagination.js";
import { platform, type NodeTransport } from "./platform.js";
import { prepareBody, type PreparedBody } from "./request-body.js";
import { checkedBaseUrl, requestUrl } from "./request-url.js";
import { MAX_SERVER_DELAY_MS, backoffDelayMs, isIdempotentMethod, isRetryableStatus, serverRequestedDelayMs, serverSaysRetry, sleep } from "./retry.js";

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
  /** Sent per the API's auth scheme (default: the `<NAME>_API_KEY` environment variable); never logged, scrubbed from error text. */
  apiKey?: string;
  /** Default: the `<NAME>_BASE_URL` environment variable, else the API's production server. */
  baseUrl?: string;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** Per-attempt timeout in ms (default 60000). */
  timeoutMs?: number;
  /** fetch implementation (default globalThis.fetch), called as `fetch(url, init)`. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Extra RequestInit fields for every fetch (e.g. a proxy `dispatcher` in Node). */
  fetchOptions?: RequestInit & Record<string, unknown>;
  /** Headers sent on every request. */
  headers?: Record<string, string>;
  /** Query parameters sent on every request (a call's own win). */
  defaultQuery?: Record<string, unknown>;
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
  /** Sent as `Idempotency-Key`; makes non-idempotent methods retryable (generated per call where the API declares the header). */
  idempotencyKey?: string;
  /** Another server for this call. */
  baseUrl?: string;
  /** Extra RequestInit fields for this call's fetch. */
  fetchOptions?: RequestInit & Record<string, unknown>;
}

/** Facts about the API baked in by the generator. */
export interface ClientDefaults {
  /** The API's name, for messages. */
  name: string;
  /** Default server URL. */
  baseUrl: string;
  /** How the API expects credentials. */
  auth: AuthScheme;
  /** Prefix of the environment variables read: `VANTAGE` → VANTAGE_API_KEY, VANTAGE_BASE_URL. */
  env?: string;
  /** `name/version` of the SDK, for the User-Agent. */
  sdk?: string;
}

import type { HttpMethod, PaginationConfig, RequestInput, RequestMeta } from "./request-input.js";

export type { HttpMethod, PaginationConfig, RequestInput, RequestMeta };

const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_TIMEOUT_MS = 60_000;
const IDEMPOTENCY_HEADER = "Idempotency-Key";
/** Sent on every retry with its number (1, 2, …), like openai-node's x-stainless-retry-count. */
export const RETRY_COUNT_HEADER = "X-Retry-Count";

/** The environment, where there is one (Node, Deno, Bun); never a Node import, so browsers bundle cleanly. */
function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name];
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

/** The HTTP client the generated resources call. */
export class APIClient {
  readonly #options: ClientOptions;
  readonly #defaults: ClientDefaults;
  readonly #fetch: FetchLike;
  /** Node's transport, where this client's fetch is Node's own: attempts are cut off through undici rather than a signal. */
  readonly #node: NodeTransport | undefined;
  readonly #baseUrl: string;
  readonly #headers: Record<string, string>;
  readonly #maxRetries: number;
  readonly #timeoutMs: number;
  readonly #logger: Logger | undefined;
  readonly #secrets: readonly string[];
  readonly #defaultQuery: Record<string, unknown> | undefined;
  readonly #authQuery: Record<string, string> | undefined;
  readonly #apiKey: string | undefined;
  /** Header names the client-wide scheme sets: an operation with its own scheme sends its own instead. */
  readonly #authHeaderNames: string[];
  /** Per-operation schemes (meta.auth), resolved once each. */
  readonly #operationAuth = new Map<string, ResolvedAuth>();

  /** `defaults` come from the generator; `options` from the SDK user. Throws on a configuration mistake. */
  constructor(options: ClientOptions | undefined, defaults: ClientDefaults) {
    const opts = options ?? {};
    this.#options = opts;
    this.#defaults = defaults;
    const env = defaults.env;
    const apiKey = opts.apiKey ?? (env ? readEnv(`${env}_API_KEY`) : undefined);
    if (defaults.auth.type !== "none" && (apiKey === undefined || apiKey === "")) {
      throw new SDKError(`${defaults.name}: no API key. Pass \`apiKey\` to the constructor${env ? ` or set the ${env}_API_KEY environment variable` : ""}.`);
    }
    const baseUrl = opts.baseUrl ?? (env ? readEnv(`${env}_BASE_URL`) : undefined) ?? defaults.baseUrl;
    this.#baseUrl = checkedBaseUrl(baseUrl, defaults.name);
    if (hasHeader(opts.headers, IDEMPOTENCY_HEADER)) {
      // One key on every request would make every create after the first replay the first.
      throw new SDKError(
        `${defaults.name}: an Idempotency-Key in the client-wide \`headers\` would be sent with every request; pass \`idempotencyKey\` per call instead.`,
      );
    }
    const auth = resolveAuth(defaults.auth, apiKey);
    this.#maxRetries = opts.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.#timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#logger = opts.logger;
    this.#secrets = auth.secrets;
    this.#apiKey = apiKey;
    this.#authHeaderNames = Object.keys(auth.headers);
    this.#defaultQuery = opts.defaultQuery && Object.keys(opts.defaultQuery).length ? opts.defaultQuery : undefined;
    this.#authQuery = authQueryOf(auth);
    const fetchImpl = opts.fetch ?? (globalThis.fetch as ((url: string, init: RequestInit) => Promise<Response>) | undefined);
    // Fail here, clearly, rather than as a retried "connection error" later.
    if (typeof fetchImpl !== "function") throw new SDKError("No fetch implementation: pass `fetch` in the client options.");
    this.#fetch = fetchImpl as FetchLike;
    this.#node = opts.fetch === undefined && platform.node?.isNodeFetch(fetchImpl) ? platform.node : undefined;
    const headers: Record<string, string> = { Accept: "application/json" };
    // Browsers refuse to let scripts set User-Agent; everywhere else it names the SDK.
    if (defaults.sdk && typeof (globalThis as { document?: unknown }).document === "undefined") headers["User-Agent"] = defaults.sdk;
    mergeHeaders(headers, opts.headers);
    mergeHeaders(headers, auth.headers);
    this.#headers = headers;
  }

  /**
   * A client like this one with some options changed (same API, same
   * resources): `client.withOptions({ timeoutMs: 5000 })`.
   */
  withOptions(options: ClientOptions): this {
    const merged: ClientOptions = { ...this.#options, ...options };
    const Ctor = this.constructor as new (options: ClientOptions, defaults: ClientDefaults) => this;
    return new Ctor(merged, this.#defaults);
  }

  /** Calls one operation and resolves to its parsed success body. */
  request<T>(method: HttpMethod, path: string, input?: RequestInput, options?: RequestOptions, meta?: RequestMeta): APIPromise<T> {
    return new APIPromise<T>((mode) => this.#send<T>(method, path, input ?? {}, options, meta, mode));
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
    const fetchPage = (pageInput: RequestInput, previous?: Page<Body, Item>): PagePromise<Body, Item> =>
      new PagePromise<Body, Item>(
        this.#send<Body>(method, path, pageInput, options, meta).then(
          (outcome): Outcome<Page<Body, Item>> =>
            outcome.failed ? outcome : { data: new Page<Body, Item>(outcome.data, pagination, pageInput, fetchPage, previous), response: outcome.response },
        ),
      );
    return fetchPage(input);
  }

  async #send<T>(
    method: HttpMethod,
    path: string,
    input: RequestInput,
    options: RequestOptions | undefined,
    meta: RequestMeta | undefined,
    mode?: ResponseMode,
  ): Promise<Outcome<T>> {
    // Never rejects: APIPromise throws the failure to whoever asks for the result.
    try {
      const userSignal = options?.signal;

      const baseUrl = options?.baseUrl !== undefined ? checkedBaseUrl(options.baseUrl, this.#defaults.name) : this.#baseUrl;
      // The client's default query, then the call's, then an `in: query` API key.
      let query = input.query as Record<string, unknown> | undefined;
      const operationAuth = meta?.auth ? this.#authFor(meta.auth) : undefined;
      const authQuery = operationAuth ? authQueryOf(operationAuth) : this.#authQuery;
      if (this.#defaultQuery || authQuery) query = { ...this.#defaultQuery, ...query, ...authQuery };
      const url = requestUrl(baseUrl, path, input.path, query);
      const parseAs = meta?.parseAs ?? "json";
      const pending = prepareBody(input.body, meta?.bodyType ?? "json", meta?.contentType);
      const body: PreparedBody = pending instanceof Promise ? await pending : pending;
      const headers = this.#requestHeaders(parseAs, body.contentType, input.headers, options, meta, operationAuth);
      const init: RequestInit & Record<string, unknown> = {
        ...this.#options.fetchOptions,
        ...options?.fetchOptions,
        method: method.toUpperCase(),
        headers,
        body: body.body,
      };
      // Node's fetch refuses a stream body unless told it is sent half-duplex.
      if (body.oneShot) init.duplex = "half";

      const maxRetries = options?.maxRetries ?? this.#maxRetries;
      const timeoutMs = options?.timeoutMs ?? this.#timeoutMs;
      // A one-shot stream is consumed by the first attempt and cannot be resent.
      const retryable = !body.oneShot && (isIdempotentMethod(method) || hasHeader(headers, IDEMPOTENCY_HEADER));

      // The caller's fetchOptions.dispatcher, else the global one: read per call, as fetch does.
      const dispatcher = this.#node?.dispatcherFor(init);
      // Checked here, after any wait for the body: a retry's backoff wait checks it itself.
      if (userSignal?.aborted) throw new APIUserAbortError({ cause: userSignal.reason });

      for (let attempt = 0; ; attempt++) {
        if (attempt > 0) headers[RETRY_COUNT_HEADER] = String(attempt);
        const thisAttempt: Attempt = dispatcher ? this.#node!.attempt(timeoutMs, userSignal, dispatcher) : new SignalAttempt(timeoutMs, userSignal);
        const startedAt = this.#logger?.debug ? Date.now() : 0;
        let response: Response;
        let data: unknown;
        try {
          response = await thisAttempt.send(this.#fetch, url, init);
          if (response.ok) {
            if (mode?.raw) {
              // asResponse(): the caller reads the body; the timeout no longer applies.
              thisAttempt.finish();
              this.#logAttempt(method, path, response.status, attempt, startedAt);
              return { data: undefined as T, response };
            }
            if (parseAs === "stream") {
              // The body is read after we return: the caller's signal stays linked until it ends.
              thisAttempt.finish(true);
              this.#logAttempt(method, path, response.status, attempt, startedAt);
              return { data: new FileDownload(response, () => thisAttempt.release(), userSignal) as T, response };
            }
            data = await readBody(response, parseAs);
          } else data = await readErrorBody(response);
        } catch (cause) {
          thisAttempt.finish();
          const error = classifyFailure(cause, thisAttempt, userSignal, timeoutMs);
          this.#logAttempt(method, path, error.name, attempt, startedAt);
          if (!(error instanceof APIConnectionError) || !retryable || attempt >= maxRetries) throw error;
          await this.#waitToRetry(method, path, attempt, backoffDelayMs(attempt), error.name, userSignal);
          continue;
        }
        thisAttempt.finish();
        this.#logAttempt(method, path, response.status, attempt, startedAt);
        if (response.ok) return { data: data as T, response };

        const requested = serverRequestedDelayMs(response.status, response.headers);
        const verdict = serverSaysRetry(response.headers);
        const worthRetrying = verdict ?? isRetryableStatus(response.status);
        // A wait beyond the cap is not worth hanging for: the caller gets the error now, with the wait.
        if (retryable && attempt < maxRetries && worthRetrying && (requested === undefined || requested <= MAX_SERVER_DELAY_MS)) {
          await this.#waitToRetry(method, path, attempt, requested ?? backoffDelayMs(attempt), response.status, userSignal);
          continue;
        }
        throw makeAPIError(response.status, data, response.headers, operationAuth ? [...this.#secrets, ...operationAuth.secrets] : this.#secrets, requested);
      }
    } catch (error) {
      return { failed: true, error };
    }
  }

  /** The headers of one call: the client's, then the operation's, then the call's; a fresh object (retries add to it). */
  #requestHeaders(
    parseAs: NonNullable<RequestMeta["parseAs"]>,
    contentType: string | undefined,
    inputHeaders: Record<string, unknown> | undefined,
    options: RequestOptions | undefined,
    meta: RequestMeta | undefined,
    operationAuth: ResolvedAuth | undefined,
  ): Record<string, string> {
    const headers: Record<string, string> = { ...this.#headers };
    if (operationAuth) {
      for (const name of this.#authHeaderNames) delete headers[name];
      Object.assign(headers, operationAuth.headers);
    }
    if (parseAs !== "json") headers.Accept = "*/*";
    if (contentType) headers["Content-Type"] = contentType;
    if (inputHeaders) mergeHeaders(headers, inputHeaders);
    if (options?.headers) mergeHeaders(headers, options.headers);
    const keyHeader = meta?.idempotencyHeader ?? IDEMPOTENCY_HEADER;
    if (options?.idempotencyKey) mergeHeaders(headers, { [keyHeader]: options.idempotencyKey });
    else if (meta?.idempotencyHeader && !hasHeader(headers, keyHeader)) headers[keyHeader] = newIdempotencyKey();
    return headers;
  }

  /** The key as an operation with its own security scheme takes it. */
  #authFor(scheme: AuthScheme): ResolvedAuth {
    const key = scheme.type === "apiKey" ? `apiKey:${scheme.in}:${scheme.name}` : scheme.type;
    let resolved = this.#operationAuth.get(key);
    if (!resolved) {
      resolved = resolveAuth(scheme, this.#apiKey);
      this.#operationAuth.set(key, resolved);
    }
    return resolved;
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

/** The query parameter an `in: query` key travels in, as query entries. */
function authQueryOf(auth: ResolvedAuth): Record<string, string> | undefined {
  return auth.queryParam ? { [auth.queryParam.name]: auth.queryParam.value } : undefined;
}

/** A fresh idempotency key: one per call, reused by that call's retries. */
function newIdempotencyKey(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID) return `sdk-${crypto.randomUUID()}`;
  return `sdk-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}

/** A success body as the operation's type says: no content is undefined (an empty text is ""). */
async function readBody(response: Response, parseAs: NonNullable<RequestMeta["parseAs"]>): Promise<unknown> {
  const noContent = response.status === 204 || response.status === 205;
  if (parseAs === "text") return noContent ? undefined : response.text();
  if (noContent) {
    await response.body?.cancel();
    return undefined;
  }
  if (parseAs === "blob") {
    if (response.headers.get("content-length") !== "0") return response.blob();
    await response.body?.cancel();
    return undefined;
  }
  // An empty JSON body (Content-Length: 0 or none sent) reads as "": no header lookup on the hot path.
  const text = await response.text();
  return text === "" ? undefined : JSON.parse(text);
}

/** An error body: its JSON when it is JSON, else its text, else undefined. */
async function readErrorBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
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

/** Maps what the transport threw to the SDK error to report. */
function classifyFailure(cause: unknown, thisAttempt: Attempt, userSignal: AbortSignal | undefined, timeoutMs: number): SDKError {
  if (userSignal?.aborted) return new APIUserAbortError({ cause });
  if (thisAttempt.timedOut) return new APITimeoutError(timeoutMs, { cause });
  if (cause instanceof SDKError) return cause;
  // Success bodies are parsed with JSON.parse.
  if (cause instanceof SyntaxError) return new SDKError("The response body is not valid JSON.", { cause });
  return new APIConnectionError(undefined, { cause });
}

/** Sets each defined header on `target`, replacing any of the same name in another case; null removes it. */
function mergeHeaders(target: Record<string, string>, source: Record<string, unknown> | undefined): void {
  if (!source) return;
  for (const name of Object.keys(source)) {
    const value = source[name];
    if (value === undefined) continue;
    const lower = name.toLowerCase();
    for (const existing of Object.keys(target)) if (existing !== name && existing.toLowerCase() === lower) delete target[existing];
    if (value === null) delete target[name];
    else target[name] = String(value);
  }
}

function hasHeader(headers: Record<string, unknown> | undefined, name: string): boolean {
  if (!headers) return false;
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === wanted && headers[key] !== undefined && headers[key] !== null) return true;
  }
  return false;
}
