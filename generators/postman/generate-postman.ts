/**
 * generate-postman: a Postman collection (postman/<name>.postman_collection.json)
 * converted from the bundled document with openapi-to-postmanv2. Folders by
 * tag; the base URL and the bearer token are collection variables
 * (`baseUrl`, `bearerToken`) so one edit points every request elsewhere.
 *
 * The converter is not deterministic on its own: it gives every item a
 * random UUID and fakes values with json-schema-faker (random numbers, key
 * counts, "now"-relative dates). Ids are replaced by hashes of each item's
 * place in the collection and the faker is seeded before every run, so the
 * same spec always gives the same bytes.
 *
 * Its saved examples are then rebuilt from the spec: the converter saves one
 * per response status, each with a copy of the whole request and a body
 * faked from the schema, which made the Vantage collection 1 MB for 33
 * operations. Each request keeps its method, URL, auth and headers; JSON
 * bodies are the spec's example (or the required fields only, as in the docs'
 * samples), query values are the spec's examples or defaults, and a saved
 * response is kept for each success status the spec gives an example for.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { Model } from "../model/model.js";
import type { FileSet } from "../emit/file-set.js";
import { words } from "../model/identifiers.js";
import { resolveRef, type Json } from "../load/refs.js";
import { FileValue, parameterValue, requiredBody, type SampleValue } from "../model/example-values.js";

const require = createRequire(import.meta.url);

interface Converter {
  convertV2(
    input: { type: "json"; data: unknown },
    options: Record<string, unknown>,
    callback: (error: Error | null, result: { result: boolean; reason?: string; output?: { type: string; data: Record<string, unknown> }[] }) => void,
  ): void;
}
interface SchemaFaker {
  option(options: Record<string, unknown>): void;
  format(name: string, generate: () => string): void;
}

/** `postman/vantage.postman_collection.json`, named after the client. */
export function postmanCollectionPath(model: Model): string {
  const name = words(model.clientName).join("-").toLowerCase() || "api";
  return `postman/${name}.postman_collection.json`;
}

export async function generatePostman(model: Model): Promise<FileSet> {
  const collection = await convert(model.bundled);
  const variables = (Array.isArray(collection.variable) ? collection.variable : []) as { key: string; value?: string; type?: string }[];
  if (!variables.some((v) => v.key === "baseUrl")) variables.unshift({ key: "baseUrl", value: model.baseUrl, type: "string" });
  if (model.auth.type !== "none" && !variables.some((v) => v.key === "bearerToken")) {
    // Empty on purpose: the key is the user's to fill in, never one written into a file.
    variables.push({ key: "bearerToken", value: "", type: "string" });
  }
  collection.variable = variables;
  trimExamples(collection, model);
  const stable = withStableIds(collection, model.title || model.clientName);
  return new Map([[postmanCollectionPath(model), `${JSON.stringify(stable, null, 2)}\n`]]);
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function convert(document: Record<string, unknown>): Promise<Record<string, unknown>> {
  const converter = require("openapi-to-postmanv2") as Converter;
  // The converter's own faker instance (the same module it requires), seeded per run.
  const faker = require("openapi-to-postmanv2/assets/json-schema-faker.js") as SchemaFaker;
  faker.option({ random: mulberry32(0x5eed) });
  faker.format("date-time", () => "2024-01-15T10:30:00Z");
  faker.format("date", () => "2024-01-15");
  // The converter logs schema-merge failures (incompatible allOf members) with console.warn and
  // carries on; they are not our user's problem to read on every generate, so hold them back.
  const consoleWarn = console.warn;
  console.warn = () => {};
  return new Promise<Record<string, unknown>>((resolve, reject) => {
    converter.convertV2(
      { type: "json", data: structuredClone(document) },
      {
        folderStrategy: "Tags",
        parametersResolution: "Example",
        // Optional query params are listed but unticked, so a request works as imported.
        enableOptionalParameters: false,
        includeAuthInfoInExample: true,
      },
      (error, result) => {
        if (error) return reject(error);
        const data = result.output?.find((o) => o.type === "collection")?.data;
        if (!result.result || !data) return reject(new Error(`openapi-to-postmanv2: ${result.reason ?? "no collection produced"}`));
        resolve(JSON.parse(JSON.stringify(data)) as Record<string, unknown>);
      },
    );
  }).finally(() => {
    console.warn = consoleWarn;
  });
}

/** UUID-shaped ids from each node's path in the collection (name + position), so re-imports update in place. */
function withStableIds(collection: Record<string, unknown>, name: string): Record<string, unknown> {
  const uuid = (key: string) => {
    const h = createHash("sha1").update(key).digest("hex");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  const visit = (node: unknown, key: string): unknown => {
    if (Array.isArray(node)) return node.map((child, i) => visit(child, `${key}/${i}`));
    if (!node || typeof node !== "object") return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === "id" || k === "_postman_id") out[k] = uuid(`${key}#${k}`);
      else out[k] = visit(v, `${key}/${k}`);
    }
    return out;
  };
  return visit(collection, name) as Record<string, unknown>;
}

