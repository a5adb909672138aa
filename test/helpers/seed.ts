/**
 * The Vantage API reference the spec is written from, as the project's own
 * fixture (test/fixtures/vantage-api-reference.json): the endpoints, error
 * codes, response headers and common parameters. A reference that gains an
 * endpoint fails the spec tests until the spec has it too.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const referencePath = path.join(repoRoot, "test/fixtures/vantage-api-reference.json");

export interface Endpoint {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  title: string;
}

export interface ApiReference {
  endpoints: Endpoint[];
  errorFormat: Record<string, unknown>;
  errorCodes: string[];
  responseHeaders: string[];
  pagination: Record<string, { default?: number; maximum?: number }>;
  filters: string[];
  sort: { fields: string[]; descendingPrefix: string };
}

export function readReference(file = referencePath): ApiReference {
  const raw = JSON.parse(readFileSync(file, "utf8"));
  return { ...raw, endpoints: raw.endpoints.map((e: Endpoint) => ({ ...e, method: e.method.toLowerCase() })) };
}

/** Every endpoint of the reference, in document order. */
export function readSeedEndpoints(file = referencePath): Endpoint[] {
  return readReference(file).endpoints;
}
