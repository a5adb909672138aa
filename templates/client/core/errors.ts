/**
 * The SDK's error hierarchy. Every error the client throws is an SDKError;
 * HTTP error responses are APIErrors, picked by the API's error code first
 * (the most specific signal) and then by status.
 */
import { redactDeep, redactText } from "./redact.js";
import { readRequestId } from "./response-meta.js";

/**
 * The spec's error body, filled in by the generated index (module
 * augmentation) from the spec's Error schema: `code` and `details` of every
 * APIError are typed from it.
 */
// biome-ignore lint/suspicious/noEmptyInterface: an interface, so the generated index can augment it (a type alias cannot merge)
export interface ErrorShape {}

/** The type of `APIError.code`: the spec's error codes, else string. */
export type APIErrorCode = ErrorShape extends { code: infer C } ? C : string;
/** The type of `APIError.details`: the spec's details, else unknown. */
export type APIErrorDetails = ErrorShape extends { details: infer D } ? D : unknown;

/** Base class of every error thrown by the SDK. */
export class SDKError extends Error {
  override name = "SDKError";
}

/** What an APIError is built from. */
export interface APIErrorInit {
  /** HTTP status of the response. */
  status: number;
  /** The API's error code (the body's `error`, else its `code`). */
  code: APIErrorCode | undefined;
  /** Human-readable message (the body's `message`, else its text). */
  message: string;
  /** The body's `details`, if any. */
  details: APIErrorDetails | undefined;
  /** The body as received: parsed JSON, else the text (secrets scrubbed). */
  body: unknown;
  /** How long the server asked to wait before retrying, when it said. */
  retryAfterMs?: number | undefined;
  /** `X-Request-ID` header, else the body's `request_id`. */
  requestId: string | null;
  /** The response headers. */
  headers: Headers;
}

/** The server answered with a non-2xx status (after any retries). */
export class APIError extends SDKError {
  override name = "APIError";
  /** HTTP status of the response. */
  readonly status: number;
  /** The API's error code, e.g. `resource_not_found`. */
  readonly code: APIErrorCode | undefined;
  /** Extra structured information from the error body. */
  readonly details: APIErrorDetails | undefined;
  /** The body as received: parsed JSON, else the text (secrets scrubbed). */
  readonly body: unknown;
  /** How long the server asked to wait before retrying (`Retry-After`), when it said. */
  readonly retryAfterMs: number | undefined;
  /** The server's id for the failed request; quote it in support tickets. */
  readonly requestId: string | null;
  /** The response headers. */
  readonly headers: Headers;

  /** Builds an error from a parsed response; see {@link makeAPIError}. */
  constructor(init: APIErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.body = init.body;
    this.retryAfterMs = init.retryAfterMs;
    this.requestId = init.requestId;
    this.headers = init.headers;
  }
}

/** 400/422 `validation_error`: the request was malformed. */
export class ValidationError extends APIError {
  override name = "ValidationError";
}
/** 401 `authentication_failed`: missing or invalid credentials. */
export class AuthenticationError extends APIError {
  override name = "AuthenticationError";
}
/** 403 `permission_denied`: the credentials lack a permission. */
export class PermissionDeniedError extends APIError {
  override name = "PermissionDeniedError";
}
/** 404 `resource_not_found`. */
export class NotFoundError extends APIError {
  override name = "NotFoundError";
}
/** 409: the request conflicts with the resource's current state. */
export class ConflictError extends APIError {
  override name = "ConflictError";
}
/** 429 `rate_limit_exceeded`: retries were exhausted while rate limited. */
export class RateLimitError extends APIError {
  override name = "RateLimitError";
}
/** 5xx `internal_error`. */
export class InternalServerError extends APIError {
  override name = "InternalServerError";
}

