/**
 * load: read a spec (one file or many), resolve every $ref and bundle it into
 * one document. Everything downstream reads only what this returns.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { bundle, createConfig, getLineColLocation, type NormalizedProblem } from "@redocly/openapi-core";
import { validateDocument, validateRootFile } from "./validate.js";

/** The Vantage spec, the default input of every command. */
export const DEFAULT_SPEC = "spec/openapi.yaml";

export interface LoadedSpec {
  /** Absolute path of the root file. */
  file: string;
  /** The bundled document: external refs inlined as components, local refs kept. */
  document: Record<string, unknown>;
  /** Every file the document was read from (for watch mode). */
  files: string[];
  /** Problems the generators work around (e.g. undeclared path parameters), for the command to print. */
  warnings?: string[];
}

/** A problem in the user's input: file, location and a hint, never a stack trace. */
export class SpecError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly location?: string,
    /** Exit code for the command: 2 for unusable input (missing file), 1 otherwise. */
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "SpecError";
  }
}

export async function loadSpec(specPath: string): Promise<LoadedSpec> {
  const file = path.resolve(specPath);
  if (!existsSync(file)) {
    throw new SpecError(`${specPath}: no such file. Pass an OpenAPI document with --spec.`, specPath, undefined, 2);
  }
  if (!statSync(file).isFile()) {
    throw new SpecError(`${specPath}: is a directory, not a file. Pass the root OpenAPI document (e.g. spec/openapi.yaml).`, specPath, undefined, 2);
  }
  const config = await createConfig({});
  let result: Awaited<ReturnType<typeof bundle>>;
  try {
    result = await bundle({ ref: file, config, dereference: false, removeUnusedComponents: false });
  } catch (error) {
    // The bundler refuses what is not OpenAPI 3.x (Swagger 2, 4.0, no `openapi`) with a bare
    // Error: read the root file ourselves to say which it is and what to do.
    validateRootFile(file);
    throw new SpecError(`${specPath}: ${(error as Error).message}`, specPath);
  }
  // Every bundler error is fatal: an unparsable referenced file surfaces as ruleId "bundler",
  // and generating without it would silently drop the operations it holds.
  const fatal = result.problems.filter((p) => p.severity === "error");
  if (fatal.length > 0) throw problemToError(fatal[0], file);
  const document = result.bundle.parsed as Record<string, unknown> | null;
  if (!document || typeof document !== "object") {
    throw new SpecError(`${specPath}: empty or not a YAML/JSON object.`, specPath);
  }
  // Structural rules the generators rely on (version, servers, unique operationIds, declared path params).
  const warnings = validateDocument(document, file);
  return { file, document, warnings, files: [file, ...result.fileDependencies].filter((f, i, all) => all.indexOf(f) === i) };
}

function problemToError(problem: NormalizedProblem, rootFile: string): SpecError {
  const loc = problem.location[0];
  const source = loc?.source.absoluteRef ?? rootFile;
  const relative = path.relative(process.cwd(), source) || source;
  let where = relative;
  try {
    if (loc) {
      const { start } = getLineColLocation(loc);
      where = `${relative}:${start.line}:${start.col}`;
    }
  } catch {
    // The location cannot always be mapped to a line (e.g. a missing file): the pointer still says where.
  }
  const pointer = loc?.pointer ?? "#/";
  return new SpecError(`${where} (${pointer}): ${problem.message}`, source, pointer);
}
