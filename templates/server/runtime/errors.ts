/**
 * The API's one error format ({ error, message, details, request_id }) and
 * the mapping from everything that can go wrong (validation, parsing, size
 * limits, handler errors) to a status and a code. Internals never reach the
 * client: a 5xx always says only "internal error".
 */
export interface ErrorDetails {
  field?: string;
  code?: string;
}

export interface ErrorBody {
  error: string;
  message: string;
  details?: ErrorDetails;
  request_id: string;
}

/** The code each status answers with, when the thrower names none. */
export const ERROR_CODES: Record<number, string> = {
  400: "validation_error",
  401: "authentication_failed",
  403: "permission_denied",
  404: "resource_not_found",
  408: "request_timeout",
  413: "validation_error",
  414: "validation_error",
  431: "validation_error",
  429: "rate_limit_exceeded",
  500: "internal_error",
  501: "not_implemented",
  503: "service_unavailable",
};

/**
 * Codes the runtime answers with that a spec may not declare, and what to say
 * instead then, in order of preference: an error body should always be one
 * the spec allows.
 */
const CODE_ALTERNATIVES: Record<string, string[]> = {
  not_implemented: ["not_implemented", "internal_error", "server_error"],
  request_timeout: ["request_timeout", "timeout", "validation_error", "bad_request"],
  service_unavailable: ["service_unavailable", "unavailable", "internal_error", "server_error"],
  validation_error: ["validation_error", "invalid_request", "bad_request"],
  authentication_failed: ["authentication_failed", "unauthorized", "unauthenticated"],
  permission_denied: ["permission_denied", "forbidden"],
  resource_not_found: ["resource_not_found", "not_found"],
  rate_limit_exceeded: ["rate_limit_exceeded", "too_many_requests", "rate_limited"],
  internal_error: ["internal_error", "server_error", "internal_server_error"],
};

/**
 * Maps a code to one the spec declares (`declared`: the enum of its error
 * bodies' `error`, null when unconstrained). A code with no declared
 * alternative is kept: the spec then has no word for it.
 */
export function errorCodeResolver(declared: readonly string[] | null): (code: string) => string {
  if (!declared || declared.length === 0) return (code) => code;
  const known = new Set(declared);
  const memo = new Map<string, string>();
  return (code) => {
    let resolved = memo.get(code);
    if (resolved === undefined) {
      resolved = known.has(code) ? code : ((CODE_ALTERNATIVES[code] ?? []).find((c) => known.has(c)) ?? code);
      memo.set(code, resolved);
    }
    return resolved;
  };
}

/** Throw from a handler to answer in the API's error format. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string = ERROR_CODES[status] ?? (status >= 500 ? "internal_error" : "validation_error"),
    message?: string,
    readonly details?: ErrorDetails,
    /** Extra response headers (e.g. Retry-After). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message ?? code.replace(/_/g, " "));
    this.name = "HttpError";
  }

  static badRequest(message: string, details?: ErrorDetails): HttpError {
    return new HttpError(400, "validation_error", message, details);
  }
  static unauthorized(message = "Invalid or missing credentials"): HttpError {
    return new HttpError(401, "authentication_failed", message);
  }
  static forbidden(message = "You do not have permission to perform this action"): HttpError {
    return new HttpError(403, "permission_denied", message);
  }
  static notFound(message = "The requested resource does not exist"): HttpError {
    return new HttpError(404, "resource_not_found", message);
  }
}

interface AjvLikeError {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  validation?: AjvLikeError[];
  validationContext?: string;
  message?: string;
}

const PART_NAMES: Record<string, string> = { querystring: "query", params: "path", headers: "header", body: "body" };

const KEYWORD_CODES: Record<string, string> = {
  required: "required",
  type: "invalid_type",
  enum: "invalid_value",
  const: "invalid_value",
  minimum: "out_of_range",
  maximum: "out_of_range",
  exclusiveMinimum: "out_of_range",
  exclusiveMaximum: "out_of_range",
  minLength: "too_short",
  maxLength: "too_long",
  minItems: "too_few",
  maxItems: "too_many",
  minProperties: "too_few",
  maxProperties: "too_many",
  pattern: "invalid_format",
  format: "invalid_format",
  additionalProperties: "unknown_field",
  "false schema": "read_only",
  uniqueItems: "duplicate",
};

/** `/resources/cpus` → `resources.cpus`; a missing or unknown property names itself. */
function fieldOf(error: AjvLikeError): string {
  const segments = error.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const extra = error.params.missingProperty ?? error.params.additionalProperty;
  if (typeof extra === "string") segments.push(extra);
  return segments.join(".");
}

