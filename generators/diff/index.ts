/**
 * diff: compare two versions of an API description and classify every change
 * for SDK users and API clients. Rules: notes/diff-rules.md.
 */
import { classify } from "./classify.js";
import { proposeBump } from "./semver.js";
import { loadSource } from "./source.js";
import type { DiffResult } from "./types.js";

export type { Bump, Change, DiffResult, OperationRef } from "./types.js";
export { render, renderJson, renderMarkdown, renderText, type Format } from "./render.js";
export { changelogEntry, prependEntry, writeChangelog } from "./changelog.js";
export { actualBump, proposeBump, versionWarning } from "./semver.js";
export { loadSource, parseGitSource } from "./source.js";

const versionOf = (doc: Record<string, unknown>) => {
  const info = doc.info as Record<string, unknown> | undefined;
  return typeof info?.version === "string" ? info.version : undefined;
};

/** Diff two bundled documents. */
export function diffDocuments(
  base: Record<string, unknown>,
  head: Record<string, unknown>,
  labels: { base?: string; head?: string } = {},
): DiffResult {
  const changes = classify(base, head);
  return {
    bump: proposeBump(changes),
    changes,
    base: { label: labels.base ?? "BASE", version: versionOf(base) },
    head: { label: labels.head ?? "HEAD", version: versionOf(head) },
  };
}

/** Diff two specs given as files or `git:REF[:path]`, resolved against `cwd`. */
export async function diffSpecs(baseArg: string, headArg: string, cwd = process.cwd()): Promise<DiffResult> {
  const base = await loadSource(baseArg, cwd);
  const head = await loadSource(headArg, cwd);
  return diffDocuments(base.document, head.document, { base: base.label, head: head.label });
}
