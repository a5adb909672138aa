/**
 * The hand-authored spec against its sources and conventions: every endpoint
 * of the API reference is there, every example validates against its schema
 * (checked with ajv, independently of Redocly's own example rules), and every
 * operation and response follows the project's conventions.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../generators/load/load.js";
import { createSchemaValidator, deref, type Direction } from "./helpers/openapi-schema.js";
import { readReference, readSeedEndpoints, repoRoot } from "./helpers/seed.js";

type Json = any;

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const reference = readReference();
const STANDARD_HEADERS = reference.responseHeaders;

let document: Json;

beforeAll(async () => {
  ({ document } = await loadSpec(path.join(repoRoot, "spec/openapi.yaml")));
});

interface Operation {
  where: string;
  path: string;
  method: string;
  node: Json;
  /** Path-level and operation-level parameters, resolved. */
  parameters: Json[];
}

function operationsOf(doc: Json): Operation[] {
  const found: Operation[] = [];
  for (const [route, rawItem] of Object.entries<Json>(doc.paths ?? {})) {
    const item = deref(doc, rawItem);
    for (const method of METHODS) {
      const node = item?.[method];
      if (!node) continue;
      const parameters = [...(item.parameters ?? []), ...(node.parameters ?? [])].map((p: Json) => deref(doc, p));
      found.push({ where: `${method.toUpperCase()} ${route}`, path: route, method, node, parameters });
    }
  }
  return found;
}

// ---------------------------------------------------------------------------
// Examples: every example in the bundled document, with the schema it claims
// to follow and the direction it travels in.

interface ExampleCase {
  where: string;
  value: unknown;
  schema: Json;
  /** Schema-level examples document the schema, not a message: either direction may hold. */
  direction: Direction | "either";
}

function collectExamples(doc: Json): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const seen = new Set<object>();
  const once = (node: object) => (seen.has(node) ? false : (seen.add(node), true));

  const fromHolder = (holder: Json, schema: Json, where: string, direction: ExampleCase["direction"]) => {
    if (!holder || !schema || !once(holder)) return;
    if (holder.example !== undefined) cases.push({ where: `${where}/example`, value: holder.example, schema, direction });
    for (const [name, raw] of Object.entries<Json>(holder.examples ?? {})) {
      const example = deref(doc, raw);
      // externalValue examples live outside the document; nothing to check here.
      if (example && "value" in example) cases.push({ where: `${where}/examples/${name}`, value: example.value, schema, direction });
    }
  };
  const fromContent = (content: Json, where: string, direction: Direction) => {
    for (const [type, media] of Object.entries<Json>(content ?? {})) fromHolder(media, media.schema, `${where}/content/${type}`, direction);
  };
  const fromParameter = (parameter: Json, where: string) => {
    fromHolder(parameter, parameter.schema, where, "request");
    fromContent(parameter.content, where, "request");
  };
  const fromResponse = (response: Json, where: string) => {
    fromContent(response.content, where, "response");
    for (const [name, raw] of Object.entries<Json>(response.headers ?? {})) {
      const header = deref(doc, raw);
      fromHolder(header, header.schema, `${where}/headers/${name}`, "response");
    }
  };

  for (const op of operationsOf(doc)) {
    op.parameters.forEach((p, i) => fromParameter(p, `${op.where} parameters/${i}`));
    const body = deref(doc, op.node.requestBody);
    if (body) fromContent(body.content, `${op.where} requestBody`, "request");
    for (const [status, raw] of Object.entries<Json>(op.node.responses ?? {})) fromResponse(deref(doc, raw), `${op.where} responses/${status}`);
  }
  const components = doc.components ?? {};
  for (const [name, p] of Object.entries<Json>(components.parameters ?? {})) fromParameter(deref(doc, p), `#/components/parameters/${name}`);
  for (const [name, r] of Object.entries<Json>(components.responses ?? {})) fromResponse(deref(doc, r), `#/components/responses/${name}`);
  for (const [name, b] of Object.entries<Json>(components.requestBodies ?? {}))
    fromContent(deref(doc, b)?.content, `#/components/requestBodies/${name}`, "request");

  // Schema-level examples, anywhere a schema can sit (refs are visited at their target).
  const walkSchema = (schema: Json, where: string) => {
    if (!schema || typeof schema !== "object" || "$ref" in schema || !once(schema)) return;
    if (schema.example !== undefined) cases.push({ where: `${where}/example`, value: schema.example, schema, direction: "either" });
    for (const [name, sub] of Object.entries<Json>(schema.properties ?? {})) walkSchema(sub, `${where}/properties/${name}`);
    for (const key of ["allOf", "anyOf", "oneOf"]) (schema[key] ?? []).forEach((sub: Json, i: number) => walkSchema(sub, `${where}/${key}/${i}`));
    for (const key of ["items", "not", "additionalProperties"]) walkSchema(schema[key], `${where}/${key}`);
  };
  for (const [name, schema] of Object.entries<Json>(components.schemas ?? {})) walkSchema(schema, `#/components/schemas/${name}`);
  const inlineSchemaHolders = (node: Json, where: string) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach((n, i) => inlineSchemaHolders(n, `${where}/${i}`));
    for (const [key, value] of Object.entries<Json>(node)) {
      if (key === "schema") walkSchema(value, `${where}/schema`);
      else if (key !== "example" && key !== "examples") inlineSchemaHolders(value, `${where}/${key}`);
    }
  };
  inlineSchemaHolders(doc.paths, "#/paths");
  inlineSchemaHolders({ ...components, schemas: undefined }, "#/components");
  return cases;
}