/** Turns any thrown value into the status, code, message and details to answer with. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const e = (error ?? {}) as FastifyLikeError;
  if (Array.isArray(e.validation) && e.validation.length > 0) {
    const first = e.validation[0];
    const part = PART_NAMES[e.validationContext ?? "body"] ?? "body";
    const field = fieldOf(first) || part;
    const code = KEYWORD_CODES[first.keyword] ?? first.keyword;
    const what = part === "body" ? "field" : `${part} parameter`;
    const message =
      code === "read_only"
        ? `${what} ${field} is read-only`
        : code === "required"
          ? `${what} ${field} is required`
          : `${what} ${field} ${first.message ?? "is invalid"}`;
    return new HttpError(400, "validation_error", message, { field, code });
  }
  switch (e.code) {
    case "FST_ERR_BAD_URL":
      return HttpError.badRequest("The request URL is not validly percent-encoded", { field: "url", code: "invalid_encoding" });
    case "FST_ERR_MAX_PARAM_LENGTH":
      return new HttpError(414, "validation_error", "A path parameter is too long", { field: "path", code: "too_long" });
    case "FST_ERR_ASYNC_CONSTRAINT":
      break;
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return new HttpError(408, "request_timeout", "The request was not received in time", { field: "request", code: "timeout" });
    case "HPE_HEADER_OVERFLOW":
      return new HttpError(431, "validation_error", "The request headers are too large", { field: "headers", code: "too_large" });
    case "FST_ERR_HANDLER_TIMEOUT":
      return new HttpError(503, "service_unavailable", "The request took too long to handle, please try again", undefined, { "retry-after": "1" });
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new HttpError(400, "validation_error", "The request body is not valid JSON", { field: "body", code: "malformed_json" });
    case "FST_ERR_CTP_BODY_TOO_LARGE":
    case "FST_REQ_FILE_TOO_LARGE":
    case "FST_PARTS_LIMIT":
    case "FST_FILES_LIMIT":
    case "FST_FIELDS_LIMIT":
      return new HttpError(413, "validation_error", "The request body is too large", { field: "body", code: "too_large" });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
    case "FST_INVALID_MULTIPART_CONTENT_TYPE":
      return new HttpError(400, "validation_error", "The request's Content-Type is not accepted here", {
        field: "content-type",
        code: "unsupported_media_type",
      });
  }
  // Node's HTTP parser: a request line or headers that are not HTTP.
  if (typeof e.code === "string" && e.code.startsWith("HPE_"))
    return HttpError.badRequest("The request is not valid HTTP", { field: "request", code: "malformed_request" });
  const status = typeof e.statusCode === "number" ? e.statusCode : 500;
  if (status >= 400 && status < 500) {
    // A client error from Fastify or a plugin: keep the status, never its internals.
    const code = ERROR_CODES[status] ?? "validation_error";
    return new HttpError(status in ERROR_CODES ? status : 400, code, code === "validation_error" ? "The request is malformed" : undefined);
  }
  return new HttpError(500, "internal_error", "An internal error occurred, please try again");
}

export function errorBody(error: HttpError, requestId: string, codeOf: (code: string) => string = (code) => code): ErrorBody {
  const body: ErrorBody = { error: codeOf(error.code), message: error.message, request_id: requestId };
  if (error.details) body.details = error.details;
  return body;
}
