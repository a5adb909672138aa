/**
 * Prepares a request body for the transport according to the operation's
 * media type. JSON is left to openapi-fetch; the other types are encoded
 * here and handed over with a pass-through serializer.
 */
import { isReadableStream, isUploadable, toFormData, toRequestBody } from "./uploads.js";
import { SDKError } from "./errors.js";

/** How an operation's request body is encoded. */
export type BodyType = "json" | "multipart" | "binary" | "text" | "form-urlencoded";

/** A body ready for openapi-fetch. */
export interface PreparedBody {
  /** The value for openapi-fetch's `body`. */
  body: unknown;
  /** Content-Type to send, unless the caller set one; undefined lets the transport decide. */
  contentType: string | undefined;
  /** Serializer to hand openapi-fetch; undefined keeps its JSON default. */
  serializer: ((body: unknown) => unknown) | undefined;
  /** True when the body is a stream that can be read only once. */
  oneShot: boolean;
}

const passThrough = (body: unknown): unknown => body;

/** Encodes `body` as `bodyType`. Only multipart needs to await (it reads streams). */
export function prepareBody(body: unknown, bodyType: BodyType): PreparedBody | Promise<PreparedBody> {
  if (body === undefined || bodyType === "json") {
    return { body, contentType: undefined, serializer: undefined, oneShot: false };
  }
  switch (bodyType) {
    case "multipart":
      if (body instanceof FormData) return { body, contentType: undefined, serializer: passThrough, oneShot: false };
      return toFormData(body as Record<string, unknown>).then((form) => ({
        body: form,
        contentType: undefined,
        serializer: passThrough,
        oneShot: false,
      }));
    case "binary": {
      if (!isUploadable(body)) throw new SDKError("A binary request body must be a Blob, Uint8Array, ArrayBuffer or stream.");
      const raw = toRequestBody(body);
      return { body: raw, contentType: "application/octet-stream", serializer: passThrough, oneShot: isReadableStream(raw) };
    }
    case "text":
      return { body: String(body), contentType: "text/plain;charset=UTF-8", serializer: passThrough, oneShot: false };
    case "form-urlencoded":
      return {
        body: toUrlEncoded(body as Record<string, unknown>),
        contentType: "application/x-www-form-urlencoded",
        serializer: passThrough,
        oneShot: false,
      };
  }
}

/** Arrays become repeated keys; undefined and null are left out. */
function toUrlEncoded(body: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(body)) {
    const value = body[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.append(key, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  return params.toString();
}
