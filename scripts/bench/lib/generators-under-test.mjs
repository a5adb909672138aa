/**
 * The generation commands compared, as `node` argument lists: ours (by part
 * set) and the two peers. Peers run with the workspace as cwd so they do not
 * pick up the repo's redocly.yaml (openapi-typescript lints with it). Each
 * command names its `outDir`, which the caller may clear between runs.
 */
import { bins } from "./paths.mjs";

export function oursCommand(spec, out, only) {
  return { args: [bins.vantage, "generate", "--spec", spec, "--out", out, "--only", only, "--json", "--quiet"], outDir: out };
}

export function openapiTypescriptCommand(spec, out, cwd) {
  return { args: [bins.openapiTypescript, spec, "-o", `${out}/schema.ts`], cwd, outDir: out };
}

export function heyApiCommand(spec, out, cwd) {
  return {
    args: [bins.heyApi, "-i", spec, "-o", out, "-c", "@hey-api/client-fetch", "-p", "@hey-api/typescript", "@hey-api/sdk", "-s", "--no-log-file"],
    cwd,
    outDir: out,
  };
}

/** The `timings` object printed by `generate --json`, or null. */
export function stepTimings(stdout) {
  try {
    return JSON.parse(stdout.trim().split("\n").pop()).timings ?? null;
  } catch {
    return null;
  }
}
