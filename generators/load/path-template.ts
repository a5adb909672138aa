/**
 * path-template: a path key read as the URL template it is. Real specs use
 * more than `{name}`: RFC 6570 operators (`{.format}` label, `{;id}` matrix,
 * `{+key}` reserved, `{/seg}` path segment, `{x*}` explode), query
 * expressions (`{?a,b}`, which describe query parameters, not the path) and
 * a `#fragment` that only makes the key unique (Box's
 * `/files/{file_id}#get_shared_link`). The parameter a template names is the
 * bare name, and a fragment never reaches the URL.
 */

export type TemplateOperator = "" | "+" | "." | ";" | "/";

/** One `{…}` of a path key, for one variable. */
export interface TemplateExpression {
  /** The variable's bare name: `format` for `{.format}`, `names` for `{names*}`. */
  name: string;
  operator: TemplateOperator;
  explode: boolean;
}

export interface PathTemplate {
  /** The key without its fragment: what the URL is made from. */
  path: string;
  /** The text after `#`, or null. */
  fragment: string | null;
  /** Literal text and expressions in order; query expressions (`{?…}`, `{&…}`) are left out. */
  parts: (string | TemplateExpression)[];
}

const OPERATORS = new Set(["+", ".", ";", "/"]);

export function parsePathTemplate(key: string): PathTemplate {
  // A `#` outside braces starts the fragment (`{#x}` is an operator, not one).
  let cut = -1;
  let depth = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key[i];
    if (c === "{") depth++;
    else if (c === "}") depth = Math.max(0, depth - 1);
    else if (c === "#" && depth === 0) {
      cut = i;
      break;
    }
  }
  const path = cut === -1 ? key : key.slice(0, cut);
  const fragment = cut === -1 ? null : key.slice(cut + 1);
  const parts: PathTemplate["parts"] = [];
  for (const piece of path.split(/(\{[^{}]*\})/)) {
    if (piece === "") continue;
    const m = /^\{([^{}]*)\}$/.exec(piece);
    if (!m) {
      parts.push(piece);
      continue;
    }
    let body = m[1];
    if (body.startsWith("?") || body.startsWith("&")) continue;
    let operator: TemplateOperator = "";
    if (OPERATORS.has(body[0] ?? "")) {
      operator = body[0] as TemplateOperator;
      body = body.slice(1);
    }
    // `{a,b}` names several variables; each gets the same operator.
    for (const raw of body.split(",")) {
      const explode = raw.endsWith("*");
      const name = (explode ? raw.slice(0, -1) : raw).replace(/:\d+$/, "");
      if (name) parts.push({ name, operator, explode });
    }
  }
  return { path, fragment, parts };
}

/** The variable names of a path key, in path order. */
export function templateNames(key: string): string[] {
  return parsePathTemplate(key).parts.flatMap((p) => (typeof p === "string" ? [] : [p.name]));
}
