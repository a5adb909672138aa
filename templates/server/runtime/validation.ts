/**
 * Fastify's schema validation with two ajv instances, both built once when
 * the plugin registers (Fastify compiles every route schema at start-up):
 * JSON bodies are checked as sent (a "4" is not a number), while path,
 * query, headers and form fields arrive as text and are coerced. Both fill
 * in defaults. Every route schema's $ref points into the shared spec schema.
 */
import AjvDraft7 from "ajv";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { FastifySchemaCompiler } from "fastify";
import { dateFormats } from "./formats.js";

/** A compiled validator, as ajv (or the precompiled module) gives it. */
export type ValidateFunction = ((data: unknown) => boolean) & { errors?: unknown[] | null };

export type Dialect = "draft-07" | "2020-12";

type AjvInstance = import("ajv").default;
type AjvClass = new (options: Record<string, unknown>) => AjvInstance;

// The ajv packages are CommonJS: under NodeNext the class sits on `default` or is the module itself.
const interop = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;
const addFormats = interop<(ajv: AjvInstance) => AjvInstance>(addFormatsModule);

/** The options of both ajv instances (also used by precompile.ts's worker). */
export function ajvOptions(coerce: boolean): Record<string, unknown> {
  return {
    strict: false,
    allErrors: false,
    useDefaults: true,
    coerceTypes: coerce ? "array" : false,
    removeAdditional: false,
    // OpenAPI patterns are ECMA-262 regexes, often not valid under the `u` flag.
    unicodeRegExp: false,
    validateFormats: true,
  };
}

function buildAjv(dialect: Dialect, coerce: boolean, shared: object): AjvInstance {
  const Ajv = interop<AjvClass>(dialect === "2020-12" ? Ajv2020Module : AjvDraft7);
  const ajv = new Ajv(ajvOptions(coerce));
  addFormats(ajv);
  // Dates JavaScript can't hold (a leap second) are refused, as by the precompiled validators.
  for (const [name, format] of Object.entries(dateFormats)) ajv.addFormat(name, format);
  ajv.addSchema(shared as Record<string, unknown>);
  return ajv;
}

/** Body schemas of forms (multipart, urlencoded) carry this mark: their fields are text and need coercion. */
export const COERCE_MARK = "x-coerce";

/**
 * Fastify's validator compiler: the route's precompiled validator (see
 * precompile.ts) when there is one for that schema object, else one compiled
 * here on first use (routes added beside the generated ones).
 */
export function createValidatorCompiler(
  dialect: Dialect,
  shared: object,
  precompiled: WeakMap<object, ValidateFunction> = new WeakMap(),
): FastifySchemaCompiler<unknown> {
  let exact: AjvInstance | undefined;
  let coercing: AjvInstance | undefined;
  return ({ schema, httpPart }) => {
    const ready = precompiled.get(schema as object);
    if (ready) return ready as ReturnType<FastifySchemaCompiler<unknown>>;
    const s = schema as Record<string, unknown>;
    const ajv = isExactPart(httpPart, s) ? (exact ??= buildAjv(dialect, false, shared)) : (coercing ??= buildAjv(dialect, true, shared));
    return ajv.compile(s) as ReturnType<FastifySchemaCompiler<unknown>>;
  };
}

/** JSON bodies are checked as sent; everything else arrives as text and is coerced. */
export function isExactPart(httpPart: string | undefined, schema: Record<string, unknown>): boolean {
  return httpPart === "body" && schema[COERCE_MARK] !== true;
}
