/**
 * spec-files: the files a spec is made of, found by following its external
 * `$ref`s with the YAML parser alone (no bundler), including files a `$ref`
 * names that do not exist yet. Used where the bundler can't help:
 * - watch mode, after a save the bundler refused (a `$ref` to a file not yet
 *   written): watching the missing file makes its creation regenerate;
 * - lint, before Redocly (whose YAML parser lets trailing commas and comments
 *   through in a `.json` file), so lint refuses what generate refuses
 *   (load.ts checks the same files after bundling).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { jsonSyntaxError, type JsonSyntaxProblem } from "./json-syntax.js";

export interface JsonFileProblem extends JsonSyntaxProblem {
  file: string;
}

/** External file parts of every `$ref` in a parsed document (`other.yaml#/x` → other.yaml); URLs left out. */
function externalRefs(node: unknown, out: Set<string>, seen = new Set<unknown>()): void {
  if (!node || typeof node !== "object" || seen.has(node)) return;
  seen.add(node);
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === "string" && !ref.startsWith("#") && !/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
    const file = ref.split("#")[0];
    if (file) {
      try {
        out.add(decodeURI(file));
      } catch {
        out.add(file);
      }
    }
  }
  for (const value of Object.values(node)) externalRefs(value, out, seen);
}

/**
 * Every file reachable from the root through `$ref`s (absolute paths, root
 * first), calling `visit` with each readable file's text. Missing files are
 * listed too; a file that doesn't parse ends its branch.
 */
export function specFiles(rootFile: string, visit?: (file: string, text: string) => boolean | undefined): string[] {
  const queue = [path.resolve(rootFile)];
  const found: string[] = [];
  while (queue.length) {
    const file = queue.shift()!;
    if (found.includes(file)) continue;
    found.push(file);
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue; // Unreadable: the linter and the loader report it.
    }
    if (visit?.(file, text) === false) break;
    let parsed: unknown;
    try {
      parsed = parseDocument(text).toJS();
    } catch {
      continue; // A YAML error: Redocly and the loader report it with its line.
    }
    const refs = new Set<string>();
    externalRefs(parsed, refs);
    for (const ref of refs) queue.push(path.resolve(path.dirname(file), ref));
  }
  return found;
}

/** The first `.json` file of the spec that is not valid JSON, with line and column. */
export function findJsonSyntaxError(rootFile: string): JsonFileProblem | null {
  let problem: JsonFileProblem | null = null;
  specFiles(rootFile, (file, text) => {
    if (!/\.json$/i.test(file)) return;
    const found = jsonSyntaxError(text);
    if (!found) return;
    problem = { file, ...found };
    return false;
  });
  return problem;
}
