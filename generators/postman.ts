/**
 * postman: a Postman collection (postman/<name>.postman_collection.json)
 * converted from the bundled document with openapi-to-postmanv2. Folders by
 * tag; the base URL and the bearer token are collection variables
 * (`baseUrl`, `bearerToken`) so one edit points every request elsewhere.
 *
 * The converter is not deterministic on its own: it gives every item a
 * random UUID and fakes values with json-schema-faker (random numbers, key
 * counts, "now"-relative dates). Ids are replaced by hashes of each item's
 * place in the collection and the faker is seeded before every run, so the
 * same spec always gives the same bytes.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { Model } from "./model.js";
import type { FileSet } from "./files.js";
import { words } from "./names.js";

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
  const collection = await convert(model.document);
  const variables = (Array.isArray(collection.variable) ? collection.variable : []) as { key: string; value?: string; type?: string }[];
  if (!variables.some((v) => v.key === "baseUrl")) variables.unshift({ key: "baseUrl", value: model.baseUrl, type: "string" });
  if (model.auth.type !== "none" && !variables.some((v) => v.key === "bearerToken")) {
    // Empty on purpose: the key is the user's to fill in, never one written into a file.
    variables.push({ key: "bearerToken", value: "", type: "string" });
  }
  collection.variable = variables;
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