/** The request never got a response: DNS, refused connection, reset socket. */
export class APIConnectionError extends SDKError {
  override name = "APIConnectionError";
  /** Builds the error; `cause` is the underlying fetch failure. */
  constructor(message = "Connection error.", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** An attempt took longer than `timeoutMs`. */
export class APITimeoutError extends APIConnectionError {
  override name = "APITimeoutError";
  /** Builds the error for an attempt that exceeded `timeoutMs`. */
  constructor(timeoutMs: number, options?: { cause?: unknown }) {
    super(`Request timed out after ${timeoutMs} ms.`, options);
  }
}

/** The caller's AbortSignal fired. Never retried. */
export class APIUserAbortError extends SDKError {
  override name = "APIUserAbortError";
  /** Builds the error; `cause` is the signal's abort reason. */
  constructor(options?: { cause?: unknown }) {
    super("Request was aborted.", options);
  }
}

type APIErrorClass = new (init: APIErrorInit) => APIError;

// A Map, not an object literal: a code such as "constructor" must not find
// Object.prototype members.
const CLASS_BY_CODE: ReadonlyMap<string, APIErrorClass> = new Map<string, APIErrorClass>([
  ["validation_error", ValidationError],
  ["authentication_failed", AuthenticationError],
  ["permission_denied", PermissionDeniedError],
  ["resource_not_found", NotFoundError],
  ["conflict", ConflictError],
  ["rate_limit_exceeded", RateLimitError],
  ["internal_error", InternalServerError],
]);

function classForStatus(status: number): APIErrorClass {
  if (status === 400 || status === 422) return ValidationError;
  if (status === 401) return AuthenticationError;
  if (status === 403) return PermissionDeniedError;
  if (status === 404) return NotFoundError;
  if (status === 409) return ConflictError;
  if (status === 429) return RateLimitError;
  if (status >= 500) return InternalServerError;
  return APIError;
}

// A stray error page (a proxy's HTML 502) must not become a multi-kilobyte message.
const MAX_TEXT_MESSAGE = 280;

/**
 * The message for a body that is not the API's JSON: an HTML page becomes
 * its status and title ("502 Bad Gateway"), other text its first line,
 * always short.
 */
export function summarizeText(status: number, text: string): string {
  const trimmed = text.trim();
  if (/^<(!doctype|html|head|body|\?xml|[a-z]+[\s>])/i.test(trimmed)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(trimmed)?.[1] ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(trimmed)?.[1] ?? "";
    const plain = title
      .replace(/<[^>]*>/g, "")
      .replace(/\s+/g, " ")
      .trim();
    const summary = plain ? (plain.startsWith(String(status)) ? plain : `${status} ${plain}`) : `${status} (HTML error page)`;
    return summary.slice(0, MAX_TEXT_MESSAGE);
  }
  const line = trimmed.split(/\r?\n/, 1)[0]!.trim();
  return line.length > MAX_TEXT_MESSAGE ? `${line.slice(0, MAX_TEXT_MESSAGE - 1)}…` : line;
}

/**
 * Builds the APIError subclass for an error response. `body` is the parsed
 * JSON, else the raw text, or undefined for no body. `secrets` are scrubbed
 * from the message, details and body.
 */
export function makeAPIError(status: number, body: unknown, headers: Headers, secrets: readonly string[], retryAfterMs?: number): APIError {
  const fields = isRecord(body) ? body : undefined;
  const code = stringField(fields, "error") ?? stringField(fields, "code");
  let message = stringField(fields, "message");
  if (message === undefined && typeof body === "string" && body.trim() !== "") message = summarizeText(status, body);
  if (message === undefined) message = `Request failed with status ${status}.`;
  const ErrorClass = (code !== undefined ? CLASS_BY_CODE.get(code) : undefined) ?? classForStatus(status);
  return new ErrorClass({
    status,
    code: code as APIErrorCode | undefined,
    message: redactText(message, secrets),
    details: redactDeep(fields?.details, secrets) as APIErrorDetails | undefined,
    body: redactDeep(body, secrets),
    requestId: readRequestId(headers) ?? stringField(fields, "request_id") ?? null,
    headers,
    retryAfterMs,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function stringField(fields: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = fields?.[key];
  return typeof value === "string" ? value : undefined;
}
