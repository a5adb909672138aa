/**
 * Given an OpenAPI schema, want the JSON Schema the server validates and
 * serializes with (generators/model/json-schema.ts), and which response
 * bodies go through the field filter instead of fast-json-stringify
 * (generators/model/serializable.ts).
 */
import { describe, expect, it } from "vitest";
import { convertSchema } from "../../generators/model/json-schema.js";
import { markUnserializable } from "../../generators/model/serializable.js";
import type { ServerOperation } from "../../generators/model/server-types.js";

const convert = (schema: unknown, direction: "request" | "response" = "request", document: Record<string, unknown> = {}) =>
  convertSchema(schema, { document, dialect: "draft-07", direction, refs: new Set() });

describe("convertSchema", () => {
  const cases: { name: string; given: unknown; want: unknown }[] = [
    {
      name: "a discriminated oneOf: the discriminator decides, so overlapping branches are fine (anyOf)",
      given: { oneOf: [{ type: "object" }, { type: "object", required: ["x"] }], discriminator: { propertyName: "type" } },
      want: { anyOf: [{ type: "object" }, { type: "object", required: ["x"] }] },
    },
    {
      name: "a oneOf without a discriminator stays exactly-one",
      given: { oneOf: [{ type: "string" }, { type: "integer" }] },
      want: { oneOf: [{ type: "string" }, { type: "integer" }] },
    },
    {
      name: "a required field missing from properties is declared as anything",
      given: { type: "object", required: ["id", "authenticatable"], properties: { id: { type: "string" } } },
      want: { type: "object", required: ["id", "authenticatable"], properties: { id: { type: "string" }, authenticatable: {} } },
    },
    {
      name: "required without properties stays as it is",
      given: { type: "object", required: ["a"] },
      want: { type: "object", required: ["a"] },
    },
  ];
  for (const c of cases) it(c.name, () => expect(convert(c.given)).toEqual(c.want));

  it("a oneOf whose branches all inherit a discriminator through allOf is picked by it too (anyOf)", () => {
    const document = {
      components: {
        schemas: {
          Foo: { type: "object", required: ["kind"], properties: { kind: { type: "string" } }, discriminator: { propertyName: "kind" } },
          Bar: { allOf: [{ $ref: "#/components/schemas/Foo" }, { properties: { bar: { type: "string" } } }] },
          Qux: { allOf: [{ $ref: "#/components/schemas/Bar" }] },
          Plain: { type: "object" },
        },
      },
    };
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    expect(Object.keys(convert({ oneOf: [ref("Bar"), ref("Qux")] }, "response", document))).toEqual(["anyOf"]);
    // One branch without a discriminator: exactly-one stays.
    expect(Object.keys(convert({ oneOf: [ref("Bar"), ref("Plain")] }, "response", document))).toEqual(["oneOf"]);
  });
});

describe("markUnserializable", () => {
  const op = (schema: Record<string, unknown>): ServerOperation =>
    ({
      method: "GET",
      path: "/x",
      responses: [{ key: "200", media: [{ mediaType: "application/json", kind: "json", schema }] }],
    }) as unknown as ServerOperation;
  const objects = {
    forward: { type: "object", properties: { next: { type: "string" } } },
    backward: { type: "object", properties: { prev: { type: "string" } } },
  };
  const responseSchema = { $id: "openapi://spec-response", components: { schemas: objects } };
  const ref = (name: string) => ({ $ref: `openapi://spec-response#/components/schemas/${name}` });

  it("an anyOf of two object branches (through $refs, nested in a property) goes through the filter, without a warning", () => {
    const ops = [op({ type: "object", properties: { links: { type: "object", properties: { pages: { anyOf: [ref("forward"), ref("backward")] } } } } })];
    expect(markUnserializable(ops, responseSchema)).toEqual([]);
    expect(ops[0].responses[0].media[0]).toMatchObject({ filtered: true });
    expect(ops[0].responses[0].media[0].unserializable).toBeUndefined();
  });

  it("a nullable object (anyOf object|null) and a union of scalars keep their serializer", () => {
    const ops = [op({ anyOf: [ref("forward"), { type: "null" }] }), op({ oneOf: [{ type: "string" }, { type: "integer" }] })];
    markUnserializable(ops, responseSchema);
    expect(ops.map((o) => o.responses[0].media[0].filtered)).toEqual([undefined, undefined]);
  });
});
