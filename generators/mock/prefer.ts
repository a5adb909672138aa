/**
 * prefer: the `Prefer` request header the mock understands (RFC 7240 style,
 * comma- or semicolon-separated): `code=404`, `example=name`,
 * `dynamic=true|false`, `delay=MS`.
 */
export interface Preferences {
  code?: number;
  example?: string;
  dynamic?: boolean;
  delay?: number;
}

/** The options, as the banner lists them. */
export const PREFER_OPTIONS = [
  ["code=404", "answer with that declared status (its example or generated body)"],
  ["example=<name>", "answer with a named example of the response"],
  ["dynamic=true", "generated data instead of the examples (dynamic=false: the examples)"],
  ["delay=<ms>", "wait that long before answering (simulated latency)"],
] as const;

/** Longest delay honoured: a typo must not hang a test suite. */
export const MAX_DELAY_MS = 60_000;

export function parsePrefer(header: string | string[] | undefined): Preferences {
  const out: Preferences = {};
  const text = Array.isArray(header) ? header.join(",") : (header ?? "");
  for (const part of text.split(/[,;]/)) {
    const m = /^\s*([a-z-]+)\s*=\s*"?([^"]*)"?\s*$/i.exec(part);
    if (!m) continue;
    const [, key, value] = m;
    switch (key.toLowerCase()) {
      case "code":
        if (/^\d{3}$/.test(value)) out.code = Number(value);
        break;
      case "example":
        out.example = value;
        break;
      case "dynamic":
        out.dynamic = value.toLowerCase() === "true";
        break;
      case "delay":
        if (/^\d+$/.test(value)) out.delay = Math.min(MAX_DELAY_MS, Number(value));
        break;
    }
  }
  return out;
}

/** The header without `delay=` (Prism does not know it). */
export function preferForPrism(header: string | string[] | undefined): string | undefined {
  const text = Array.isArray(header) ? header.join(",") : header;
  if (!text) return undefined;
  const kept = text
    .split(",")
    .map((p) =>
      p
        .split(";")
        .filter((q) => !/^\s*delay\s*=/i.test(q))
        .join(";"),
    )
    .filter((p) => p.trim());
  return kept.length ? kept.join(",") : undefined;
}
