/**
 * load: read a spec (one file or many), resolve every $ref and bundle it into
 * one document. Everything downstream reads only what this returns.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { BaseResolver, bundle, createConfig, getLineColLocation, type NormalizedProblem } from "@redocly/openapi-core";
import { validateDocument, validateRootFile } from "./validate.js";
import { jsonSyntaxError } from "./json-syntax.js";
import { parseDocument, stringify } from "yaml";
import { atPointer, cutObjectCycles } from "./refs.js";
import { SpecError } from "./spec-error.js";

/** A bundled document as a file: JSON for a `.json` name, else YAML (long lines kept, no anchors). */
export function serializeSpec(document: unknown, fileName: string): string {
  return fileName.endsWith(".json") ? `${JSON.stringify(document, null, 2)}\n` : stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}

export { DEFAULT_SPEC, SpecError } from "./spec-error.js";

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

export interface LoadOptions {
  /**
   * Fetch `$ref`s to http(s) URLs (each with a 10 s timeout). Off by default:
   * generation must not depend on the network, nor hang on a host that never
   * answers. Also on with VANTAGE_CODEGEN_ALLOW_REMOTE_REFS=1.
   */
  allowRemoteRefs?: boolean;
  /**
   * "warn": the generators' structural rules (unique operationIds…) become
   * warnings instead of errors. For `diff`, which must compare any document
   * a diff tool can read.
   */
  structure?: "error" | "warn";
}

const REMOTE_TIMEOUT_MS = 10_000;

/**
 * The resolver the bundler loads referenced documents with. Redocly fetches
 * http(s) refs with a bare fetch() (no timeout): refuse them up front with a
 * message naming the URL, or fetch them with a deadline when allowed.
 */
function refResolver(allowRemote: boolean): BaseResolver {
  const customFetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!allowRemote) {
      throw new Error(
        `remote $ref ${url} refused: generation does not fetch over the network. Download the file and $ref it locally, or set VANTAGE_CODEGEN_ALLOW_REMOTE_REFS=1.`,
      );
    }
    return fetch(input, { ...init, signal: AbortSignal.timeout(REMOTE_TIMEOUT_MS) });
  }) as typeof fetch;
  return new BaseResolver({ http: { headers: [], customFetch } });
}

/** Redocly's config takes ~100 ms to build and never changes within a process (watch mode loads again and again). */
let cachedConfig: ReturnType<typeof createConfig> | undefined;
function bundlerConfig(): ReturnType<typeof createConfig> {
  cachedConfig ??= createConfig({});
  return cachedConfig;
}

