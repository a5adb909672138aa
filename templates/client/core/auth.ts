/**
 * Turns the API key into what the spec's security scheme asks for.
 */

/** How the API expects credentials. */
export type AuthScheme = { type: "bearer" } | { type: "basic" } | { type: "apiKey"; in: "header" | "query" | "cookie"; name: string } | { type: "none" };

/** Credentials resolved once per client. */
export interface ResolvedAuth {
  /** Headers to send on every request. */
  headers: Record<string, string>;
  /** A query parameter to add to every request, for `in: query` keys. */
  queryParam: { name: string; value: string } | undefined;
  /** Every form of the key that might be echoed back; scrubbed from errors. */
  secrets: string[];
}

/** Resolves `apiKey` under `scheme`. No key means no credentials are sent. */
export function resolveAuth(scheme: AuthScheme, apiKey: string | undefined): ResolvedAuth {
  const resolved: ResolvedAuth = { headers: {}, queryParam: undefined, secrets: [] };
  if (!apiKey || scheme.type === "none") return resolved;
  resolved.secrets.push(apiKey);
  switch (scheme.type) {
    case "bearer":
      resolved.headers.Authorization = `Bearer ${apiKey}`;
      break;
    case "basic": {
      // apiKey is "user:pass"; the encoded form is a secret too.
      const encoded = base64Utf8(apiKey);
      resolved.secrets.push(encoded);
      resolved.headers.Authorization = `Basic ${encoded}`;
      break;
    }
    case "apiKey":
      if (scheme.in === "header") resolved.headers[scheme.name] = apiKey;
      else if (scheme.in === "cookie") resolved.headers.Cookie = `${scheme.name}=${apiKey}`;
      else resolved.queryParam = { name: scheme.name, value: apiKey };
      break;
  }
  return resolved;
}

const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * Base64 of the UTF-8 bytes of `text`. Written out because `btoa` only
 * accepts Latin-1 and `Buffer` does not exist in browsers.
 */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const b2 = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    out += BASE64_ALPHABET[b0 >> 2];
    out += BASE64_ALPHABET[((b0 & 3) << 4) | (b1 >> 4)];
    out += i + 1 < bytes.length ? BASE64_ALPHABET[((b1 & 15) << 2) | (b2 >> 6)] : "=";
    out += i + 2 < bytes.length ? BASE64_ALPHABET[b2 & 63] : "=";
  }
  return out;
}
