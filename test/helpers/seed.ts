/**
 * The Vantage API reference the spec is written from. Tests read the endpoint
 * list from it instead of keeping a copy, so a reference that gains an
 * endpoint fails the spec tests until the spec has it too.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** CI clones the repo beside a copy of shared/, as on the dev machines. */
export const seedPath = path.resolve(repoRoot, "../shared/seed/vantage-api-reference.txt");

export interface Endpoint {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
}

/** Every `METHOD /path` line of the reference, in document order. */
export function readSeedEndpoints(file = seedPath): Endpoint[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^[ \t]*(GET|POST|PUT|PATCH|DELETE)[ \t]+(\/\S*)[ \t]*$/gm)].map((match) => ({
    method: match[1].toLowerCase() as Endpoint["method"],
    path: match[2],
  }));
}
