/**
 * The hardening on a spec other than Vantage's, generated here (types +
 * server into test-output/, imported as TypeScript): request objects the
 * spec closes (additionalProperties: false, nested too) refuse unknown
 * properties; a response schema fast-json-stringify can't build (an allOf
 * that contradicts itself) is reported at generation time and served by the
 * fallback, which still drops undeclared fields; the runtime's own errors use
 * the codes this spec declares.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Fastify, { type FastifyInstance } from "fastify";
import { buildModel } from "../generators/model/model.js";
import { generateTypes } from "../generators/types/generate-types.js";
import { generateServer } from "../generators/server/generate-server.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
const outDir = path.join(repoRoot, "test-output", "server-hardening-spec");

const spec = {
  openapi: "3.0.3",
  info: { title: "Closed things", version: "1" },
  components: {
    schemas: {
      Problem: {
        type: "object",
        required: ["error", "message"],
        properties: {
          error: { type: "string", enum: ["bad_request", "server_error", "not_found"] },
          message: { type: "string" },
          details: { type: "object" },
          request_id: { type: "string" },
        },
      },
      Thing: {
        type: "object",
        additionalProperties: false,
        required: ["name"],
        properties: {
          id: { type: "string", readOnly: true },
          name: { type: "string" },
          size: { type: "object", additionalProperties: false, properties: { width: { type: "integer" } } },
          labels: { type: "object", additionalProperties: { type: "string" } },
        },
      },
      WithBoolean: { type: "object", properties: { prop: { type: "boolean" }, keep: { type: "string" } } },
      WithInteger: { type: "object", properties: { prop: { type: "integer" } } },
    },
    responses: { Problem: { description: "error", content: { "application/json": { schema: { $ref: "#/components/schemas/Problem" } } } } },
  },
  paths: {
    "/things": {
      post: {
        operationId: "createThing",
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
        responses: {
          "201": { description: "made", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
          "400": { $ref: "#/components/responses/Problem" },
          default: { $ref: "#/components/responses/Problem" },
        },
      },
      get: { operationId: "listThings", responses: { "200": { description: "ok" }, default: { $ref: "#/components/responses/Problem" } } },
    },
    "/odd": {
      get: {
        operationId: "getOdd",
        responses: {
          "200": {
            description: "contradictory",
            content: {
              "application/json": { schema: { allOf: [{ $ref: "#/components/schemas/WithBoolean" }, { $ref: "#/components/schemas/WithInteger" }] } },
            },
          },
        },
      },
    },
  },
};

const warnings: string[] = [];
const logs: any[] = [];
let app: FastifyInstance | undefined;
let url: string;

beforeAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  const model = buildModel(spec as never, { specFile: path.join(outDir, "spec.json") });
  const files = new Map([...(await generateTypes(model)), ...generateServer(model, undefined, warnings)]);
  for (const [rel, text] of files) {
    mkdirSync(path.dirname(path.join(outDir, rel)), { recursive: true });
    writeFileSync(path.join(outDir, rel), text);
  }
  const mod = (await import(pathToFileURL(path.join(outDir, "server/index.ts")).href)) as Record<string, any>;
  app = Fastify({ logger: { level: "warn", stream: { write: (line: string) => logs.push(JSON.parse(line)) } } });
  const plugin = Object.entries(mod).find(([key, value]) => key.endsWith("Routes") && typeof value === "function")![1];
  await app.register(plugin, {
    handlers: {
      createThing: async ({ body }: { body: Record<string, unknown> }) => ({ status: 201, body: { id: "t1", ...body } }),
      getOdd: async () => ({ status: 200, body: { prop: true, keep: "yes", secret_extra: "drop me" } }),
    },
  });
  url = await app.listen({ host: "127.0.0.1", port: 0 });
}, 120_000);

afterAll(async () => {
  await app?.close();
  rmSync(outDir, { recursive: true, force: true });
});

const post = (body: unknown) => fetch(`${url}/things`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("a spec of its own", () => {
  it("closed request objects refuse unknown properties, at any level; open maps take any key", async () => {
    const unknownTop = await post({ name: "a", colour: "red" });
    expect(unknownTop.status).toBe(400);
    expect(await unknownTop.json()).toMatchObject({ error: "bad_request", details: { field: "colour", code: "unknown_field" } });
    const unknownNested = await post({ name: "a", size: { width: 1, depth: 2 } });
    expect(await unknownNested.json()).toMatchObject({ details: { field: "size.depth", code: "unknown_field" } });
    const readOnly = await post({ name: "a", id: "mine" });
    expect(await readOnly.json()).toMatchObject({ details: { field: "id", code: "read_only" } });
    const ok = await post({ name: "a", size: { width: 1 }, labels: { any: "thing" } });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ id: "t1", name: "a", size: { width: 1 }, labels: { any: "thing" } });
  });

  it("an unbuildable response schema is reported at generation time and served by the fallback, undeclared fields dropped", async () => {
    expect(warnings.some((w) => /GET \/odd response 200 .*allOf members disagree on the type of prop/.test(w))).toBe(true);
    expect(logs.some((l) => /GET \/odd 200: fast-json-stringify can't build/.test(l.msg))).toBe(true);
    const answer = await fetch(`${url}/odd`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ prop: true, keep: "yes" });
  });

  it("the runtime's own errors use codes this spec declares", async () => {
    const missing = await fetch(`${url}/things`);
    expect(missing.status).toBe(501);
    expect(await missing.json()).toMatchObject({ error: "server_error" });
    const unknown = await fetch(`${url}/nowhere`);
    expect(await unknown.json()).toMatchObject({ error: "not_found" });
  });
});
