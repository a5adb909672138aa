/**
 * Secret scrubbing. Servers sometimes echo request headers back in error
 * text, so anything we surface from a response is passed through this first.
 * Only whole secrets are replaced: a short key ("abc") would otherwise
 * mangle every word that merely contains its letters.
 */

/** The text that replaces a secret. */
export const REDACTED = "[REDACTED]";

/** Shorter values are not secrets worth scrubbing, and replacing them would alter ordinary text. */
export const MIN_SECRET_LENGTH = 8;

// Characters a token is made of: a match flanked by one is part of a longer word, not the secret.
const TOKEN_CHAR = /[A-Za-z0-9_-]/;

/** Replaces every whole occurrence of each secret in `text`. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH || !out.includes(secret)) continue;
    let result = "";
    let from = 0;
    for (let at = out.indexOf(secret); at !== -1; at = out.indexOf(secret, at + secret.length)) {
      const before = at > 0 ? out[at - 1]! : "";
      const after = out[at + secret.length] ?? "";
      if (
        (before && TOKEN_CHAR.test(before) && TOKEN_CHAR.test(secret[0]!)) ||
        (after && TOKEN_CHAR.test(after) && TOKEN_CHAR.test(secret[secret.length - 1]!))
      )
        continue;
      result += out.slice(from, at) + REDACTED;
      from = at + secret.length;
    }
    out = result + out.slice(from);
  }
  return out;
}

/**
 * Returns `value` with every string inside it (object values, array items)
 * redacted. Returns the same object when there is nothing to scrub, so the
 * common case costs no copies.
 */
export function redactDeep(value: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0) return value;
  if (typeof value === "string") return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secrets));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = redactDeep(item, secrets);
    return out;
  }
  return value;
}
