/**
 * Path keys in the model: RFC 6570 operators and OpenAPI path styles
 * (bare parameter names, path order, the URL template the SDK fills in),
 * `#fragment` keys (stripped, and the dispatch between operations that then
 * share a URL), methods fetch can't send, and naming.
 */
import { describe, expect, it } from "vitest";
import { doc, model, ok, only } from "./helpers.js";

const pathParam = (name: string, extra: Record<string, unknown> = {}) => ({ name, in: "path", required: true, schema: { type: "string" }, ...extra });

describe("path templates", () => {
  const cases: { given: string; params: Record<string, unknown>[]; want: { names: string[]; urlTemplate: string; styles: string[] } }[] = [
    { given: "/a/{x}", params: [pathParam("x")], want: { names: ["x"], urlTemplate: "/a/{x}", styles: ["simple"] } },
    {
      given: "/r/{year}/{month}{.format}",
      params: [pathParam("format"), pathParam("month"), pathParam("year")],
      want: { names: ["year", "month", "format"], urlTemplate: "/r/{year}/{month}{.format}", styles: ["simple", "simple", "label"] },
    },
    {
      given: "/m/{;lat}{;lng}",
      params: [pathParam("lng"), pathParam("lat")],
      want: { names: ["lat", "lng"], urlTemplate: "/m/{;lat}{;lng}", styles: ["matrix", "matrix"] },
    },
    { given: "/t/{names*}", params: [pathParam("names")], want: { names: ["names"], urlTemplate: "/t/{names*}", styles: ["simple"] } },
    { given: "/raw/{+key}", params: [pathParam("key")], want: { names: ["key"], urlTemplate: "/raw/{+key}", styles: ["reserved"] } },
    {
      given: "/s/{id}/{c}",
      params: [pathParam("id", { style: "label" }), pathParam("c", { style: "matrix", explode: true })],
      want: { names: ["id", "c"], urlTemplate: "/s/{.id}/{;c*}", styles: ["label", "matrix"] },
    },
    { given: "/q/{id}{?page,size}", params: [pathParam("id")], want: { names: ["id"], urlTemplate: "/q/{id}", styles: ["simple"] } },
    { given: "/files/{id}#get_shared_link", params: [pathParam("id")], want: { names: ["id"], urlTemplate: "/files/{id}", styles: ["simple"] } },
  ];
  for (const { given, params, want } of cases) {
    it(given, () => {
      const m = model(doc({ [given]: { get: { parameters: params, responses: ok } } }));
      const op = m.operations[0]!;
      expect(op.pathParams.map((p) => p.name)).toEqual(want.names);
      expect(op.urlTemplate).toBe(want.urlTemplate);
      expect(op.urlParts.filter((p) => typeof p !== "string").map((p) => (p as { style: string }).style)).toEqual(want.styles);
      expect(m.warnings.filter((w) => /is not declared/.test(w))).toEqual([]);
      expect(op.path).toBe(given);
    });
  }
});

describe("fragments that share a URL", () => {
  const get = (id: string, query: Record<string, unknown>[] = []) => ({
    get: { operationId: id, parameters: [pathParam("id"), ...query], responses: ok },
  });
  const fields = (required: boolean) => ({ name: "fields", in: "query", required, schema: { type: "string" } });

  it("each is told apart by the query parameters it requires", () => {
    const m = model(doc({ "/f/{id}": get("plain", [fields(false)]), "/f/{id}#link": get("link", [fields(true)]) }));
    expect(m.operations.map((o) => [o.operationId, o.dispatch])).toEqual([
      ["plain", { requiredQuery: [] }],
      ["link", { requiredQuery: ["fields"] }],
    ]);
    expect(m.operations.map((o) => o.methodName)).toEqual(["plain", "link"]);
  });

  it("an operation alone on its URL needs no dispatch", () => {
    expect(only(doc({ "/f/{id}#only": get("only") })).dispatch).toBeNull();
  });

  it("two that require the same query are refused, naming both pointers", () => {
    expect(() => model(doc({ "/f/{id}#a": get("a", [fields(true)]), "/f/{id}#b": get("b", [fields(true)]) }))).toThrow(
      /\(#\/paths\/~1f~1\{id\}#a\/get and #\/paths\/~1f~1\{id\}#b\/get\).*both require fields/,
    );
  });
});

describe("methods fetch can't send", () => {
  it("TRACE stays in the model for the server but not in the SDK, with a warning naming its pointer", () => {
    const m = model(doc({ "/d": { trace: { responses: ok }, get: { responses: ok } } }));
    expect(m.operations.map((o) => [o.method, o.inSdk])).toEqual([
      ["get", true],
      ["trace", false],
    ]);
    expect(m.resources.flatMap((r) => r.operations.map((o) => o.method))).toEqual(["get"]);
    expect(m.warnings.some((w) => w.includes("(#/paths/~1d/trace)") && /TRACE/.test(w))).toBe(true);
  });
});

describe("naming clashes", () => {
  it("operations asking for one method name get 2, 3… in METHOD-path order", () => {
    const m = model(
      doc({
        "/a": { get: { operationId: "list", tags: ["things"], responses: ok } },
        "/b": { get: { operationId: "list", tags: ["things"], responses: ok } },
      }),
    );
    expect(m.operations.map((o) => `${o.resource.join(".")}.${o.methodName}`)).toEqual(["things.list", "things.list2"]);
  });

  it("path parameter identifiers avoid the SDK's own argument names", () => {
    const op = only(doc({ "/a/{body}/{query}": { get: { parameters: [pathParam("body"), pathParam("query")], responses: ok } } }));
    expect(op.pathParams.map((p) => p.identifier).every((id) => !["body", "query", "options", "params"].includes(id))).toBe(true);
  });
});

describe("the same template with other parameter names (OpenAPI forbids it; real documents have it)", () => {
  const param = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
  it("the later one is shadowed, with a warning: the SDK keeps both, the server serves the first", () => {
    const m = model(
      doc({
        "/a/{x}": { get: { operationId: "first", parameters: [param("x")], responses: ok } },
        "/a/{y}": { get: { operationId: "second", parameters: [param("y")], responses: ok } },
      }),
    );
    const [first, second] = m.operations;
    expect(first!.shadowedBy).toBeNull();
    expect(second!.shadowedBy).toBe("#/paths/~1a~1{x}/get");
    expect(m.warnings.some((w) => /GET \/a\/\{y\} is GET \/a\/\{x\} with other parameter names/.test(w))).toBe(true);
  });

  it("a required query that tells them apart: dispatched, not shadowed", () => {
    const m = model(
      doc({
        "/a/{x}": { get: { parameters: [param("x")], responses: ok } },
        "/a/{y}": { get: { parameters: [param("y"), { name: "q", in: "query", required: true, schema: { type: "string" } }], responses: ok } },
      }),
    );
    expect(m.operations.map((o) => o.shadowedBy)).toEqual([null, null]);
    expect(m.operations.map((o) => o.dispatch)).toEqual([{ requiredQuery: [] }, { requiredQuery: ["q"] }]);
  });
});
