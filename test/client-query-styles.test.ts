/**
 * The SDK spells objects in a query as their style says
 * (templates/client/core/request-url.ts's styledQuery: form exploded with
 * nested values in brackets, deepObject, form without explode), sends a
 * urlencoded body whose schema is no object as its text, and only the
 * operations that have object query parameters call styledQuery (decided
 * when generating). Then the generated SDK against the generated server for
 * test/fixtures/specs/focused/parameter-shapes.yaml: the handler gets the
 * objects sent.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidRequestError, requestUrl, styledQuery } from "../templates/client/core/request-url.js";
import { prepareBody } from "../templates/client/core/request-body.js";
import { loadSpec } from "../generators/load/load.js";
import { buildModel } from "../generators/model/model.js";
import { generateClient } from "../generators/client/generate-client.js";
import { buildSpec, type BuiltSpec } from "./helpers/round-trip/build.js";

const SPEC = path.resolve(import.meta.dirname, "fixtures/specs/focused/parameter-shapes.yaml");
const BASE = "https://api.example.com";
const url = (query: Record<string, unknown>) => decodeURIComponent(requestUrl(BASE, "/s", undefined, query).slice(BASE.length + 3));

describe("styledQuery", () => {
  it("form, exploded: properties become keys, nested objects brackets, arrays repeated keys", () => {
    const q = styledQuery({ page: { number: 2, sort: ["a", "b"], where: { city: "Oslo", deep: { x: 1 } } }, limit: 5 }, { page: "exploded" });
    expect(url(q)).toBe("limit=5&number=2&sort=a&sort=b&where[city]=Oslo&where[deep][x]=1");
  });

  it("deepObject: name[key], nested name[key][sub]; null and undefined left out; Dates ISO 8601", () => {
    const at = new Date(Date.UTC(2026, 0, 2));
    const q = styledQuery({ location: { directory: "/tmp a", skip: null, nested: { at, none: undefined } } }, { location: "deep" });
    expect(url(q)).toBe(`location[directory]=/tmp a&location[nested][at]=${at.toISOString()}`);
  });

  it("form without explode: name=k,v,k2,v2, each part percent-encoded", () => {
    const q = styledQuery({ pair: { a: "x,y", b: 4 } }, { pair: "pairs" });
    expect(requestUrl(BASE, "/s", undefined, q)).toBe(`${BASE}/s?pair=a,x%2Cy,b,4`);
  });

  it("an array without explode: name=a,b, each item percent-encoded; empty and absent spell nothing", () => {
    expect(requestUrl(BASE, "/s", undefined, styledQuery({ ids: ["a", "b,c", null, 3] }, { ids: "comma" }))).toBe(`${BASE}/s?ids=a,b%2Cc,3`);
    expect(requestUrl(BASE, "/s", undefined, styledQuery({ ids: [], n: 1 }, { ids: "comma" }))).toBe(`${BASE}/s?n=1`);
    expect(requestUrl(BASE, "/s", undefined, styledQuery({ n: 1 }, { ids: "comma" }))).toBe(`${BASE}/s?n=1`);
    expect(() => styledQuery({ ids: [{ a: 1 }] }, { ids: "comma" })).toThrow(InvalidRequestError);
  });

  it("keys are percent-encoded; an empty object spells nothing", () => {
    expect(requestUrl(BASE, "/s", undefined, styledQuery({ f: { "a&b": { "c=d": 1 } } }, { f: "exploded" }))).toBe(`${BASE}/s?a%26b%5Bc%3Dd%5D=1`);
    expect(requestUrl(BASE, "/s", undefined, styledQuery({ f: {}, g: 1 }, { f: "exploded" }))).toBe(`${BASE}/s?g=1`);
  });

  it("refuses what no server reads back: an array of objects, a nested value without explode", () => {
    expect(() => styledQuery({ f: { list: [{ a: 1 }] } }, { f: "exploded" })).toThrow(InvalidRequestError);
    expect(() => styledQuery({ p: { a: { b: 1 } } }, { p: "pairs" })).toThrow(InvalidRequestError);
  });

  it("leaves the query alone when a styled parameter is absent or not an object", () => {
    expect(styledQuery(undefined, { f: "exploded" })).toBeUndefined();
    expect(url(styledQuery({ f: "text", n: 1 }, { f: "exploded" }))).toBe("f=text&n=1");
  });
});

describe("urlencoded bodies whose schema is no object", () => {
  it("a string goes as it is, an array as nameless encoded fields, an object as fields", async () => {
    expect((await prepareBody("a=1&b=2", "form-urlencoded")).body).toBe("a=1&b=2");
    expect((await prepareBody(["one", "two words", "a&b"], "form-urlencoded")).body).toBe("one&two%20words&a%26b");
    expect((await prepareBody({ a: 1, b: ["x", "y"] }, "form-urlencoded")).body).toBe("a=1&b=x&b=y");
  });
});

describe("generated SDK", () => {
  it("only operations with object or comma-list query parameters call styledQuery, with each parameter's style", async () => {
    const { document, file } = await loadSpec(SPEC);
    const files = generateClient(buildModel(document, { specFile: file }));
    const code = [...files]
      .filter(([name]) => name.endsWith(".js") && name.includes("resources/"))
      .map(([, text]) => text)
      .join("\n");
    expect(code).toContain('styledQuery(query, { page: "exploded", filter: "exploded", location: "deep", pair: "pairs", extra: "exploded", ids: "comma" })');
    // search, and getFile (its `fields` list without explode); no other operation.
    expect(code.match(/styledQuery\(/g)?.length).toBe(2);
    expect(code).toContain('styledQuery(query, { fields: "comma" })');
  });

  let built: BuiltSpec | undefined;
  let app: { listen(o: object): Promise<string>; close(): Promise<void> } | undefined;
  let base = "";
  const got: Record<string, unknown>[] = [];
  beforeAll(async () => {
    built = await buildSpec(SPEC, "client-query-styles");
    const createServer = built.server.createServer as (o: object) => Promise<NonNullable<typeof app>>;
    const record = (ctx: { query: Record<string, unknown>; body: unknown }) => (got.push({ query: ctx.query, body: ctx.body }), { status: 200, body: {} });
    app = await createServer({ handlers: { search: record, formText: record, formList: record }, rateLimit: false });
    base = await app.listen({ host: "127.0.0.1", port: 0 });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    if (built) rmSync(built.dir, { recursive: true, force: true });
  });

  it("sends objects the server assembles back, and non-object forms it reads back", async () => {
    const Client = built!.sdk[built!.model.clientName] as new (o: object) => Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
    const client = new Client({ apiKey: "k", baseUrl: base, maxRetries: 0 });
    const query = {
      page: { number: 4, sort: ["x", "y"] },
      filter: { where: { city: "Bergen", size: 3 } },
      location: { directory: "/srv", depth: 1 },
      pair: { a: "q", b: 9 },
      extra: { tone: "warm" },
      limit: 10,
      ids: ["u1", "u 2"],
    };
    await client.search.search(query);
    expect(got.at(-1)!.query).toEqual(query);
    await client.formText.formText("raw=text&x=1");
    expect(got.at(-1)!.body).toBe("raw=text&x=1");
    await client.formList.formList(["a", "b c"]);
    expect(got.at(-1)!.body).toEqual(["a", "b c"]);
  });
});
