/**
 * arbitrary-openapi: a fast-check generator of random, valid OpenAPI 3.0 and
 * 3.1 documents for the fuzz tests — nested schemas, allOf/oneOf/anyOf,
 * discriminators, enums with odd values, nullable, additionalProperties
 * true/false/schema, arrays, refs between components (recursion only through
 * object properties: a cycle of plain refs/allOf/items is refused by
 * validate, see bad-input.test.ts), readOnly/writeOnly, parameters of every
 * location and style, request bodies json/multipart/binary/text/form, several
 * responses. Names come from pools full of things that collide after
 * cleaning, reserved words and characters that need escaping.
 */
import fc from "fast-check";

export type Version = "3.0" | "3.1";
type Json = Record<string, unknown>;

/** Property names and query names: reserved words, prototype keys, quotes, newlines, unicode, comment closers. */
const ODD_NAMES = [
  "id",
  "name",
  "status",
  "__proto__",
  "constructor",
  "prototype",
  "class",
  "delete",
  "new",
  "default",
  "then",
  "a b",
  "a-b",
  "a_b",
  "aB",
  "ünïcödé",
  "emoji😀",
  "new\nline",
  'q"uote',
  "back\\slash",
  "*/x/*",
  "${x}",
  "",
  "0lead",
  "toString",
];
const ODD_STRINGS = ["a", "A", "it's", '"q"', "\\", "\n", "😀", "__proto__", "constructor", "*/", "/*", "${x}", "", " ", "</script>", "\u2028"];
/** Component names: three that clean to FooBar, globals, reserved words. */
const SCHEMA_NAMES = [
  "Foo-Bar",
  "Foo_Bar",
  "FooBar",
  "Promise",
  "Error",
  "Record",
  "Object",
  "Array",
  "Response",
  "class",
  "Item",
  "item",
  "Node",
  "Omit",
  "NonNullable",
  "Blob",
];
const OPERATION_IDS = [
  "get-job",
  "get_job",
  "getJob",
  "listJobs",
  "list",
  "delete",
  "constructor",
  "__proto__",
  "new",
  "class",
  "then",
  "request",
  "x.y",
  "1st",
];
const TAGS = ["Jobs", "jobs", "JOBS", "request", "constructor", "Files", "files storage", "ünï", "*/"];
const HEADER_NAMES = ["X-Request-Id", "x-odd_name", "X-Api-Version", "If-Match"];
const TEXT = ["plain words", "closes */ a comment", "opens /* one", "`${globalThis.x}`", "<!-- <script>x()</script>", "line\u2028sep", "quote \" and ' and \\"];

interface Ctx {
  version: Version;
  /** Component names: refs in eager positions (allOf/oneOf/anyOf/items) only go to earlier ones. */
  names: string[];
  index: number;
}

const text = fc.constantFrom(...TEXT);
const withDoc = <T extends Json>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.tuple(arb, fc.option(text, { nil: undefined })).map(([s, description]) => (description === undefined ? s : { ...s, description }));

function nullable(ctx: Ctx, schema: Json): Json {
  if (ctx.version === "3.0") return { ...schema, nullable: true };
  return typeof schema.type === "string" ? { ...schema, type: [schema.type, "null"] } : { anyOf: [schema, { type: "null" }] };
}

function leaf(ctx: Ctx): fc.Arbitrary<Json> {
  const options: fc.Arbitrary<Json>[] = [
    fc.constant({ type: "string" }),
    fc.constantFrom("date-time", "uuid", "email", "byte", "binary").map((format) => ({ type: "string", format })),
    fc.uniqueArray(fc.constantFrom(...ODD_STRINGS), { minLength: 1, maxLength: 5 }).map((values) => ({ type: "string", enum: values })),
    fc.uniqueArray(fc.constantFrom(0, -1, 1.5, 42, 1e21), { minLength: 1, maxLength: 3 }).map((values) => ({ type: "number", enum: values })),
    fc.constantFrom({ type: "integer", format: "int64" }, { type: "number", minimum: 0 }, { type: "boolean" }, {}),
  ];
  if (ctx.version === "3.1") options.push(fc.constantFrom(...ODD_STRINGS).map((value) => ({ const: value })));
  return fc.tuple(fc.oneof(...options), fc.boolean(), fc.option(fc.constantFrom(...ODD_STRINGS), { nil: undefined })).map(([schema, isNullable, example]) => {
    const out = isNullable ? nullable(ctx, schema) : schema;
    return example !== undefined && schema.type === "string" && !schema.enum && !schema.format ? { ...out, example } : out;
  });
}

