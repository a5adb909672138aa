/**
 * SpecSchemas (generators/mock/schemas.ts): the mock checks every body it is
 * about to send against the spec's response schema. Response schemas are
 * converted with `$ref`s into the response-direction document
 * (RESPONSE_SCHEMA_ID): these checks compile and resolve through those refs,
 * nested ones and writeOnly fields included.
 */
import { describe, expect, it } from "vitest";
import { SpecSchemas } from "../generators/mock/schemas.js";
import { RESPONSE_SCHEMA_ID } from "../generators/model/json-schema.js";
import { buildModel } from "../generators/model/model.js";

const document = {
  openapi: "3.0.3",
  info: { title: "t", version: "1" },
  paths: {
    "/pets": {
      get: {
        responses: {
          "200": { description: "ok", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Pet" } } } } },
          default: { description: "problem", content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Pet: {
        type: "object",
        required: ["id", "owner"],
        properties: { id: { type: "integer" }, owner: { $ref: "#/components/schemas/Owner" }, secret: { type: "string", writeOnly: true } },
        additionalProperties: false,
      },
      Owner: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
      Problem: {
        type: "object",
        required: ["type", "title", "status"],
        properties: { type: { type: "string" }, title: { type: "string" }, status: { type: "integer" } },
      },
    },
  },
};

describe.each(["3.0.3", "3.1.0"])("SpecSchemas on a %s spec with $refs", (openapi) => {
  const model = buildModel({ ...structuredClone(document), openapi }, { specFile: "openapi.json" });
  const schemas = new SpecSchemas(model.refs);
  const op = model.operations[0]!;

  it("points converted refs at the response document and follows them", () => {
    const success = schemas.success(op)!;
    const items = (success.schema as { items: { $ref: string } }).items;
    expect(items.$ref).toBe(`${RESPONSE_SCHEMA_ID}#/components/schemas/Pet`);
    // The mock checks what it sends: the writeOnly secret is refused (the serializer's copy leaves it undeclared instead).
    const properties = schemas.resolve(items).properties as Record<string, unknown>;
    expect(Object.keys(properties).sort()).toEqual(["id", "owner", "secret"]);
    expect(properties.secret).toBe(false);
  });

  it("validates bodies through nested refs: valid ones pass, invalid ones fail", () => {
    const validate = schemas.validator(schemas.success(op)!.schema!);
    expect(validate([{ id: 1, owner: { name: "Ann" } }])).toBe(true);
    expect(validate([{ id: 1, owner: {} }])).toBe(false);
    expect(validate([{ id: "1", owner: { name: "Ann" } }])).toBe(false);
    expect(validate([{ id: 1, owner: { name: "Ann" }, secret: "x" }])).toBe(false);
    const problem = schemas.validator(schemas.declared(op, 422)!.schema!);
    expect(problem({ type: "about:blank", title: "Unprocessable", status: 422 })).toBe(true);
    expect(problem({ error: "validation_error", message: "bad" })).toBe(false);
  });
});
