/**
 * The promise every SDK method returns: it resolves to the response body,
 * and `.withResponse()` also exposes the raw Response and its metadata.
 */
import { readRateLimit, readRequestId, type RateLimitInfo } from "./response-meta.js";

export type { RateLimitInfo } from "./response-meta.js";

/** A parsed success body together with the Response it came from. */
export interface APIResponse<T> {
  /** The parsed body. */
  data: T;
  /** The raw Response (its body has already been read unless parsed as a stream). */
  response: Response;
}

/** What `.withResponse()` resolves to. */
export interface APIResponseWithMeta<T> extends APIResponse<T> {
  /** The server's id for the request (`X-Request-ID`). */
  requestId: string | null;
  /** The rate-limit window reported by the server, if any. */
  rateLimit: RateLimitInfo | null;
}

/** Starts the request; with `raw` the success body is left unread. */
export type RequestStarter<T> = (raw: boolean) => Promise<APIResponse<T>>;

/**
 * A Promise of the body. The request starts in the microtask after this is
 * created (whatever is called on it), so `asResponse()` called at once can
 * ask for the Response unread. The body is only unwrapped when someone
 * calls `then`, so a caller that only uses `withResponse()` gets no second,
 * unobserved rejection.
 */
export class APIPromise<T> extends Promise<T> {
  #start: RequestStarter<T> | undefined;
  #response: Promise<APIResponse<T>> | undefined;
  #dataPromise: Promise<T> | undefined;

  /** Wraps a request (a running one, or a starter). Called by APIClient, not by SDK users. */
  constructor(request: Promise<APIResponse<T>> | RequestStarter<T>) {
    // The base promise is a placeholder: then() below delegates to the request.
    super((resolve) => resolve(undefined as T));
    if (typeof request === "function") {
      this.#start = request;
      queueMicrotask(() => void this.#responseOnce(false).catch(() => undefined));
    } else this.#response = request;
  }

  get #responsePromise(): Promise<APIResponse<T>> {
    return this.#responseOnce(false);
  }

  #responseOnce(raw: boolean): Promise<APIResponse<T>> {
    if (this.#response === undefined) {
      const start = this.#start!;
      this.#start = undefined;
      this.#response = start(raw);
    }
    return this.#response;
  }

  // Derived promises (from catch/finally) must be plain Promises: our
  // constructor does not take an executor.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** Resolves to the body plus the Response, request id and rate-limit info. */
  withResponse(): Promise<APIResponseWithMeta<T>> {
    return this.#responsePromise.then(({ data, response }) => ({
      data,
      response,
      requestId: readRequestId(response.headers),
      rateLimit: readRateLimit(response.headers),
    }));
  }

  /**
   * Resolves to the Response with its body unread (read it yourself), once
   * the status is known; errors still throw. Call it right away: once the
   * request has started reading the body, the Response comes back read.
   */
  asResponse(): Promise<Response> {
    return this.#responseOnce(true).then(({ response }) => response);
  }

  /** Standard Promise `then`, over the response body. */
  override then<TResult1 = T, TResult2 = never>(
    onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    this.#dataPromise ??= this.#responsePromise.then(({ data }) => data);
    return this.#dataPromise.then(onfulfilled, onrejected);
  }
}
