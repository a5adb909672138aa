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

/** How a request ended: its parsed body and Response, or the error to throw. */
export type Outcome<T> = (APIResponse<T> & { failed?: false }) | { failed: true; error: unknown };

/** Read by the request once the status is known: asResponse() sets `raw` so the success body is left unread. */
export interface ResponseMode {
  raw: boolean;
}

/**
 * Starts the request. Its promise never rejects: a failure is an Outcome,
 * thrown only to whoever asks for the result, so a call nobody awaits
 * raises no unhandled rejection.
 */
export type RequestStarter<T> = (mode: ResponseMode) => Promise<Outcome<T>>;

/** A success as it is; the error of a failure, thrown. */
function successOf<T>(outcome: Outcome<T>): APIResponse<T> {
  if (outcome.failed) throw outcome.error;
  return outcome;
}

const bodyOf = <T>(outcome: Outcome<T>): T => successOf(outcome).data;

const placeholder = (resolve: (value: never) => void): void => resolve(undefined as never);

/**
 * A Promise of the body. The request starts at once; `asResponse()` called
 * before the response arrives (in practice: called at once) gets the
 * Response with its body unread. The body is only unwrapped for whoever
 * calls `then`, so a caller that only uses `withResponse()` gets no second,
 * unobserved rejection.
 */
export class APIPromise<T> extends Promise<T> {
  readonly #mode: ResponseMode = { raw: false };
  readonly #outcome: Promise<Outcome<T>>;

  /** Starts a request (or wraps one that is running). Called by APIClient, not by SDK users. */
  constructor(request: RequestStarter<T> | Promise<Outcome<T>>) {
    // The base promise is a placeholder: then() below delegates to the request.
    super(placeholder);
    this.#outcome = typeof request === "function" ? request(this.#mode) : request;
  }

  // Derived promises (from catch/finally) must be plain Promises: our
  // constructor does not take an executor.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** Resolves to the body plus the Response, request id and rate-limit info. */
  withResponse(): Promise<APIResponseWithMeta<T>> {
    return this.#outcome.then((outcome) => {
      const { data, response } = successOf(outcome);
      return { data, response, requestId: readRequestId(response.headers), rateLimit: readRateLimit(response.headers) };
    });
  }

  /**
   * Resolves to the Response with its body unread (read it yourself), once
   * the status is known; errors still throw. Call it right away: once the
   * request has started reading the body, the Response comes back read.
   */
  asResponse(): Promise<Response> {
    this.#mode.raw = true;
    return this.#outcome.then((outcome) => successOf(outcome).response);
  }

  /** Standard Promise `then`, over the response body. */
  override then<TResult1 = T, TResult2 = never>(
    onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.#outcome.then(bodyOf<T>).then(onfulfilled, onrejected);
  }
}
