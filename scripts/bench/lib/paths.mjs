/** Where things are: the repo, the shared specs, the commands under test. */
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const sharedSpecs = path.resolve(repoRoot, "test/fixtures/specs");
export const benchDir = path.join(repoRoot, "scripts/bench");
export const childrenDir = path.join(benchDir, "children");

export const bins = {
  vantage: path.join(repoRoot, "bin/vantage-codegen.js"),
  openapiTypescript: path.join(repoRoot, "node_modules/openapi-typescript/bin/cli.js"),
  heyApi: path.join(repoRoot, "node_modules/@hey-api/openapi-ts/bin/run.js"),
  tsc: path.join(repoRoot, "node_modules/typescript/bin/tsc"),
  redocly: path.join(repoRoot, "node_modules/@redocly/cli/bin/cli.js"),
};

/** The documents generation and type-check run on; `quick` keeps the two smallest. */
export function documents({ quick }) {
  const all = [
    { name: "vantage", file: path.join(repoRoot, "spec/openapi.yaml") },
    { name: "clerk", file: path.join(sharedSpecs, "real/clerk-2025-11-10.yaml") },
    { name: "opencode", file: path.join(sharedSpecs, "real/opencode.yaml") },
    { name: "digitalocean", file: path.join(sharedSpecs, "real/digital-ocean/DigitalOcean-public.v2.yaml") },
  ];
  return quick ? all.slice(0, 2) : all;
}