/** A $ref to a component: any component behind an object property, only earlier ones elsewhere. */
function ref(ctx: Ctx, lazy: boolean): fc.Arbitrary<Json> | null {
  const reachable = lazy ? ctx.names : ctx.names.slice(0, ctx.index);
  if (reachable.length === 0) return null;
  return fc.constantFrom(...reachable).map((name) => ({ $ref: `#/components/schemas/${name}` }));
}

function schema(ctx: Ctx, depth: number, lazy: boolean): fc.Arbitrary<Json> {
  const refArb = ref(ctx, lazy);
  if (depth <= 0) return refArb ? fc.oneof(leaf(ctx), refArb) : leaf(ctx);
  const inner = (lazyInner: boolean) => schema(ctx, depth - 1, lazyInner);
  const object = fc
    .tuple(
      fc.uniqueArray(fc.constantFrom(...ODD_NAMES), { minLength: 0, maxLength: 5 }),
      fc.array(fc.tuple(inner(true), fc.constantFrom("plain", "plain", "readOnly", "writeOnly")), { minLength: 5, maxLength: 5 }),
      fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      fc.oneof(fc.constant(undefined), fc.constant(true), fc.constant(false), inner(true)),
    )
    .map(([keys, props, required, additional]) => {
      const properties: Json = {};
      keys.forEach((key, i) => {
        const [prop, mode] = props[i];
        properties[key] = mode === "plain" ? prop : { ...prop, [mode]: true };
      });
      const out: Json = { type: "object", properties };
      const req = keys.filter((_, i) => required[i]);
      if (req.length) out.required = req;
      if (additional !== undefined) out.additionalProperties = additional;
      return out;
    });
  const array = inner(lazy).map((items) => ({ type: "array", items }));
  const composed = fc
    .tuple(fc.constantFrom("allOf", "oneOf", "anyOf"), fc.array(inner(lazy), { minLength: 1, maxLength: 3 }))
    .map(([key, members]) => ({ [key]: members }));
  const options = [leaf(ctx), withDoc(object), withDoc(object), array, composed];
  if (refArb) options.push(refArb);
  return fc.oneof(...options);
}

/** A discriminated union over two object variants declared as components of their own. */
function discriminated(): fc.Arbitrary<Record<string, Json>> {
  return fc.tuple(fc.constantFrom("kind", "type", "__proto__", "a-b"), fc.boolean()).map(([property, mapping]) => {
    const variant = (tag: string, extra: Json): Json => ({
      type: "object",
      required: [property],
      properties: { [property]: { type: "string", enum: [tag] }, ...extra },
    });
    const union: Json = {
      oneOf: [{ $ref: "#/components/schemas/VariantA" }, { $ref: "#/components/schemas/VariantB" }],
      discriminator: { propertyName: property, ...(mapping ? { mapping: { a: "#/components/schemas/VariantA", b: "#/components/schemas/VariantB" } } : {}) },
    };
    return { VariantA: variant("a", { size: { type: "integer" } }), VariantB: variant("b", { label: { type: "string", nullable: true } }), Union: union };
  });
}

