/**
 * OpenAPI 3.0/3.1 schemas → JSON Schema that ajv understands, per direction:
 * a request never carries readOnly properties (and they are not required
 * there), a response never carries writeOnly ones. `nullable` becomes a type
 * union. Used by every test that checks data against the spec.
 */
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsPlugin from "ajv-formats";

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = ((addFormatsPlugin as unknown as { default?: typeof addFormatsPlugin }).default ?? addFormatsPlugin) as unknown as (ajv: Ajv) => Ajv;

export type Direction = "request" | "response";
type Json = any;

const SPEC_ID = "openapi://spec";

/** Resolves a local `#/…` pointer in the document. */
export function resolvePointer(document: Json, ref: string): Json {
  if (!ref.startsWith("#/")) throw new Error(`only local refs are supported here: ${ref}`);
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((node, key) => (node == null ? undefined : node[key]), document);
}

/** Follows $ref chains until a non-ref object. */
export function deref<T = Json>(document: Json, node: Json): T {
  let current = node;
  for (let i = 0; current && typeof current === "object" && "$ref" in current && i < 50; i++) {
    current = resolvePointer(document, current.$ref);
  }
  return current as T;
}

function isFlagged(document: Json, schema: Json, flag: "readOnly" | "writeOnly"): boolean {
  if (!schema || typeof schema !== "object") return false;
  if (schema[flag] === true) return true;
  if (schema.$ref) return isFlagged(document, resolvePointer(document, schema.$ref), flag);
  return false;
}

/** Rewrites one schema tree for a direction; refs stay refs (into the rewritten components). */
function convert(document: Json, schema: Json, direction: Direction): Json {
  if (Array.isArray(schema)) return schema.map((s) => convert(document, s, direction));
  if (!schema || typeof schema !== "object") return schema;
  if (typeof schema.$ref === "string") {
    return { $ref: `${SPEC_ID}#${schema.$ref.slice(1)}` };
  }
  const hidden = direction === "request" ? "readOnly" : "writeOnly";
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "properties" && value && typeof value === "object") {
      out.properties = {};
      for (const [name, prop] of Object.entries(value as Json)) {
        if (isFlagged(document, prop, hidden)) {
          // Present is an error too: a hidden field must not travel in this direction.
          out.properties[name] = { not: {} };
          continue;
        }
        out.properties[name] = convert(document, prop, direction);
      }
    } else if (key === "required" && Array.isArray(value)) {
      const props = schema.properties ?? {};
      out.required = value.filter((name: string) => !isFlagged(document, props[name], hidden));
    } else if (key === "example" || key === "examples" || key === "xml" || key === "externalDocs" || key === "discriminator") {
    } else if (key === "nullable") {
    } else if (typeof value === "object") {
      out[key] = convert(document, value, direction);
    } else {
      out[key] = value;
    }
  }
  if (schema.nullable === true) {
    if (typeof out.type === "string") out.type = [out.type, "null"];
    else if (out.enum) out.enum = [...out.enum, null];
    else return { anyOf: [out, { type: "null" }] };
    if (out.enum && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  return out;
}

export interface SchemaValidator {
  /** Returns a list of problems (empty when valid). */
  validate(schema: Json, value: unknown, direction: Direction): string[];
}

/** One ajv instance per document and direction, compiled lazily and cached per schema object. */
export function createSchemaValidator(document: Json, options: { coerceTypes?: boolean } = {}): SchemaValidator {
  const instances = new Map<Direction, Ajv>();
  const cache = new Map<string, WeakMap<object, ValidateFunction>>();
  const ajvFor = (direction: Direction) => {
    let ajv = instances.get(direction);
    if (!ajv) {
      ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: options.coerceTypes ?? false, validateFormats: true });
      addFormats(ajv);
      for (const format of ["int32", "int64", "float", "double", "byte", "binary", "password"]) ajv.addFormat(format, true);
      ajv.addSchema({ $id: SPEC_ID, components: convert(document, document.components ?? {}, direction) });
      instances.set(direction, ajv);
    }
    return ajv;
  };
  return {
    validate(schema, value, direction) {
      const byDirection = cache.get(direction) ?? new WeakMap();
      cache.set(direction, byDirection);
      let fn = byDirection.get(schema);
      if (!fn) {
        fn = ajvFor(direction).compile(convert(document, schema, direction));
        byDirection.set(schema, fn);
      }
      const validate = fn;
      return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message}`);
    },
  };
}
