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

/**
 * Base64 of the UTF-8 bytes of `text`. `btoa` only takes Latin-1, so the
 * bytes go in as one char each; `Buffer` does not exist in browsers.
 */
export function base64Utf8(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
