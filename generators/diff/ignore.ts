/**
 * diff/ignore: accepted changes, in the format of oasdiff's `--err-ignore`
 * file: one change a line, `METHOD /path description`, where the description
 * is a part of the change's message (case-insensitive) or its kind. A line
 * without a method names a kind (or a part of a message) for every operation.
 * `#` starts a comment. An ignored change stays in the report, marked, but no
 * longer asks for a bump nor fails `--fail-on`.
 */
import { readFileSync } from "node:fs";
import { SpecError } from "../load/load.js";
import { METHODS, templateKey } from "./normalize.js";
import { proposeBump } from "./semver.js";
import type { Change, DiffResult } from "./types.js";

export interface IgnoreRule {
  line: number;
  text: string;
  method?: string;
  path?: string;
  what: string;
}

export function parseIgnore(text: string, file = "ignore file"): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) return;
    const [first, second, ...rest] = line.split(/\s+/);
    if ((METHODS as readonly string[]).includes(first.toLowerCase())) {
      if (!second?.startsWith("/")) {
        throw new SpecError(`${file}:${i + 1}: expected "METHOD /path description" (got "${raw.trim()}").`, file);
      }
      rules.push({ line: i + 1, text: line, method: first.toUpperCase(), path: second, what: rest.join(" ").toLowerCase() });
    } else rules.push({ line: i + 1, text: line, what: line.toLowerCase() });
  });
  return rules;
}

export function readIgnoreFile(file: string): IgnoreRule[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new SpecError(`${file}: can't read the ignore file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, file, undefined, 2);
  }
  return parseIgnore(text, file);
}

function matches(rule: IgnoreRule, change: Change): boolean {
  if (rule.method) {
    const op = change.operation;
    if (!op || op.method !== rule.method || templateKey(op.path) !== templateKey(rule.path!)) return false;
    if (rule.what === "") return true;
  }
  const what = rule.what;
  return change.kind.toLowerCase() === what || change.detail.toLowerCase().includes(what) || change.message.toLowerCase().includes(what);
}

/** Mark the changes the rules accept and recompute the bump without them. */
export function applyIgnore(result: DiffResult, rules: IgnoreRule[]): DiffResult {
  if (rules.length === 0) return result;
  const changes = result.changes.map((c) => {
    const rule = rules.find((r) => matches(r, c));
    return rule ? { ...c, ignored: `line ${rule.line}: ${rule.text}` } : c;
  });
  return { ...result, changes, bump: proposeBump(changes) };
}