export async function loadSpec(specPath: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const file = path.resolve(specPath);
  if (!existsSync(file)) {
    throw new SpecError(`${specPath}: no such file. Pass an OpenAPI document with --spec.`, specPath, undefined, 2);
  }
  if (!statSync(file).isFile()) {
    throw new SpecError(`${specPath}: is a directory, not a file. Pass the root OpenAPI document (e.g. spec/openapi.yaml).`, specPath, undefined, 2);
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new SpecError(`${specPath}: can't read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, specPath, undefined, 2);
  }
  // YAML accepts what JSON does not (trailing commas, comments): a .json file must be JSON.
  if (/\.json$/i.test(file)) {
    const problem = jsonSyntaxError(text);
    if (problem) throw new SpecError(`${specPath}:${problem.line}:${problem.column}: JSON syntax error: ${problem.message}`, specPath);
  }
  const config = await bundlerConfig();
  const allowRemoteRefs = options.allowRemoteRefs ?? process.env.VANTAGE_CODEGEN_ALLOW_REMOTE_REFS === "1";
  let result: Awaited<ReturnType<typeof bundle>>;
  try {
    result = await bundle({ ref: file, config, dereference: false, removeUnusedComponents: false, externalRefResolver: refResolver(allowRemoteRefs) });
  } catch (error) {
    // The bundler refuses what is not OpenAPI 3.x (Swagger 2, 4.0, no `openapi`) with a bare
    // Error: read the root file ourselves to say which it is and what to do.
    validateRootFile(file);
    if (/circular pointer/i.test((error as Error).message)) {
      throw new SpecError(
        `${specPath}: $ref cycle across files: following the $refs comes back to where it started with no schema in between (a schema that is only a $ref to itself, or A → B → A).`,
        specPath,
      );
    }
    throw new SpecError(`${specPath}: ${(error as Error).message}`, specPath);
  }
  // Every bundler error is fatal: an unparsable referenced file surfaces as ruleId "bundler",
  // and generating without it would silently drop the operations it holds.
  const fatal = result.problems.filter((p) => p.severity === "error");
  if (fatal.length > 0) throw problemToError(fatal[0], file);
  for (const dependency of result.fileDependencies) {
    if (dependency === file || !/\.json$/i.test(dependency) || /^https?:/i.test(dependency)) continue;
    const problem = jsonSyntaxError(readFileSync(dependency, "utf8"));
    const relative = path.relative(process.cwd(), dependency) || dependency;
    if (problem) throw new SpecError(`${relative}:${problem.line}:${problem.column}: JSON syntax error: ${problem.message}`, dependency);
  }
  const document = result.bundle.parsed as Record<string, unknown> | null;
  if (!document || typeof document !== "object") {
    throw new SpecError(`${specPath}: empty or not a YAML/JSON object.`, specPath);
  }
  if (PROTOTYPE_KEY.test(text)) restoreLocalRefs(document, parseDocument(text).toJS());
  cutObjectCycles(document);
  // Structural rules the generators rely on (version, servers, unique operationIds, declared path params).
  let warnings: string[];
  try {
    warnings = validateDocument(document, file);
  } catch (error) {
    if (options.structure !== "warn" || !(error instanceof SpecError)) throw error;
    warnings = [error.message];
  }
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
  let message = problem.message;
  // The bundler says only "Can't resolve $ref" for a dangling local ref: name the ref.
  if (/^Can't resolve \$ref$/.test(message) && loc) {
    const ref = refAt(loc.source.body, pointer);
    if (ref) message = `can't resolve $ref "${ref}": nothing is defined there.`;
  }
  return new SpecError(`${where} (${pointer}): ${message}`, source, pointer);
}

/**
 * A key named like an Object.prototype member (`toString`, `constructor`…).
 * Redocly's bundler looks such keys up in a plain object and inlines a local
 * `$ref` under them; for a recursive schema the inlined copy contains itself
 * (found by test/fuzz.test.ts). Rare, so only then is the root re-read.
 */
const PROTOTYPE_KEY = new RegExp(`["']?\\b(${Object.getOwnPropertyNames(Object.prototype).join("|")})\\b["']?\\s*:`);

/** Put back every local `$ref` of the root file that the bundler inlined. */
function restoreLocalRefs(bundled: unknown, original: unknown): void {
  if (!bundled || typeof bundled !== "object" || !original || typeof original !== "object") return;
  for (const key of Object.keys(original)) {
    const source = (original as Record<string, unknown>)[key];
    const target = (bundled as Record<string, unknown>)[key];
    if (!source || typeof source !== "object" || !target || typeof target !== "object") continue;
    const ref = (source as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#") && typeof (target as { $ref?: unknown }).$ref !== "string") {
      (bundled as Record<string, unknown>)[key] = { ...source };
    } else restoreLocalRefs(target, source);
  }
}

/** The `$ref` string at a pointer of a YAML/JSON text, if there is one. */
function refAt(text: string, pointer: string): string | null {
  try {
    const node = atPointer(parseDocument(text).toJS(), pointer) as { $ref?: unknown } | undefined;
    return typeof node?.$ref === "string" ? node.$ref : null;
  } catch {
    return null;
  }
}
