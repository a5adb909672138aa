/**
 * The facts the docs, server, MSW handlers and mock used to dig out of the
 * document, now in the model: every declared response (status key,
 * description, headers, media types with schema and examples resolved), the
 * examples of request bodies and parameters, the schema store (dialect by
 * version, `$ref`s resolved however deep they point), and the error codes.
 */
import { describe, expect, it } from "vitest";
import { doc, model, only } from "./helpers.js";

const Pet = { type: "object", required: ["id"], properties: { id: { type: "integer" } } };
const ErrorBody = {
  type: "object",
  required: ["error"],
  properties: { error: { type: "string", enum: ["not_found", "conflict"] }, message: { type: "string" } },
};

describe("responses per status", () => {
  const given = doc(
    {
      "/pets/{id}": {
        get: {
          parameters: [{ $ref: "#/components/parameters/Id" }],
          responses: {
            "200": {
              description: "the pet",
              headers: { "X-Rate-Limit": { $ref: "#/components/headers/RateLimit" } },
              content: {
                "application/json": {
                  schema: { $ref: "#/components/schemas/Pet" },
                  examples: { rex: { $ref: "#/components/examples/Rex" }, inline: { summary: "inline", value: { id: 2 } } },
                },
                "text/plain": { schema: { type: "string" }, example: "Rex" },
              },
            },
            "404": { $ref: "#/components/responses/NotFound" },
            "4XX": { description: "other client errors" },
            default: { description: "problem", content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Error" } } } },
          },
        },
      },
    },
    {
      components: {
        schemas: { Pet, Error: ErrorBody },
        parameters: { Id: { name: "id", in: "path", required: true, schema: { type: "integer" }, examples: { one: { $ref: "#/components/examples/One" } } } },
        headers: { RateLimit: { description: "calls left", required: true, schema: { type: "integer" }, example: 99 } },
        examples: { Rex: { summary: "Rex", value: { id: 1 } }, One: { value: 1 } },
        responses: { NotFound: { description: "no such pet", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } },
      },
    },
  );
  const op = only(given);

  it("lists every key in document order, `$ref`ed responses resolved", () => {
    expect(op.responses.map((r) => [r.key, r.description, r.pointer])).toEqual([
      ["200", "the pet", "#/paths/~1pets~1{id}/get/responses/200"],
      ["404", "no such pet", "#/paths/~1pets~1{id}/get/responses/404"],
      ["4XX", "other client errors", "#/paths/~1pets~1{id}/get/responses/4XX"],
      ["default", "problem", "#/paths/~1pets~1{id}/get/responses/default"],
    ]);
  });

  it("carries each media type with its kind, schema as written and examples resolved", () => {
    const [json, text] = op.responses[0]!.media;
    expect(json).toEqual({
      mediaType: "application/json",
      essence: "application/json",
      kind: "json",
      schema: { $ref: "#/components/schemas/Pet" },
      example: undefined,
      examples: { rex: { summary: "Rex", value: { id: 1 } }, inline: { summary: "inline", value: { id: 2 } } },
    });
    expect(text).toMatchObject({ mediaType: "text/plain", kind: "text", example: "Rex", examples: {} });
    expect(op.responses[2]!.media).toEqual([]);
    expect(op.responses[3]!.media.map((m) => [m.mediaType, m.kind])).toEqual([["application/problem+json", "json"]]);
  });

  it("carries headers with `$ref`s resolved", () => {
    expect(op.responses[0]!.headers).toEqual({
      "X-Rate-Limit": { description: "calls left", required: true, deprecated: false, schema: { type: "integer" }, example: 99, examples: {} },
    });
  });

  it("gives parameters their examples, resolved", () => {
    expect(op.pathParams[0]).toMatchObject({ name: "id", example: undefined, examples: { one: { value: 1 } } });
  });

  it("gives request body media types their examples, resolved", () => {
    const body = only(
      doc(
        {
          "/pets": {
            post: {
              requestBody: {
                content: {
                  "application/json": { schema: Pet, examples: { a: { $ref: "#/components/examples/A" }, broken: { $ref: "#/components/examples/Missing" } } },
                  "application/x-www-form-urlencoded": { schema: Pet, example: { id: 3 } },
                },
              },
              responses: { "201": { description: "made" } },
            },
          },
        },
        { components: { examples: { A: { value: { id: 7 } } } } },
      ),
    ).requestBody!;
    expect(body.media.map((m) => [m.mediaType, m.example, m.examples])).toEqual([
      // An example that resolves to nothing is an empty one (no value), not a crash.
      ["application/json", undefined, { a: { value: { id: 7 } }, broken: {} }],
      ["application/x-www-form-urlencoded", { id: 3 }, {}],
    ]);
  });
});

describe("the schema store", () => {
  it("names the dialect by the OpenAPI version", () => {
    const cases: { given: string | undefined; want: { version: string; dialect: string } }[] = [
      { given: "3.0.3", want: { version: "3.0.3", dialect: "draft-07" } },
      { given: "3.1.0", want: { version: "3.1.0", dialect: "2020-12" } },
      { given: "3.1.1", want: { version: "3.1.1", dialect: "2020-12" } },
      { given: undefined, want: { version: "3.0", dialect: "draft-07" } },
    ];
    for (const { given, want } of cases) {
      const { refs } = model({ ...doc({}), openapi: given });
      expect({ version: refs.version, dialect: refs.dialect }, String(given)).toEqual(want);
    }
  });

  it("resolves refs to components, chains of refs, and deep refs into paths", () => {
    const given = doc(
      {
        "/pets": {
          get: {
            responses: {
              "200": { description: "ok", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Pet" } } } } },
            },
          },
        },
        "/a~b/c": { get: { responses: { "200": { description: "tilde", content: { "application/json": { schema: { type: "string" } } } } } } },
      },
      { components: { schemas: { Pet, Alias: { $ref: "#/components/schemas/Pet" }, Loop: { $ref: "#/components/schemas/Loop" } } } },
    );
    const { refs } = model(given);
    const cases: { given: unknown; want: unknown }[] = [
      { given: { $ref: "#/components/schemas/Pet" }, want: Pet },
      { given: { $ref: "#/components/schemas/Alias" }, want: Pet },
      { given: { $ref: "#/paths/~1pets/get/responses/200/content/application~1json/schema/items" }, want: Pet },
      { given: { $ref: "#/paths/~1a~0b~1c/get/responses/200/description" }, want: "tilde" },
      { given: { $ref: "#/components/schemas/Nope" }, want: undefined },
      { given: { type: "string" }, want: { type: "string" } },
    ];
    for (const { given: value, want } of cases) expect(refs.resolve(value), JSON.stringify(value)).toEqual(want);
    // A ref to itself ends (after a bounded number of hops) instead of looping.
    expect(refs.resolve({ $ref: "#/components/schemas/Loop" })).toEqual({ $ref: "#/components/schemas/Loop" });
    expect(refs.plain({ $ref: "#/paths/~1a~0b~1c/get/responses/200/description" })).toBeUndefined();
  });
});

describe("error codes", () => {
  const withErrors = (responses: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    model(doc({ "/x": { get: { responses: { "200": { description: "ok" }, ...responses } } } }, { components: { schemas: { Error: ErrorBody }, ...extra } }));
  const json = (schema: unknown) => ({ description: "e", content: { "application/json": { schema } } });

  const cases: { title: string; given: Record<string, unknown>; want: string[] | null }[] = [
    {
      title: "the enum of `error` in a 4XX body, through a $ref",
      given: { "404": json({ $ref: "#/components/schemas/Error" }) },
      want: ["not_found", "conflict"],
    },
    {
      title: "through allOf, a const, and a default response",
      given: {
        "409": json({ allOf: [{ $ref: "#/components/schemas/Error" }] }),
        default: json({ type: "object", properties: { error: { const: "internal" } } }),
      },
      want: ["not_found", "conflict", "internal"],
    },
    { title: "an unconstrained `error`", given: { "400": json({ type: "object", properties: { error: { type: "string" } } }) }, want: null },
    { title: "a 2XX body's enum does not count", given: { "201": json({ $ref: "#/components/schemas/Error" }) }, want: null },
    { title: "no error responses", given: {}, want: null },
  ];
  for (const { title, given, want } of cases) it(title, () => expect(withErrors(given).errorCodes).toEqual(want));

  it("follows a `$ref`ed response", () => {
    const m = withErrors({ "404": { $ref: "#/components/responses/NotFound" } }, { responses: { NotFound: json({ $ref: "#/components/schemas/Error" }) } });
    expect(m.errorCodes).toEqual(["not_found", "conflict"]);
  });
});
