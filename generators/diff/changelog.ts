/**
 * diff/changelog: a Keep-a-Changelog entry for the SDK, written for its users.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Change, DiffResult } from "./types.js";

const SECTIONS: Array<Change["section"]> = ["Breaking", "Added", "Changed", "Deprecated", "Fixed"];

const HEADER = `# Changelog

All notable changes to the SDK are documented in this file.
The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and the SDK follows [Semantic Versioning](https://semver.org/spec/v2.0.0.html).
`;

/** `jobs.list()` (`listJobs`), or the operationId, or `GET /path`. */
export function methodLabel(change: Change): string | undefined {
  const op = change.operation;
  if (!op) return undefined;
  if (op.sdkMethod) return op.operationId ? `\`${op.sdkMethod}()\` (\`${op.operationId}\`)` : `\`${op.sdkMethod}()\``;
  if (op.operationId) return `\`${op.operationId}()\``;
  return `\`${op.method} ${op.path}\``;
}

export function changelogEntry(result: DiffResult, version: string, date: string): string {
  const lines = [`## [${version}] - ${date}`, ""];
  if (result.changes.length === 0) {
    lines.push("No changes to the API.", "");
    return lines.join("\n");
  }
  for (const section of SECTIONS) {
    const inSection = result.changes.filter((c) => c.section === section);
    if (inSection.length === 0) continue;
    // One bullet per distinct change, listing every SDK method it touches.
    const groups = new Map<string, string[]>();
    for (const c of inSection) {
      const label = methodLabel(c);
      const list = groups.get(c.detail) ?? [];
      if (label && !list.includes(label)) list.push(label);
      groups.set(c.detail, list);
    }
    lines.push(`### ${section}`, "");
    const bullets = [...groups].map(([detail, methods]) => {
      const text = detail.charAt(0).toUpperCase() + detail.slice(1);
      return methods.length > 0 ? `- ${methods.sort().join(", ")}: ${detail}.` : `- ${text}.`;
    });
    lines.push(...bullets.sort(), "");
  }
  return lines.join("\n");
}

/** Thrown when the changelog already has a released entry for the version being written. */
export class ChangelogConflict extends Error {
  constructor(
    readonly file: string,
    readonly version: string,
    readonly line: number,
  ) {
    super(
      `${file}:${line}: the changelog already has an entry for ${version}, and a released entry is never overwritten. ` +
        `Bump info.version in HEAD for the new release, or pass --force to replace the ${version} entry.`,
    );
  }
}

/** Where the entry for `version` starts (0-based line), or -1. */
export function findEntry(lines: string[], version: string): number {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const same = new RegExp(`^## \\[?${escaped}\\]?(\\s|$)`);
  return lines.findIndex((l) => same.test(l));
}

/**
 * Put the entry at the top of the changelog. An entry for the same version is
 * replaced only with `force` (or when it is `Unreleased`); otherwise this throws.
 */
export function prependEntry(existing: string | undefined, entry: string, version: string, options: { force?: boolean; file?: string } = {}): string {
  if (!existing || existing.trim() === "") return `${HEADER}\n${entry}`;
  const lines = existing.split("\n");
  const start = findEntry(lines, version);
  if (start !== -1) {
    if (!options.force && version !== "Unreleased") throw new ChangelogConflict(options.file ?? "CHANGELOG.md", version, start + 1);
    let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
    if (end === -1) end = lines.length;
    lines.splice(start, end - start);
  }
  const first = lines.findIndex((l) => /^## /.test(l));
  if (first === -1) {
    const body = lines.join("\n").replace(/\n*$/, "\n\n");
    return body + entry;
  }
  const before = lines.slice(0, first).join("\n").replace(/\n*$/, "\n\n");
  return `${before + entry}\n${lines.slice(first).join("\n")}`;
}

export function writeChangelog(file: string, result: DiffResult, version: string, date: string, options: { force?: boolean; label?: string } = {}): string {
  const entry = changelogEntry(result, version, date);
  const existing = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  writeFileSync(file, prependEntry(existing, entry, version, { force: options.force, file: options.label ?? file }).replace(/\n*$/, "\n"));
  return entry;
}

/** A real calendar date written YYYY-MM-DD, or an explanation of what is wrong with it. */
export function dateProblem(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return `--date takes a date written YYYY-MM-DD (got "${value}").`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return `--date ${value}: there is no month ${mo}.`;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return `--date ${value}: ${m[1]}-${m[2]} has ${days} days.`;
  return undefined;
}