type PostmanNode = Record<string, unknown>;

/** Every request item of the collection, folders flattened. */
function requestItems(node: PostmanNode): PostmanNode[] {
  const out: PostmanNode[] = [];
  for (const child of (Array.isArray(node.item) ? node.item : []) as PostmanNode[]) {
    if (child.request) out.push(child);
    else out.push(...requestItems(child));
  }
  return out;
}

/** `GET /jobs/{job_id}` for a Postman request (`:job_id` path segments). */
function routeKey(request: PostmanNode): string {
  const url = (request.url ?? {}) as PostmanNode;
  const segments = (Array.isArray(url.path) ? url.path : []) as unknown[];
  const route = segments.map((s) => String(s).replace(/^:(.+)$/, "{$1}")).join("/");
  return `${String(request.method).toUpperCase()} /${route}`;
}

function mediaOf(document: Json, holder: unknown): Json | undefined {
  const resolved = resolveRef(document, holder) as Json | undefined;
  const content = resolved?.content as Json | undefined;
  if (!content) return undefined;
  const type = Object.keys(content).find((t) => /json/i.test(t)) ?? Object.keys(content)[0];
  return type ? ({ ...(resolveRef(document, content[type]) as Json), contentType: type } as Json) : undefined;
}

function exampleOf(document: Json, media: Json | undefined): unknown {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const examples = media.examples as Json | undefined;
  if (examples && typeof examples === "object") {
    const first = resolveRef(document, Object.values(examples)[0]) as Json | undefined;
    if (first?.value !== undefined) return first.value;
  }
  const schema = resolveRef(document, media.schema) as Json | undefined;
  return schema?.example;
}

const plain = (value: SampleValue): string =>
  value instanceof FileValue ? "" : typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);

const REASONS: Record<string, string> = {
  "200": "OK",
  "201": "Created",
  "202": "Accepted",
  "204": "No Content",
  "400": "Bad Request",
  "401": "Unauthorized",
  "403": "Forbidden",
  "404": "Not Found",
  "409": "Conflict",
  "413": "Payload Too Large",
  "422": "Unprocessable Entity",
  "429": "Too Many Requests",
  "500": "Internal Server Error",
  "503": "Service Unavailable",
};

function trimExamples(collection: PostmanNode, model: Model): void {
  const document = model.bundled as Json;
  const operations = new Map(model.operations.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op]));
  for (const item of requestItems(collection)) {
    const request = item.request as PostmanNode;
    const op = operations.get(routeKey(request));
    if (!op) continue;
    const rawOperation = ((resolveRef(document, (document.paths as Json)[op.path]) as Json)[op.method] ?? {}) as Json;

    // Query values: the spec's example or default, not the converter's invented ones.
    const url = (request.url ?? {}) as PostmanNode;
    for (const entry of (Array.isArray(url.query) ? url.query : []) as PostmanNode[]) {
      const param = op.queryParams.find((p) => p.name === String(entry.key));
      if (param) entry.value = plain(parameterValue(model.refs, param, ""));
    }

    // A JSON body: the spec's example, else the required fields only.
    const body = request.body as PostmanNode | undefined;
    if (body?.mode === "raw" && op.requestBody?.bodyType === "json") {
      const media = mediaOf(document, rawOperation.requestBody);
      const example = exampleOf(document, media) ?? requiredBody(model.refs, op);
      if (example !== undefined) body.raw = JSON.stringify(example, null, 2);
    }

    // Saved responses: the successes the spec shows an example for, without the request copy.
    const saved: PostmanNode[] = [];
    const responses = (rawOperation.responses ?? {}) as Json;
    for (const [status, response] of Object.entries(responses)) {
      const media = mediaOf(document, response);
      const example = exampleOf(document, media);
      // Success answers only: the error bodies are one shared shape, shown once in the docs.
      if (example === undefined || !/^2\d\d$/.test(status)) continue;
      const description = (resolveRef(document, response) as Json | undefined)?.description;
      saved.push({
        name: typeof description === "string" && description.trim() ? description.trim() : status,
        status: REASONS[status] ?? "",
        code: Number(status),
        header: [{ key: "Content-Type", value: String(media!.contentType) }],
        body: typeof example === "string" ? example : JSON.stringify(example, null, 2),
        _postman_previewlanguage: /json/i.test(String(media!.contentType)) ? "json" : "text",
      });
    }
    item.response = saved;
  }
}
