/**
 * Response bodies are serialized from their response schema: Fastify's
 * response schemas with serializers built by fast-json-stringify (in the
 * worker, see precompile.ts). Undeclared fields are dropped, writeOnly ones
 * are not in the schema at all, a body that does not fit (a required field
 * missing, a value of the wrong type) throws, and the plugin answers that
 * 500. For the rare schema fast-json-stringify can't build (e.g. an allOf
 * whose members contradict each other), `projectingSerializer` is the safe
 * fallback: it keeps only what the schema declares anywhere (every branch of
 * an anyOf/oneOf/allOf), then JSON.stringify.
 */
type Schema = Record<string, unknown>;

const MAX_DEPTH = 256;

/** Follows a `$ref` into the response document (`openapi://spec-response#/…`). */
function resolve(schema: unknown, document: Schema, seen: Set<unknown>): Schema | null {
  let node = schema;
  for (let hops = 0; node && typeof node === "object" && typeof (node as Schema).$ref === "string" && hops < 32; hops++) {
    const ref = (node as Schema).$ref as string;
    const hash = ref.indexOf("#");
    let target: unknown = document;
    for (const raw of ref.slice(hash + 2).split("/")) {
      if (!target || typeof target !== "object") break;
      target = (target as Schema)[decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    node = target;
  }
  if (node === true || node === undefined) return {};
  if (!node || typeof node !== "object" || seen.has(node)) return node && typeof node === "object" ? (node as Schema) : null;
  return node as Schema;
}

/** Every schema the value may be checked against here: the schema itself and its allOf/anyOf/oneOf members, resolved. */
function branches(schema: unknown, document: Schema, out: Schema[] = [], seen = new Set<unknown>()): Schema[] {
  const s = resolve(schema, document, seen);
  if (!s || seen.has(s)) return out;
  seen.add(s);
  out.push(s);
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    const list = s[key];
    if (Array.isArray(list)) for (const member of list) branches(member, document, out, seen);
  }
  for (const key of ["then", "else"]) if (s[key] && typeof s[key] === "object") branches(s[key], document, out, seen);
  return out;
}

function project(value: unknown, schema: unknown, document: Schema, depth: number): unknown {
  if (value === null || typeof value !== "object") return value;
  if (depth > MAX_DEPTH) throw new Error("the response body nests too deeply to serialize");
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return project((value as { toJSON: () => unknown }).toJSON(), schema, document, depth);
  const all = branches(schema, document);
  if (Array.isArray(value)) {
    const items = all.map((s) => s.items).filter((i) => i !== undefined);
    const prefix = all.map((s) => s.prefixItems).find(Array.isArray) as unknown[] | undefined;
    return value.map((item, index) => {
      const itemSchemas = prefix && index < prefix.length ? [prefix[index]] : items;
      return itemSchemas.length ? project(item, { anyOf: itemSchemas }, document, depth + 1) : item;
    });
  }
  const declared = new Map<string, unknown[]>();
  const open: unknown[] = [];
  const patterns: [RegExp, unknown][] = [];
  for (const s of all) {
    for (const [name, prop] of Object.entries((s.properties as Schema | undefined) ?? {})) {
      if (prop === false) continue;
      declared.set(name, [...(declared.get(name) ?? []), prop]);
    }
    if (s.additionalProperties === true || (s.additionalProperties && typeof s.additionalProperties === "object")) open.push(s.additionalProperties);
    for (const [pattern, prop] of Object.entries((s.patternProperties as Schema | undefined) ?? {})) {
      try {
        patterns.push([new RegExp(pattern), prop]);
      } catch {
        // a pattern JavaScript can't read declares nothing here
      }
    }
  }
  // A schema that declares nothing about an object's keys (`{}`, `type: object`) allows any.
  const unconstrained = all.every((s) => s.properties === undefined && s.additionalProperties === undefined && s.patternProperties === undefined);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    const props = declared.get(key) ?? patterns.filter(([re]) => re.test(key)).map(([, p]) => p);
    const schemas = props.length ? props : open;
    if (schemas.length) out[key] = project(item, { anyOf: schemas.map((p) => (p === true ? {} : p)) }, document, depth + 1);
    else if (unconstrained) out[key] = item;
  }
  return out;
}

/** JSON.stringify of only what `schema` declares ($refs resolved in `document`). */
export function projectingSerializer(schema: object, document: object): (data: unknown) => string {
  return (data) => JSON.stringify(project(data, schema, document as Schema, 0));
}
