/// <reference path="../node_modules/postman-collection/types/index.d.ts" />
// postman-collection ships its types without pointing package.json at them.
/**
 * The Postman collection, as Postman's own library reads it: one request per
 * operation of the spec (counted from the spec, not from the model), each
 * with its method, path and bearer auth; base URL and token as collection
 * variables; the same bytes on every run. It stays small: no faked bodies,
 * no per-status copies of the request; the JSON bodies and saved responses it
 * does carry are valid against the spec.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { loadSpec } from "../generators/load/load.js";
import { buildModel, type Model } from "../generators/model/model.js";
import { generatePostman, postmanCollectionPath } from "../generators/postman/generate-postman.js";
import { createSchemaValidator, deref } from "./helpers/openapi-schema.js";

const require = createRequire(import.meta.url);
// CommonJS, loaded the way Postman's tooling loads it.
const { Collection } = require("postman-collection") as typeof import("postman-collection");
type Item = import("postman-collection").Item;

/** Every request item, folders flattened (forEachItem is missing from the shipped types). */
function requests(json: unknown): Item[] {
  const collection = new Collection(json as never) as unknown as { forEachItem(visit: (item: Item) => void): void };
  const out: Item[] = [];
  collection.forEachItem((item) => out.push(item));
  return out;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

let model: Model;
let document: Record<string, unknown>;
let text: string;

beforeAll(async () => {
  ({ document } = await loadSpec("spec/openapi.yaml"));
  model = buildModel(document, { specFile: "spec/openapi.yaml" });
  text = (await generatePostman(model)).get(postmanCollectionPath(model))!;
});

/** "GET /jobs/:job_id" for every operation in the spec, in Postman's path syntax. */
function specRoutes(): string[] {
  const routes: string[] = [];
  for (const [route, item] of Object.entries(document.paths as Record<string, Record<string, unknown>>)) {
    for (const method of METHODS) {
      if (item[method]) routes.push(`${method.toUpperCase()} ${route.replace(/\{([^}]+)\}/g, ":$1")}`);
    }
  }
  return routes.sort();
}

describe("Postman collection", () => {
  it("is written to postman/vantage.postman_collection.json", () => {
    expect(postmanCollectionPath(model)).toBe("postman/vantage.postman_collection.json");
    expect(text).toBeTruthy();
  });

  it("holds one request per operation, with the right method and path", () => {
    const routes = requests(JSON.parse(text)).map((item) => `${item.request.method} ${item.request.url.getPath(true)}`);
    const expected = specRoutes();
    expect(expected.length).toBe(33);
    expect(routes.sort()).toEqual(expected);
  });

  it("authenticates every request with the bearer token variable", () => {
    const problems: string[] = [];
    for (const item of requests(JSON.parse(text))) {
      const auth = item.getAuth();
      const type = (auth?.toJSON() as { type?: string } | undefined)?.type;
      const token = auth?.parameters().get("token");
      if (type !== "bearer" || token !== "{{bearerToken}}") problems.push(`${item.name}: ${type} ${token}`);
      if (!item.request.url.toString().startsWith("{{baseUrl}}")) problems.push(`${item.name}: ${item.request.url.toString()}`);
    }
    expect(problems).toEqual([]);
  });

  it("declares baseUrl and bearerToken as collection variables", () => {
    const collection = new Collection(JSON.parse(text));
    expect(collection.variables.get("baseUrl")).toBe((document.servers as { url: string }[])[0].url);
    expect(collection.variables.has("bearerToken")).toBe(true);
    expect(collection.variables.get("bearerToken")).toBe("");
  });

  it("is the same bytes on every run", async () => {
    const again = (await generatePostman(model)).get(postmanCollectionPath(model));
    expect(again).toBe(text);
  });
});

/** Bytes allowed per operation, plus a fixed allowance for the collection's own info and variables. */
const BYTES_PER_OPERATION = 5_000;
const BYTES_FIXED = 8_000;

/** The operation object for a request item, by its method and Postman path. */
function operationFor(doc: Record<string, any>, item: Item): any {
  const route = `/${item.request.url.path?.map((s) => String(s).replace(/^:(.+)$/, "{$1}")).join("/")}`;
  return deref(doc, doc.paths[route])?.[item.request.method.toLowerCase()];
}

function jsonSchemaOf(doc: Record<string, any>, holder: any): any {
  const content = deref<any>(doc, holder)?.content ?? {};
  const type = Object.keys(content).find((t) => /json/i.test(t));
  return type ? content[type].schema : undefined;
}

describe("Postman collection size and content", () => {
  it(`stays within ${BYTES_PER_OPERATION} bytes per operation (+${BYTES_FIXED}), Vantage and other specs`, async () => {
    const sizes: string[] = [];
    const over: string[] = [];
    const specs = [
      "spec/openapi.yaml",
      "test/fixtures/specs/edge/full.yaml",
      "test/fixtures/specs/edge/content-types.yaml",
      "test/fixtures/specs/edge/faker.yaml",
    ];
    for (const spec of specs) {
      const { document: doc, file } = await loadSpec(spec);
      const m = buildModel(doc, { specFile: file });
      const bytes = Buffer.byteLength((await generatePostman(m)).get(postmanCollectionPath(m))!);
      const budget = BYTES_FIXED + BYTES_PER_OPERATION * m.operations.length;
      sizes.push(`${spec}: ${bytes} B for ${m.operations.length} operations`);
      if (bytes > budget) over.push(`${spec}: ${bytes} > ${budget}`);
    }
    console.log(sizes.join("\n"));
    expect(over).toEqual([]);
  });

  it("saves no request copies and no response the spec has no example for", () => {
    const problems: string[] = [];
    let saved = 0;
    for (const item of requests(JSON.parse(text))) {
      const op = operationFor(document, item);
      for (const response of item.responses.all()) {
        saved++;
        const json = response.toJSON() as { originalRequest?: unknown; code: number; body: string };
        if (json.originalRequest) problems.push(`${item.name}: saved response carries a request copy`);
        const declared = deref<any>(document, op.responses[String(json.code)]);
        const [type, media] = (Object.entries(declared?.content ?? {})[0] ?? []) as [string, any];
        const example = media?.example ?? deref<any>(document, Object.values(media?.examples ?? {})[0])?.value;
        if (example === undefined) problems.push(`${item.name}: saved ${json.code} without a spec example`);
        else if (/json/i.test(type) ? JSON.stringify(JSON.parse(json.body)) !== JSON.stringify(example) : json.body !== example) {
          problems.push(`${item.name}: saved ${json.code} is not the spec's example`);
        }
      }
    }
    expect(saved).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it("carries JSON bodies that are valid requests, and every query value is the spec's", () => {
    const validator = createSchemaValidator(document);
    const problems: string[] = [];
    let checked = 0;
    for (const item of requests(JSON.parse(text))) {
      const op = operationFor(document, item);
      const body = item.request.body;
      if (body?.mode === "raw" && body.raw) {
        const schema = jsonSchemaOf(document, op.requestBody);
        if (!schema) continue;
        checked++;
        problems.push(...validator.validate(schema, JSON.parse(body.raw), "request").map((p) => `${item.name}: ${p}`));
      }
    }
    // Query values: the spec's own example or default wherever it gives one, never an invented value.
    for (const item of requests(JSON.parse(text))) {
      const op = operationFor(document, item);
      const params = [...(op.parameters ?? [])].map((p: unknown) => deref<any>(document, p)).filter((p: any) => p.in === "query");
      for (const entry of item.request.url.query.all()) {
        const param = params.find((p: any) => p.name === entry.key);
        const schema = deref<any>(document, param?.schema);
        const given = param?.example ?? schema?.example ?? schema?.default;
        if (given !== undefined && entry.value !== String(given)) problems.push(`${item.name}: ?${entry.key}=${entry.value}, the spec says ${given}`);
      }
    }
    expect(checked).toBeGreaterThan(3);
    expect(problems).toEqual([]);
  });
});
