/**
 * identifiers: turn arbitrary OpenAPI strings (operationIds, tags, paths, schema
 * names, titles) into safe, deterministic TypeScript identifiers.
 */

/** Words that can't be a binding name (variable, parameter, class). */
const RESERVED = new Set([
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "let",
  "static",
  "implements",
  "interface",
  "package",
  "private",
  "protected",
  "public",
  "await",
  "async",
  "arguments",
  "eval",
  "undefined",
  "NaN",
  "Infinity",
]);

/**
 * Member names a generated class must not define: they would break the class
 * (`constructor`), the prototype chain (`__proto__`), the base class
 * (`_client`) or make the object thenable (`then`). `delete`, `get`, `list`…
 * are fine as method names. Reserved words are avoided too, so that
 * destructuring and documentation snippets stay readable.
 */
const UNSAFE_MEMBERS = new Set(["constructor", "__proto__", "prototype", "_client", "then", "toString", "valueOf", "hasOwnProperty"]);

/**
 * Global types and values (JS, DOM, TypeScript's utility types) that a
 * generated model alias must not shadow: the generated files name some of
 * them (`NonNullable`, `Omit`, `ReadableStream`, `Blob`…), and a module that
 * imports a model called `Promise` or `Error` loses the global one.
 */
export const GLOBAL_NAMES = new Set([
  "Array",
  "ArrayBuffer",
  "BigInt",
  "Blob",
  "Boolean",
  "DataView",
  "Date",
  "Error",
  "EvalError",
  "File",
  "FormData",
  "Function",
  "Headers",
  "Infinity",
  "Intl",
  "Iterable",
  "Iterator",
  "JSON",
  "Map",
  "Math",
  "NaN",
  "Number",
  "Object",
  "Promise",
  "Proxy",
  "RangeError",
  "ReadableStream",
  "Reflect",
  "RegExp",
  "Request",
  "Response",
  "Set",
  "String",
  "Symbol",
  "SyntaxError",
  "TypeError",
  "URL",
  "URLSearchParams",
  "Uint8Array",
  "WeakMap",
  "WeakSet",
  "AbortSignal",
  "AbortController",
  "TextEncoder",
  "TextDecoder",
  "Awaited",
  "Capitalize",
  "ConstructorParameters",
  "Exclude",
  "Extract",
  "InstanceType",
  "Lowercase",
  "NonNullable",
  "Omit",
  "Parameters",
  "Partial",
  "Pick",
  "Readonly",
  "Record",
  "Required",
  "ReturnType",
  "Uncapitalize",
  "Uppercase",
  "PropertyKey",
  "ArrayLike",
  "PromiseLike",
]);

/** Split any string into lower-case ASCII words: "GetEmailAddress" → get email address, "auth.set" → auth set. */
export function words(input: string): string[] {
  const ascii = input.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return ascii
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export function camelCase(input: string): string {
  const [first = "", ...rest] = words(input);
  return first + rest.map(cap).join("");
}

export function pascalCase(input: string): string {
  return words(input).map(cap).join("");
}

/** A valid binding identifier: not reserved, not starting with a digit, never empty. */
export function safeIdentifier(name: string, fallback = "value"): string {
  let id = name.replace(/[^A-Za-z0-9_$]/g, "");
  if (!id) id = fallback;
  if (/^[0-9]/.test(id)) id = `_${id}`;
  if (RESERVED.has(id) || UNSAFE_MEMBERS.has(id)) id = `${id}_`;
  return id;
}

/** A class member name (method or property): reserved words are kept except the few that break a class. */
export function safeMemberName(name: string, fallback = "call"): string {
  let id = name.replace(/[^A-Za-z0-9_$]/g, "");
  if (!id) id = fallback;
  if (/^[0-9]/.test(id)) id = `_${id}`;
  if (UNSAFE_MEMBERS.has(id) || (RESERVED.has(id) && id !== "delete")) id = `${id}_`;
  return id;
}

/** Singular form for comparing words ("addresses" ~ "address", "policies" ~ "policy"). */
export function singular(word: string): string {
  if (word.endsWith("ies") && word.length > 3) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 1) return word.slice(0, -1);
  return word;
}