function checkExample(validator: ReturnType<typeof createSchemaValidator>, example: ExampleCase): string[] {
  if (example.direction !== "either") return validator.validate(example.schema, example.value, example.direction);
  const asResponse = validator.validate(example.schema, example.value, "response");
  return asResponse.length === 0 ? [] : validator.validate(example.schema, example.value, "request").length === 0 ? [] : asResponse;
}

function invalidExamples(doc: Json): string[] {
  const validator = createSchemaValidator(doc);
  return collectExamples(doc).flatMap((example) => checkExample(validator, example).map((problem) => `${example.where}: ${problem}`));
}

/** Names of the readOnly properties of an object schema (through $refs and allOf). */
function readOnlyProperties(doc: Json, raw: Json): string[] {
  const schema = deref(doc, raw);
  if (!schema || typeof schema !== "object") return [];
  const own = Object.entries<Json>(schema.properties ?? {})
    .filter(([, prop]) => deref(doc, prop)?.readOnly === true)
    .map(([name]) => name);
  return [...own, ...(schema.allOf ?? []).flatMap((part: Json) => readOnlyProperties(doc, part))];
}

describe("endpoints of the API reference", () => {
  const endpoints = readSeedEndpoints();

  it("lists 33 endpoints", () => {
    expect(endpoints).toHaveLength(33);
  });

  it("has every endpoint of the reference in the spec", () => {
    const missing = endpoints.filter((e) => !deref(document, document.paths?.[e.path])?.[e.method]);
    expect(missing.map((e) => `${e.method.toUpperCase()} ${e.path}`)).toEqual([]);
  });
});

describe("the rest of the API reference", () => {
  it("declares every error code of the reference and the error format's fields", () => {
    const errorSchema = deref(document, document.components.schemas.Error);
    const codes = deref(document, errorSchema.properties.error).enum;
    expect(reference.errorCodes.filter((code) => !codes.includes(code))).toEqual([]);
    expect(Object.keys(reference.errorFormat).filter((field) => !(field in errorSchema.properties))).toEqual([]);
    const details = deref(document, errorSchema.properties.details);
    expect(Object.keys(reference.errorFormat.details as object).filter((field) => !(field in details.properties))).toEqual([]);
  });

  it("gives every list operation the reference's pagination, filters and sort", () => {
    const lists = operationsOf(document).filter((op) => op.method === "get" && !op.path.endsWith("}") && op.parameters.some((p) => p.name === "limit"));
    expect(lists.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const op of lists) {
      const byName = new Map(op.parameters.map((p) => [p.name, p]));
      for (const [name, rule] of Object.entries(reference.pagination)) {
        const param = byName.get(name);
        if (!param) problems.push(`${op.where}: no ${name}`);
        else {
          const schema = deref(document, param.schema);
          if (rule.default !== undefined && schema.default !== rule.default) problems.push(`${op.where}: ${name} default ${schema.default}`);
          if (rule.maximum !== undefined && schema.maximum !== rule.maximum) problems.push(`${op.where}: ${name} maximum ${schema.maximum}`);
        }
      }
      const sort = byName.get("sort");
      if (sort) {
        const values: string[] = deref(document, sort.schema).enum ?? [];
        for (const field of reference.sort.fields)
          for (const value of [field, `${reference.sort.descendingPrefix}${field}`])
            if (!values.includes(value)) problems.push(`${op.where}: sort lacks ${value}`);
      }
    }
    expect(problems).toEqual([]);
    // The filters and sort exist as shared parameters that list operations use.
    const used = new Set(lists.flatMap((op) => op.parameters.map((p) => p.name)));
    expect([...reference.filters, "sort"].filter((name) => !used.has(name))).toEqual([]);
  });
});

