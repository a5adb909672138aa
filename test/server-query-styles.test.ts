/**
 * The generated server reads back what OpenAPI's styles spell (issue #14's
 * families, found by the round trip): objects in a query (form exploded,
 * nested in brackets; deepObject; form without explode; a dictionary taking
 * the keys nothing else claims), object and array headers (simple style),
 * urlencoded bodies whose schema is a string or an array, and the dispatch
 * between two operations on one URL by the query's value. Raw HTTP on a
 * real server (test/fixtures/specs/focused/parameter-shapes.yaml), so the
 * server is checked apart from the SDK.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSpec, type BuiltSpec } from "./helpers/round-trip/build.js";

const SPEC = path.resolve(import.meta.dirname, "fixtures/specs/focused/parameter-shapes.yaml");

type Got = { handler: string; query: Record<string, unknown>; headers: Record<string, unknown>; body: unknown };
let built: BuiltSpec;
let app: { listen(o: object): Promise<string>; close(): Promise<void> } | undefined;
let base = "";
const got: Got[] = [];

beforeAll(async () => {
  built = await buildSpec(SPEC, "query-styles");
  const record = (handler: string) => (ctx: { query: Record<string, unknown>; headers: Record<string, unknown>; body: unknown }) => {
    got.push({ handler, query: ctx.query, headers: ctx.headers, body: ctx.body });
    return { status: 200, body: {} };
  };
  const handlers = Object.fromEntries(["search", "headers", "formText", "formList", "getFile", "getSharedLink"].map((h) => [h, record(h)]));
  const createServer = built.server.createServer as (o: object) => Promise<NonNullable<typeof app>>;
  app = await createServer({ handlers, rateLimit: false });
  base = await app.listen({ host: "127.0.0.1", port: 0 });
}, 60_000);

afterAll(async () => {
  await app?.close();
  if (built) rmSync(built.dir, { recursive: true, force: true });
});

async function call(url: string, init?: RequestInit): Promise<{ status: number; got: Got | undefined; text: string }> {
  const before = got.length;
  const response = await fetch(base + url, init);
  const text = await response.text();
  return { status: response.status, got: got.length > before ? got[got.length - 1] : undefined, text };
}

describe("objects in the query", () => {
  it("a form-exploded object is assembled from its properties' keys, nested ones in brackets, and coerced by its schema", async () => {
    const r = await call("/search?number=3&sort=a&sort=b&where%5Bcity%5D=Oslo&where[size]=7&limit=5");
    expect(r.status, r.text).toBe(200);
    expect(r.got!.query).toEqual({ page: { number: 3, sort: ["a", "b"] }, filter: { where: { city: "Oslo", size: 7 } }, limit: 5 });
  });

  it("a deepObject is assembled from name[key], and refused when its schema refuses a key", async () => {
    const r = await call("/search?number=1&location[directory]=%2Ftmp&location[depth]=2");
    expect(r.status, r.text).toBe(200);
    expect(r.got!.query.location).toEqual({ directory: "/tmp", depth: 2 });
    const bad = await call("/search?number=1&location[other]=x");
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("location");
  });

  it("a form object without explode is read from name=k,v,k2,v2", async () => {
    const r = await call("/search?number=1&pair=a,x,b,4");
    expect(r.status, r.text).toBe(200);
    expect(r.got!.query.pair).toEqual({ a: "x", b: 4 });
  });

  it("a dictionary takes the keys no parameter or property claims; declared names stay top-level", async () => {
    const r = await call("/search?number=1&color=red&shape=round&limit=2");
    expect(r.status, r.text).toBe(200);
    expect(r.got!.query).toEqual({ page: { number: 1 }, extra: { color: "red", shape: "round" }, limit: 2 });
  });

  it("a required object with nothing on the wire arrives empty (an empty object spells nothing)", async () => {
    const r = await call("/search");
    expect(r.status, r.text).toBe(200);
    expect(r.got!.query.page).toEqual({});
    expect(r.got!.query.filter).toBeUndefined();
  });

  it("a number that is no integer in a nested property is refused, naming the parameter", async () => {
    const r = await call("/search?number=x");
    expect(r.status).toBe(400);
    expect(r.text).toContain("page");
  });

  it("bracket keys can't reach Object.prototype", async () => {
    const r = await call("/search?number=1&where[__proto__][polluted]=yes&location[constructor][x]=1");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect([200, 400]).toContain(r.status);
  });
});

describe("array and object headers (simple style)", () => {
  it("k,v pairs, exploded k=v pairs and a,b lists are parsed and coerced before validation", async () => {
    const r = await call("/headers", { headers: { "X-Object": "role,admin,level,3", "X-Exploded": "role=ops, level=2", "X-List": "1,2,3" } });
    expect(r.status, r.text).toBe(200);
    expect(r.got!.headers["x-object"]).toEqual({ role: "admin", level: 3 });
    expect(r.got!.headers["x-exploded"]).toEqual({ role: "ops", level: 2 });
    expect(r.got!.headers["x-list"]).toEqual([1, 2, 3]);
  });

  it("a list item that breaks the schema is refused", async () => {
    const r = await call("/headers", { headers: { "X-List": "1,two" } });
    expect(r.status).toBe(400);
  });
});

describe("urlencoded bodies whose schema is no object", () => {
  const form = { "content-type": "application/x-www-form-urlencoded" };
  it("a string schema: the handler gets the text as sent", async () => {
    const r = await call("/form-text", { method: "POST", headers: form, body: "a=1&b=two" });
    expect(r.status, r.text).toBe(200);
    expect(r.got!.body).toBe("a=1&b=two");
  });

  it("an array schema: the nameless fields, decoded", async () => {
    const r = await call("/form-list", { method: "POST", headers: form, body: "one&two%20words&a%26b" });
    expect(r.status, r.text).toBe(200);
    expect(r.got!.body).toEqual(["one", "two words", "a&b"]);
  });
});

describe("two operations on one URL, told apart by the query", () => {
  it("the one requiring the query gets it when its schema takes the value; else the one that only allows it", async () => {
    expect((await call("/files/f1?fields=shared_link")).got?.handler).toBe("getSharedLink");
    // `fields` is optional on getFile: a value getSharedLink's enum refuses, or a list, is getFile's.
    expect((await call("/files/f1?fields=name")).got?.handler).toBe("getFile");
    const list = await call("/files/f1?fields=name&fields=size");
    expect(list.got?.handler).toBe("getFile");
    expect(list.got?.query.fields).toEqual(["name", "size"]);
    expect((await call("/files/f1?fields=name,size")).got?.query.fields).toEqual(["name", "size"]);
    expect((await call("/files/f1")).got?.handler).toBe("getFile");
  });
});