/**
 * The method name for an operation inside its resource: the operationId's
 * words minus the resource's words (singular or plural) when something is
 * left, e.g. GetEmailAddress in emailAddresses → get; createSession in
 * sessions → create; volumes_list in blockStorage → volumesList.
 */
export function methodNameFromOperationId(operationId: string, resourceName: string): string {
  const op = words(operationId);
  const res = words(resourceName).map(singular);
  if (res.length > 0 && op.length > res.length) {
    for (let i = 0; i + res.length <= op.length; i++) {
      const slice = op.slice(i, i + res.length).map(singular);
      if (slice.every((w, j) => w === res[j])) {
        const rest = [...op.slice(0, i), ...op.slice(i + res.length)];
        if (rest.length > 0) return camelCase(rest.join(" "));
      }
    }
  }
  return camelCase(op.join(" "));
}

/** A method name from HTTP method + path when there is no operationId: GET /pets/{id} → getPetsById. */
export function methodNameFromRoute(method: string, routePath: string): string {
  const parts = routePath
    .split("/")
    .filter(Boolean)
    .map((seg) => (/^\{.*\}$/.test(seg) ? `by ${seg.slice(1, -1)}` : seg));
  return camelCase([method, ...parts].join(" "));
}

const TRAILING_NOISE = new Set(["api", "apis", "service", "services", "client", "sdk", "rest", "http", "openapi", "spec"]);

/**
 * The client class name from `info.title`: drop trailing API/Service/Client/…
 * words, then take the first remaining word, PascalCased with its own inner
 * capitals kept ("Vantage Compute API" → Vantage, "DigitalOcean API" →
 * DigitalOcean). Empty → Client.
 */
export function clientNameFromTitle(title: string | undefined): string {
  const raw = (title ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  while (raw.length > 1 && TRAILING_NOISE.has(raw[raw.length - 1].toLowerCase())) raw.pop();
  const first = raw[0] && !TRAILING_NOISE.has(raw[0].toLowerCase()) ? raw[0] : "";
  if (!first) return "Client";
  const name = first.charAt(0).toUpperCase() + first.slice(1);
  return /^[0-9]/.test(name) ? `Api${name}` : name;
}

/** Give every key a unique name: the first (in the given order) keeps it, later ones get 2, 3, … */
export function dedupe<T>(items: T[], nameOf: (item: T) => string, taken: Iterable<string> = []): Map<T, string> {
  const used = new Set(taken);
  const out = new Map<T, string>();
  for (const item of items) {
    const base = nameOf(item);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}${n}`;
    used.add(name);
    out.set(item, name);
  }
  return out;
}

/** A JS string literal (double quotes), safe for any input. */
export function str(value: string): string {
  return JSON.stringify(value);
}

/** A property key: bare when it is an identifier name, quoted otherwise. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : str(name);
}

/**
 * Text for a JSDoc or block comment, from anything a spec says: it can't
 * close the comment early (`*\/`), and it can't open a nested one (`/\*`):
 * ts-morph's writer tracks comment state and mis-indents after a stray `/*`,
 * leaving a `*\/` that ends the JSDoc mid-way (found by test/hostile.test.ts).
 * The backslashes disappear when editors render the comment as Markdown.
 * Every line terminator (CR, U+2028, U+2029) becomes \n, so a line comment
 * built from the text can't be ended by one either.
 */
export function jsdocText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/\*\//g, "*\\/")
    .replace(/\/\*/g, "/\\*")
    .trim();
}

/** Text for a `//` comment: one line, nothing that ends it. */
export function lineCommentText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ");
}
