/**
 * Handlebars for TypeScript output: HTML escaping is off (it is the wrong
 * escaping for code), so nothing from the spec may reach a template raw —
 * every spec-derived value goes through one of these helpers: `str` (a
 * string literal), `json` (a value literal), `doc` (JSDoc text that can't
 * close its comment). Identifiers are made safe before they reach the
 * template (model/identifiers.ts), and `ident` refuses anything else.
 */
import Handlebars from "handlebars";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

/** templates/server, from generators/server (source) or dist/generators/server (built). */
export function templatesDir(): string {
  const candidates = [path.resolve(here, "../../templates/server"), path.resolve(here, "../../../templates/server")];
  const found = candidates.find((dir) => {
    try {
      readFileSync(path.join(dir, "index.ts.hbs"));
      return true;
    } catch {
      return false;
    }
  });
  if (!found) throw new Error(`server templates not found (looked in ${candidates.join(", ")})`);
  return found;
}

/** A JS/TS literal for any JSON value; `__proto__` keys stay own properties. */
export function jsonLiteral(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent)
    .replace(/"__proto__":/g, '["__proto__"]:')
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Text for inside a /** … *\/ block, one ` * ` per line, unable to end the comment. */
export function docText(text: unknown): string {
  if (typeof text !== "string") return "";
  return text.replace(/\r\n?/g, "\n").trim().replace(/\*\//g, "*\\/").split("\n").join("\n * ");
}

const instance = Handlebars.create();
instance.registerHelper("str", (value: unknown) => JSON.stringify(String(value ?? "")));
instance.registerHelper("json", (value: unknown) => jsonLiteral(value));
instance.registerHelper("doc", (value: unknown) => docText(value));
instance.registerHelper("ident", (value: unknown) => {
  if (typeof value !== "string" || !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(value)) throw new Error(`not an identifier: ${String(value)}`);
  return value;
});

const cache = new Map<string, Handlebars.TemplateDelegate>();

export function render(name: string, context: object): string {
  let template = cache.get(name);
  if (!template) {
    const source = readFileSync(path.join(templatesDir(), name), "utf8");
    // noEscape: output is code; strict: a typo in a template is an error, not an empty string.
    template = instance.compile(source, { noEscape: true, strict: true });
    cache.set(name, template);
  }
  return template(context);
}
