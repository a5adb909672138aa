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

export type Dialect = "draft-07" | "2020-12";

type AjvInstance = import("ajv").default;
type AjvClass = new (options: Record<string, unknown>) => AjvInstance;

// The ajv packages are CommonJS: under NodeNext the class sits on `default` or is the module itself.
const interop = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;
const addFormats = interop<(ajv: AjvInstance) => AjvInstance>(addFormatsModule);

function buildAjv(dialect: Dialect, coerce: boolean, shared: object): AjvInstance {
  const Ajv = interop<AjvClass>(dialect === "2020-12" ? Ajv2020Module : AjvDraft7);
  const ajv = new Ajv({
    strict: false,
    allErrors: false,
    useDefaults: true,
    coerceTypes: coerce ? "array" : false,
    removeAdditional: false,
    // OpenAPI patterns are ECMA-262 regexes, often not valid under the `u` flag.
    unicodeRegExp: false,
    validateFormats: true,
  });
  addFormats(ajv);
  ajv.addSchema(shared as Record<string, unknown>);
  return ajv;
}

/** Body schemas of forms (multipart, urlencoded) carry this mark: their fields are text and need coercion. */
export const COERCE_MARK = "x-coerce";

export function createValidatorCompiler(dialect: Dialect, shared: object): FastifySchemaCompiler<unknown> {
  const exact = buildAjv(dialect, false, shared);
  const coercing = buildAjv(dialect, true, shared);
  return ({ schema, httpPart }) => {
    const s = schema as Record<string, unknown>;
    const ajv = httpPart === "body" && s[COERCE_MARK] !== true ? exact : coercing;
    return ajv.compile(s) as ReturnType<FastifySchemaCompiler<unknown>>;
  };
}
