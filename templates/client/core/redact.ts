/**
 * Secret scrubbing. Servers sometimes echo request headers back in error
 * text, so anything we surface from a response is passed through this first.
 */

/** The text that replaces a secret. */
export const REDACTED = "[REDACTED]";

/**
 * Replaces every occurrence of each secret in `text`.
 * Uses split/join rather than a RegExp so secrets need no escaping and no
 * pattern is compiled per call.
 */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
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
