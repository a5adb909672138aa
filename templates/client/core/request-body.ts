/**
 * Encodes a request body for fetch according to the operation's media type.
 */
import { hasStreamField, isReadableStream, isUploadable, toFormData, toMultipartStream, toRequestBody } from "./uploads.js";
import { SDKError } from "./errors.js";

/** How an operation's request body is encoded. */
export type BodyType = "json" | "multipart" | "binary" | "text" | "form-urlencoded";

/** A body ready for fetch. */
export interface PreparedBody {
  /** The value for fetch's `body`. */
  body: BodyInit | undefined;
  /** Content-Type to send, unless the caller set one; undefined lets fetch decide (FormData). */
  contentType: string | undefined;
  /** True when the body is a stream that can be read only once. */
  oneShot: boolean;
}

const NO_BODY: PreparedBody = { body: undefined, contentType: undefined, oneShot: false };

/**
 * Encodes `body` as `bodyType`. `contentType` is the media type the spec
 * declares when it is not the kind's default (`application/merge-patch+json`,
 * `text/csv`, `image/png`): a server matches its parser on it. Only multipart
 * without streams needs to await (it reads Blobs).
 */
export function prepareBody(body: unknown, bodyType: BodyType, contentType?: string): PreparedBody | Promise<PreparedBody> {
  if (body === undefined) return NO_BODY;
  switch (bodyType) {
    case "json":
      return { body: JSON.stringify(body), contentType: contentType ?? "application/json", oneShot: false };
    case "multipart":
      if (body instanceof FormData) return { body, contentType: undefined, oneShot: false };
      if (hasStreamField(body as Record<string, unknown>)) {
        const { stream, contentType } = toMultipartStream(body as Record<string, unknown>);
        return { body: stream, contentType, oneShot: true };
      }
      return toFormData(body as Record<string, unknown>).then((form) => ({ body: form, contentType: undefined, oneShot: false }));
    case "binary": {
      if (!isUploadable(body)) throw new SDKError("A binary request body must be a Blob, Uint8Array, ArrayBuffer or stream.");
      const raw = toRequestBody(body);
      const type = body instanceof Blob && body.type ? body.type : (contentType ?? "application/octet-stream");
      return { body: raw as BodyInit, contentType: type, oneShot: isReadableStream(raw) };
    }
    case "text":
      return { body: String(body), contentType: contentType ?? "text/plain;charset=UTF-8", oneShot: false };
    case "form-urlencoded":
      return { body: formText(body), contentType: "application/x-www-form-urlencoded", oneShot: false };
  }
}

/**
 * A form whose schema is no object has no field names: a string (or number,
 * boolean) is sent as it is, the caller's form text; an array as nameless
 * fields, each item encoded, `a&b` (the generated server reads both back).
 */
function formText(body: unknown): string {
  if (body === null || typeof body !== "object") return String(body);
  if (Array.isArray(body)) return body.map((item) => encodeURIComponent(item instanceof Date ? item.toISOString() : String(item))).join("&");
  return toUrlEncoded(body as Record<string, unknown>);
}

/** Arrays become repeated keys; undefined and null are left out; Dates are ISO 8601. */
function toUrlEncoded(body: Record<string, unknown>): string {
  const params = new URLSearchParams();
  const text = (v: unknown) => (v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v));
  for (const key of Object.keys(body)) {
    const value = body[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, text(item));
    else params.append(key, text(value));
  }
  return params.toString();
}
