/// <reference path="../node_modules/postman-collection/types/index.d.ts" />
// postman-collection ships its types without pointing package.json at them.
/**
 * The Postman collection, as Postman's own library reads it: one request per
 * operation of the spec (counted from the spec, not from the model), each
 * with its method, path and bearer auth; base URL and token as collection
 * variables; the same bytes on every run.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { loadSpec } from "../generators/load.js";
import { buildModel, type Model } from "../generators/model.js";
import { generatePostman, postmanCollectionPath } from "../generators/postman.js";

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
