/**
 * diff: compare two versions of an API description and classify every change
 * for SDK users and API clients. Rules: guides/diff-rules.md.
 */
import { classify } from "./classify.js";
import { proposeBump } from "./semver.js";
import { loadSource } from "./source.js";
import type { DiffResult } from "./types.js";

export type { Bump, Change, DiffResult, OperationRef } from "./types.js";
export { counts, FORMATS, render, renderGithub, renderJson, renderJunit, renderMarkdown, renderText, type Format } from "./render.js";
export { ChangelogConflict, changelogEntry, dateProblem, prependEntry, writeChangelog } from "./changelog.js";
export { applyIgnore, parseIgnore, readIgnoreFile, type IgnoreRule } from "./ignore.js";
export { actualBump, proposeBump, versionWarning } from "./semver.js";
export { loadSource, parseGitSource } from "./source.js";

const versionOf = (doc: Record<string, unknown>) => {
  const info = doc.info as Record<string, unknown> | undefined;
  return typeof info?.version === "string" ? info.version : undefined;
};

/** Diff two bundled documents. */
export function diffDocuments(base: Record<string, unknown>, head: Record<string, unknown>, labels: { base?: string; head?: string } = {}): DiffResult {
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
  return (await diffSources(baseArg, headArg, cwd)).result;
}

/** The diff with the two loaded documents (for --verify). */
export async function diffSources(baseArg: string, headArg: string, cwd = process.cwd()) {
  const base = await loadSource(baseArg, cwd);
  const head = await loadSource(headArg, cwd);
  return { result: diffLoaded(base, head), base: base.document, head: head.document };
}

function diffLoaded(base: Awaited<ReturnType<typeof loadSource>>, head: Awaited<ReturnType<typeof loadSource>>): DiffResult {
  const result = diffDocuments(base.document, head.document, { base: base.label, head: head.label });
  const warnings = [...base.warnings.map((w) => `BASE: ${w}`), ...head.warnings.map((w) => `HEAD: ${w}`)];
  return warnings.length ? { ...result, warnings } : result;
}
