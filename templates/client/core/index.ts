/**
 * Everything the runtime offers, for the generated index and for users who
 * want the error classes or types without reaching into core/.
 */
export * from "./client.js";
export * from "./api-promise.js";
export * from "./pagination.js";
export * from "./errors.js";
export * from "./uploads.js";
export * from "./download.js";
export { InvalidRequestError } from "./request-url.js";
export * from "./retry.js";
export type { BodyType } from "./request-body.js";