describe("examples", () => {
  it("validates every example against its schema", () => {
    const examples = collectExamples(document);
    // Media types, parameters, headers and schemas all carry examples in this spec.
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.some((e) => e.direction === "request")).toBe(true);
    expect(examples.some((e) => e.direction === "response")).toBe(true);
    expect(examples.some((e) => e.direction === "either")).toBe(true);
    expect(invalidExamples(document)).toEqual([]);
  });

  it("rejects an example of the wrong type", () => {
    const validator = createSchemaValidator(document);
    const objects = collectExamples(document).filter((e) => e.value !== null && typeof e.value === "object" && !Array.isArray(e.value));
    expect(objects.length).toBeGreaterThan(0);
    // Every object-shaped example, replaced by a number, must fail: the check can fail on each of them.
    for (const example of objects) expect(checkExample(validator, { ...example, value: 42 }), example.where).not.toEqual([]);
  });

  it("rejects an invalid example placed in the document (mutated copy)", () => {
    const copy = structuredClone(document);
    const enumSchemas = Object.entries<Json>(copy.components?.schemas ?? {}).filter(([, s]) => Array.isArray(s?.enum) && s.type === "string");
    expect(enumSchemas.length).toBeGreaterThan(0);
    const [name, schema] = enumSchemas[0];
    schema.example = `not-a-${name}-value`;
    const problems = invalidExamples(copy);
    expect(problems.some((p) => p.startsWith(`#/components/schemas/${name}/example:`))).toBe(true);
  });

  it("keeps readOnly fields out of requests and writeOnly fields out of responses", () => {
    const validator = createSchemaValidator(document);
    // A response example that shows readOnly fields is a valid response but not a valid request.
    const withReadOnly = collectExamples(document).filter(
      (e) =>
        e.direction === "response" &&
        e.value &&
        typeof e.value === "object" &&
        readOnlyProperties(document, e.schema).some((name) => name in (e.value as object)),
    );
    expect(withReadOnly.length).toBeGreaterThan(0);
    for (const example of withReadOnly) {
      expect(validator.validate(example.schema, example.value, "response"), example.where).toEqual([]);
      expect(validator.validate(example.schema, example.value, "request"), example.where).not.toEqual([]);
      // Without its readOnly fields (required or not) the same body is a valid request.
      const stripped = Object.fromEntries(
        Object.entries(example.value as object).filter(([key]) => !readOnlyProperties(document, example.schema).includes(key)),
      );
      expect(validator.validate(example.schema, stripped, "request"), example.where).toEqual([]);
    }
  });
});

describe("operations", () => {
  it("have a unique camelCase operationId, summary, description, one tag and x-sdk-*", () => {
    const problems: string[] = [];
    const ids = new Map<string, string>();
    for (const op of operationsOf(document)) {
      const n = op.node;
      const id = n.operationId;
      if (typeof id !== "string" || !/^[a-z][a-zA-Z0-9]*$/.test(id)) problems.push(`${op.where}: operationId ${id} is not camelCase`);
      else if (ids.has(id)) problems.push(`${op.where}: operationId ${id} also used by ${ids.get(id)}`);
      else ids.set(id, op.where);
      for (const key of ["summary", "description", "x-sdk-resource", "x-sdk-method"]) {
        if (typeof n[key] !== "string" || n[key].trim() === "") problems.push(`${op.where}: no ${key}`);
      }
      if (!Array.isArray(n.tags) || n.tags.length !== 1) problems.push(`${op.where}: tags ${JSON.stringify(n.tags)} is not exactly one tag`);
      for (const status of ["401", "500"]) if (!n.responses?.[status]) problems.push(`${op.where}: no ${status} response`);
    }
    expect(ids.size).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("declare the request-id and rate-limit headers on every response", () => {
    const problems: string[] = [];
    let responses = 0;
    for (const op of operationsOf(document)) {
      for (const [status, raw] of Object.entries<Json>(op.node.responses ?? {})) {
        responses++;
        const headers = deref(document, raw)?.headers ?? {};
        const missing = STANDARD_HEADERS.filter((h) => !(h in headers));
        if (missing.length > 0) problems.push(`${op.where} ${status}: no ${missing.join(", ")}`);
      }
    }
    expect(responses).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
