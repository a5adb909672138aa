/**
 * The round trip's test data (helpers/round-trip/values.ts over
 * generators/mock/fake.ts): a oneOf whose branches overlap gets a value
 * matching exactly one branch, one that no value can match exactly once
 * says so, and a recursive schema whose items can't be satisfied (allOf
 * members giving one property two types) still gets a finite valid value.
 */
import { describe, expect, it } from "vitest";
import { createRng } from "../generators/mock/rng.js";
import type { Json } from "../generators/load/refs.js";
import { fake } from "./helpers/round-trip/values.js";
import { SchemaSet } from "./helpers/round-trip/schema-set.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function doc(schemas: Json): Json {
  return { openapi: "3.0.3", info: { title: "t", version: "1" }, paths: {}, components: { schemas } };
}

describe("round-trip values", () => {
  it("an overlapping oneOf without a discriminator gets values matching exactly one branch (20 seeds)", () => {
    const document = doc({
      WithString: { type: "object", properties: { prop: { type: "string" } } },
      WithEnum: { type: "object", properties: { level: { enum: ["low", "high"] }, flag: { type: "boolean", enum: [true] } } },
      WithArray: { type: "object", properties: { prop: { type: "array", items: { type: "number" } }, more: { type: "array", items: { type: "string" } } } },
      Body: {
        type: "object",
        required: ["parameters"],
        properties: { parameters: { type: "object", oneOf: [ref("WithString"), ref("WithEnum"), ref("WithArray")] } },
      },
    });
    const set = new SchemaSet(document, "request");
    for (let seed = 1; seed <= 20; seed++) {
      const got = fake(set, ref("Body"), createRng(seed));
      expect(got.ok, `seed ${seed}: ${got.why} ${JSON.stringify(got.value)}`).toBe(true);
    }
  });

  it("a oneOf no value can match exactly once is named as such", () => {
    const document = doc({ Same: { type: "object", properties: { a: { type: "string" } } }, Twice: { oneOf: [ref("Same"), ref("Same")] } });
    const got = fake(new SchemaSet(document, "request"), ref("Twice"), createRng(1));
    expect(got.ok).toBe(false);
    expect(got.why).toContain("exactly one branch of its oneOf");
  });

  it("a recursive allOf whose items can't be satisfied gets a valid value with those lists empty", () => {
    const document = doc({
      Foo: { type: "object", required: ["foo"], properties: { foo: { type: "array", items: ref("Bar") } } },
      Bar: {
        type: "object",
        required: ["foo", "bar"],
        properties: { foo: { type: "array", items: { oneOf: [ref("Baz")] } }, bar: { type: "string", enum: ["a", "b"] }, next: ref("Foo") },
      },
      // `bar` is a number in Qux and a string here: no Baz exists.
      Baz: { allOf: [ref("Qux"), { type: "object", properties: { bar: { type: "string", format: "date-time" } }, required: ["bar"] }] },
      Qux: { type: "object", properties: { bar: { type: "number" } }, required: ["bar"] },
    });
    const set = new SchemaSet(document, "response");
    for (let seed = 1; seed <= 10; seed++) {
      const got = fake(set, ref("Foo"), createRng(seed));
      expect(got.ok, `seed ${seed}: ${got.why}`).toBe(true);
    }
  });
});
