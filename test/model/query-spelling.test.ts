/**
 * How each query parameter is spelled on the wire (model/parameter-shape.ts's
 * querySpellingOf): the one rule the SDK writes by (styledQuery's styles)
 * and the generated server reads back by (commaQuery, objectQuery), so the
 * two can't disagree on a schema either of them reads differently.
 */
import { describe, expect, it } from "vitest";
import { querySpellingOf } from "../../generators/model/parameter-shape.js";
import { buildServerModel } from "../../generators/model/server-model.js";
import { doc, model, ok } from "./helpers.js";

const list = { type: "array", items: { type: "string" } };
const obj = { type: "object", properties: { a: { type: "string" } } };

const cases: { title: string; given: Record<string, unknown>; want: ReturnType<typeof querySpellingOf> }[] = [
  { title: "an array, form, explode (the default): repeated keys", given: { schema: list }, want: null },
  { title: "an array, form, no explode: a comma list", given: { schema: list, explode: false }, want: "comma" },
  { title: "an array through allOf, no explode: a comma list", given: { schema: { allOf: [list] }, explode: false }, want: "comma" },
  { title: "an array, spaceDelimited: repeated keys (not a comma list)", given: { schema: list, style: "spaceDelimited", explode: false }, want: null },
  { title: "an object, form, explode: its properties as keys", given: { schema: obj }, want: "exploded" },
  { title: "an object, form, no explode: k,v pairs", given: { schema: obj, explode: false }, want: "pairs" },
  { title: "deepObject: brackets", given: { schema: obj, style: "deepObject", explode: true }, want: "deep" },
  { title: "a scalar: as it is", given: { schema: { type: "string" }, explode: false }, want: null },
];

describe("query spelling", () => {
  for (const { title, given, want } of cases) {
    it(title, () => {
      const m = model(doc({ "/x": { get: { parameters: [{ name: "q", in: "query", ...given }], responses: ok } } }));
      const param = m.operations[0]!.queryParams[0]!;
      expect(querySpellingOf(param)).toBe(want);
      const route = buildServerModel(m).operations[0]!;
      // The server reads back exactly what the SDK writes.
      expect(route.commaQuery.includes("q")).toBe(want === "comma");
      expect(route.objectQuery?.find((o) => o.name === "q")?.spelling ?? null).toBe(want === "comma" ? null : want);
    });
  }

  it("a 3.1 array that may be null, no explode: a comma list on both sides", () => {
    const m = model({
      ...doc({
        "/x": {
          get: { parameters: [{ name: "q", in: "query", explode: false, schema: { type: ["array", "null"], items: { type: "string" } } }], responses: ok },
        },
      }),
      openapi: "3.1.0",
    });
    expect(querySpellingOf(m.operations[0]!.queryParams[0]!)).toBe("comma");
    expect(buildServerModel(m).operations[0]!.commaQuery).toEqual(["q"]);
  });
});
