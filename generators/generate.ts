/**
 * generate: spec → load → model → generators → one file set. Times each step
 * so the command can report where the time goes. Writing is the caller's
 * choice (write, or --check against the folder).
 */
import { performance } from "node:perf_hooks";
import { loadSpec } from "./load.js";
import { buildModel, type Model } from "./model.js";
import { generateTypes } from "./types.js";
import { generateClient } from "./client.js";
import { generateDocs } from "./docs.js";
import { generatePostman } from "./postman.js";
import { mergeFileSets, type FileSet } from "./files.js";

export const PARTS = ["types", "client", "docs"] as const;
export type Part = (typeof PARTS)[number];

/** The output folders each part owns: what an atomic write swaps and --check compares. */
const PART_FOLDERS: Record<Part, string[]> = {
  types: ["types"],
  client: ["client"],
  docs: ["docs", "postman"],
};

export function foldersOf(parts: Part[]): string[] {
  return parts.flatMap((part) => PART_FOLDERS[part]);
}

export interface GenerateOptions {
  spec: string;
  only: Part[];
  name?: string;
  /** Called after each step with its duration in ms. */
  onStep?: (step: string, ms: number) => void;
}

export interface GenerateResult {
  model: Model;
  files: FileSet;
  timings: Record<string, number>;
  /** Problems worked around (from load), for the command to print. */
  warnings: string[];
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const timings: Record<string, number> = {};
  const step = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await run();
    timings[name] = Math.round(performance.now() - start);
    options.onStep?.(name, timings[name]);
    return value;
  };
  const { document, file, warnings = [] } = await step("load", () => loadSpec(options.spec));
  const model = await step("model", () => buildModel(document, { specFile: file, name: options.name }));
  const sets: FileSet[] = [];
  if (options.only.includes("types")) sets.push(await step("types", () => generateTypes(model)));
  if (options.only.includes("client")) sets.push(await step("client", () => generateClient(model)));
  if (options.only.includes("docs")) {
    sets.push(await step("docs", () => generateDocs(model)));
    sets.push(await step("postman", () => generatePostman(model)));
  }
  return { model, files: mergeFileSets(sets), timings, warnings };
}