function components(version: Version): fc.Arbitrary<Record<string, Json>> {
  return fc.tuple(fc.uniqueArray(fc.constantFrom(...SCHEMA_NAMES), { minLength: 0, maxLength: 5 }), fc.boolean()).chain(([names, withUnion]) => {
    const all = withUnion ? [...names, "VariantA", "VariantB", "Union"] : names;
    const own = names.map((_, index) => withDoc(schema({ version, names: all, index }, 2, false)));
    return fc.tuple(fc.tuple(...own), withUnion ? discriminated() : fc.constant({})).map(([schemas, union]) => {
      const out: Record<string, Json> = {};
      names.forEach((name, i) => (out[name] = schemas[i]));
      return { ...out, ...union };
    });
  });
}

const QUERY_STYLES = [{}, { style: "form", explode: false }, { style: "spaceDelimited" }, { style: "pipeDelimited" }, { style: "deepObject", explode: true }];

function parameter(ctx: Ctx): fc.Arbitrary<Json> {
  const simple = fc.constantFrom<Json>({ type: "string" }, { type: "integer" }, { type: "boolean" }, { type: "string", enum: ["a", "it's"] });
  const query = fc
    .tuple(fc.constantFrom(...ODD_NAMES.filter(Boolean)), fc.constantFrom(...QUERY_STYLES), fc.boolean(), simple)
    .map(([name, style, required, s]) => ({
      name,
      in: "query",
      required,
      ...style,
      schema: style.style === "deepObject" ? { type: "object", properties: { a: s } } : style.style ? { type: "array", items: s } : s,
    }));
  const header = fc
    .tuple(fc.constantFrom(...HEADER_NAMES), fc.boolean(), simple)
    .map(([name, required, s]) => ({ name, in: "header", required, style: "simple", schema: s }));
  const cookie = fc.tuple(fc.boolean(), simple).map(([required, s]) => ({ name: "session", in: "cookie", required, schema: s }));
  // Sometimes a query parameter takes any schema (form style, the default).
  const withSchema = fc
    .tuple(fc.oneof(query, query, header, cookie) as fc.Arbitrary<Json>, schema(ctx, 1, true), fc.boolean())
    .map(([p, s, complex]) => (complex && p.in === "query" && !p.style ? { ...p, schema: s } : p));
  return withDoc(withSchema);
}

function requestBody(ctx: Ctx): fc.Arbitrary<Json> {
  const json = schema(ctx, 2, true).map((s) => ({ "application/json": { schema: s } }));
  const multipart = fc.tuple(fc.boolean(), fc.boolean()).map(([many, required]) => ({
    "multipart/form-data": {
      schema: {
        type: "object",
        ...(required ? { required: ["file"] } : {}),
        properties: {
          file: many ? { type: "array", items: { type: "string", format: "binary" } } : { type: "string", format: "binary" },
          note: { type: "string" },
        },
      },
    },
  }));
  const binary = fc.constant({ "application/octet-stream": { schema: { type: "string", format: "binary" } } });
  const textBody = fc.constant({ "text/plain": { schema: { type: "string" } } });
  const form = fc.constant({
    "application/x-www-form-urlencoded": { schema: { type: "object", properties: { a: { type: "string" }, b: { type: "integer" } } } },
  });
  return withDoc(fc.tuple(fc.oneof(json, json, multipart, binary, textBody, form), fc.boolean()).map(([content, required]) => ({ required, content })));
}

function responses(ctx: Ctx): fc.Arbitrary<Json> {
  const body = fc.oneof(
    schema(ctx, 2, true).map((s) => ({ "application/json": { schema: s } })),
    fc.constant({ "text/plain": { schema: { type: "string" } } }),
    fc.constant({ "application/octet-stream": { schema: { type: "string", format: "binary" } } }),
    fc.constant({ "application/problem+json": { schema: { type: "object", properties: { title: { type: "string" } } } } }),
  );
  return fc
    .tuple(
      fc.uniqueArray(fc.constantFrom("200", "201", "202", "204", "2XX", "400", "404", "409", "500", "default"), { minLength: 1, maxLength: 4 }),
      fc.array(fc.option(body, { nil: undefined }), { minLength: 4, maxLength: 4 }),
      text,
    )
    .map(([statuses, bodies, description]) => {
      const out: Json = {};
      statuses.forEach((status, i) => (out[status] = { description, ...(bodies[i] && status !== "204" ? { content: bodies[i] } : {}) }));
      return out;
    });
}

