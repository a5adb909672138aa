/**
 * generate: spec → load → model → generators → one file set. Times each step
 * so the command can report where the time goes. Writing is the caller's
 * choice (write, or --check against the folder).
 */
import { performance } from "node:perf_hooks";
import { loadSpec } from "../load/load.js";
import { buildModel, type Model } from "../model/model.js";
import { mergeFileSets, type FileSet } from "./output.js";
import { PARTS, type Part } from "./parts.js";

export { PARTS, type Part };

/** The output folders each part owns: what an atomic write swaps and --check compares. */
const PART_FOLDERS: Record<Part, string[]> = {
  types: ["types"],
  client: ["client"],
  server: ["server"],
  msw: ["msw"],
  docs: ["docs", "postman"],
};

export function foldersOf(parts: Part[]): string[] {
  return parts.flatMap((part) => PART_FOLDERS[part]);
}

export interface GenerateOptions {
  spec: string;
  only: Part[];
  name?: string;
  /** Fetch remote (http) $refs instead of refusing them. */
  allowRemoteRefs?: boolean;
  /** Called after each step with its duration in ms. */
  onStep?: (step: string, ms: number) => void;
}

export interface GenerateResult {
  model: Model;
  files: FileSet;
  timings: Record<string, number>;
  /** Problems worked around (by load and the model), for the command to print. */
  warnings: string[];
  /** Every file the spec was read from (for watch mode). */
  sources: string[];
}

type Step = <T>(name: string, run: () => T | Promise<T>) => Promise<T>;

function stepTimer(timings: Record<string, number>, onStep?: (step: string, ms: number) => void): Step {
  return async (name, run) => {
    const start = performance.now();
    const value = await run();
    timings[name] = Math.round(performance.now() - start);
    onStep?.(name, timings[name]);
    return value;
  };
}

/**
 * Runs the generators of the selected parts on a model. Each generator module
 * is imported when its part is asked for: ts-morph, openapi-typescript and the
 * Postman converter each take hundreds of milliseconds just to load.
 */
export async function renderParts(model: Model, parts: Part[], step: Step, warnings?: string[]): Promise<FileSet> {
  const sets: FileSet[] = [];
  if (parts.includes("types")) {
    const { generateTypes } = await import("../types/generate-types.js");
    sets.push(await step("types", () => generateTypes(model)));
  }
  if (parts.includes("client")) {
    const { generateClient } = await import("../client/generate-client.js");
    sets.push(await step("client", () => generateClient(model)));
  }
  if (parts.includes("server")) {
    const { generateServer } = await import("../server/generate-server.js");
    sets.push(await step("server", () => generateServer(model, undefined, warnings)));
  }
  if (parts.includes("msw")) {
    const { generateMsw } = await import("../msw/generate-msw.js");
    sets.push(await step("msw", () => generateMsw(model)));
  }
  if (parts.includes("docs")) {
    const [{ generateDocs }, { generatePostman }] = await Promise.all([import("../docs/generate-docs.js"), import("../postman/generate-postman.js")]);
    sets.push(await step("docs", () => generateDocs(model)));
    sets.push(await step("postman", () => generatePostman(model)));
  }
  return mergeFileSets(sets);
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const timings: Record<string, number> = {};
  const step = stepTimer(timings, options.onStep);
  const { document, file, files: sources, warnings = [] } = await step("load", () => loadSpec(options.spec, { allowRemoteRefs: options.allowRemoteRefs }));
  const model = await step("model", () => buildModel(document, { specFile: file, name: options.name }));
  // What the model worked around (a body on GET dropped, a TRACE left out of the SDK) is the user's to know too.
  warnings.push(...model.warnings);
  const files = await renderParts(model, options.only, step, warnings);
  return { model, files, timings, warnings, sources };
}

/**
 * The same pipeline in two phases for watch mode: the code parts first (what
 * an SDK maintainer waits for), then the slow docs part, each written as soon
 * as it is ready.
 */
export async function generateInPhases(
  options: GenerateOptions,
  write: (parts: Part[], files: FileSet, timings: Record<string, number>) => void,
): Promise<GenerateResult> {
  const codeParts = options.only.filter((p) => p !== "docs");
  const first = await generate({ ...options, only: codeParts });
  write(codeParts, first.files, first.timings);
  if (!options.only.includes("docs")) return first;
  const timings: Record<string, number> = {};
  const docs = await renderParts(first.model, ["docs"], stepTimer(timings, options.onStep));
  write(["docs"], docs, timings);
  return { ...first, files: mergeFileSets([first.files, docs]), timings: { ...first.timings, ...timings } };
}
