/**
 * The server's validators, built in a worker and loaded as ajv standalone
 * code (templates/server/runtime/precompile.ts): they behave as ajv's own
 * compile would (coercion for text parts, none for JSON bodies, defaults,
 * formats, $refs into the shared spec schema), and a schema that ajv refuses
 * fails start-up with the route and part named.
 */
import { describe, expect, it } from "vitest";
import { precompileValidators } from "../templates/server/runtime/precompile.js";

const shared = {
  $id: "openapi://spec",
  components: { schemas: { Email: { type: "string", format: "email" } } },
};

describe("precompiled request validators", () => {
  it("coerce text parts, keep JSON bodies exact, fill defaults, check formats, follow $refs", async () => {
    const [query, exactBody, email] = await precompileValidators("draft-07", shared, [
      { key: "GET /a querystring", coerce: true, schema: { type: "object", properties: { limit: { type: "integer", minimum: 1, default: 20 } } } },
      { key: "POST /a body", coerce: false, schema: { type: "object", properties: { n: { type: "integer" } } } },
      { key: "POST /b body", coerce: false, schema: { type: "object", properties: { email: { $ref: "openapi://spec#/components/schemas/Email" } } } },
    ]);
    const text: Record<string, unknown> = { limit: "5" };
    expect(query!(text)).toBe(true);
    expect(text).toEqual({ limit: 5 });
    const empty: Record<string, unknown> = {};
    expect(query!(empty)).toBe(true);
    expect(empty).toEqual({ limit: 20 });
    expect(query!({ limit: "0" })).toBe(false);
    expect(exactBody!({ n: "4" })).toBe(false);
    expect(exactBody!({ n: 4 })).toBe(true);
    expect(email!({ email: "a@example.com" })).toBe(true);
    expect(email!({ email: "not an email" })).toBe(false);
    expect(email!.errors?.[0]).toMatchObject({ instancePath: "/email", keyword: "format" });
  });

  it("2020-12 documents get ajv's 2020 dialect", async () => {
    const [tuple] = await precompileValidators("2020-12", { $id: "openapi://spec" }, [
      { key: "POST /c body", coerce: false, schema: { type: "array", prefixItems: [{ type: "string" }], items: false } },
    ]);
    expect(tuple!(["a"])).toBe(true);
    expect(tuple!(["a", "b"])).toBe(false);
  });

  it("a schema ajv refuses fails with the route and part named", async () => {
    await expect(precompileValidators("draft-07", shared, [{ key: "GET /x params", schema: { type: "nope" }, coerce: true }])).rejects.toThrow(
      /building the request validators failed: GET \/x params: .*type/,
    );
  });
});