const PATH_PARAMS = ["id", "job-id", "class", "default", "a.b", "__proto__"];

function operation(ctx: Ctx, pathParams: string[]): fc.Arbitrary<Json> {
  return fc
    .tuple(
      fc.option(fc.constantFrom(...OPERATION_IDS), { nil: undefined }),
      fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 2 }),
      fc.uniqueArray(parameter(ctx), { maxLength: 4, selector: (p) => `${p.in}:${p.name}` }),
      fc.option(requestBody(ctx), { nil: undefined }),
      responses(ctx),
      fc.option(text, { nil: undefined }),
      fc.boolean(),
      fc.constantFrom<Json>({}, { type: "string" }, { type: "integer" }),
    )
    .map(([operationId, tags, params, body, resps, summary, deprecated, pathSchema]) => ({
      ...(operationId ? { operationId } : {}),
      ...(tags.length ? { tags } : {}),
      ...(summary ? { summary } : {}),
      ...(deprecated ? { deprecated } : {}),
      parameters: [...pathParams.map((name) => ({ name, in: "path", required: true, schema: pathSchema })), ...params],
      ...(body ? { requestBody: body } : {}),
      responses: resps,
    }));
}

function paths(ctx: Ctx): fc.Arbitrary<Json> {
  const route = fc.tuple(
    fc.constantFrom("things", "jobs", "a-b", "v1/items", "constructor"),
    fc.uniqueArray(fc.constantFrom(...PATH_PARAMS), { maxLength: 2 }),
  );
  const item = route.chain(([base, params]) =>
    fc
      .uniqueArray(fc.constantFrom("get", "post", "put", "patch", "delete", "head", "options"), { minLength: 1, maxLength: 3 })
      .chain((methods) => fc.tuple(...methods.map((m) => operation(ctx, params).map((op) => [m, op] as const))))
      .map((ops) => [`/${base}${params.map((p, i) => `/s${i}/{${p}}`).join("")}`, Object.fromEntries(ops)] as const),
  );
  return fc.uniqueArray(item, { minLength: 1, maxLength: 4, selector: ([p]) => p }).map((items) => {
    // operationIds must be unique across the document: later duplicates lose theirs.
    const seen = new Set<unknown>();
    for (const [, ops] of items) {
      for (const op of Object.values(ops) as Json[]) {
        if (op.operationId !== undefined && seen.has(op.operationId)) delete op.operationId;
        seen.add(op.operationId);
      }
    }
    return Object.fromEntries(items);
  });
}

const SECURITY = [
  {},
  { bearer: { type: "http", scheme: "bearer" } },
  { key: { type: "apiKey", in: "header", name: "X-Key" } },
  { key: { type: "apiKey", in: "query", name: "api_key" } },
  { basic: { type: "http", scheme: "basic" } },
];

/** One random valid document of the given OpenAPI version. */
export function openapiDocument(version: Version): fc.Arbitrary<Json> {
  return components(version).chain((schemas) => {
    const names = Object.keys(schemas);
    const ctx: Ctx = { version, names, index: names.length };
    return fc.tuple(paths(ctx), fc.constantFrom(...SECURITY), fc.constantFrom("Fuzz API", "*/ odd ${title}", "", "Promise")).map(([p, security, title]) => ({
      openapi: version === "3.0" ? "3.0.3" : "3.1.0",
      info: { title, version: "1.0.0" },
      servers: [{ url: "https://api.example.com/v1" }],
      ...(Object.keys(security).length ? { security: [Object.fromEntries(Object.keys(security).map((k) => [k, []]))] } : {}),
      paths: p,
      components: { schemas, ...(Object.keys(security).length ? { securitySchemes: security } : {}) },
    }));
  });
}

/** Either version. */
export const anyOpenapiDocument: fc.Arbitrary<Json> = fc.constantFrom<Version>("3.0", "3.1").chain(openapiDocument);
