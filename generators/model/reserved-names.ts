/**
 * reserved-names: what the SDK entry exports itself (client runtime, errors).
 * A schema or client with one of these names gets a suffix so `export *`
 * never collides; the diff engine predicts the same renames.
 */
/** The SDK's error classes, exported by name from the entry file. */
export const ERROR_EXPORTS = [
  "SDKError",
  "APIError",
  "ValidationError",
  "AuthenticationError",
  "PermissionDeniedError",
  "NotFoundError",
  "ConflictError",
  "RateLimitError",
  "InternalServerError",
  "APIConnectionError",
  "APITimeoutError",
  "APIUserAbortError",
];

export const RESERVED_EXPORTS = [
  "APIClient",
  "APIResource",
  "APIPromise",
  "Page",
  "PagePromise",
  "ClientOptions",
  "RequestOptions",
  "Uploadable",
  ...ERROR_EXPORTS,
  "Readable",
  "Writable",
  "paths",
  "components",
  "operations",
  "schemaEnums",
  "Schemas",
  "Logger",
  "RateLimitInfo",
  "APIResponse",
  "APIResponseWithMeta",
  "AuthScheme",
  "toFile",
  "FileDownload",
  "InvalidRequestError",
  "ErrorSchemas",
];
