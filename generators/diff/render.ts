/**
 * diff/render: the diff as text, Markdown, JSON, GitHub workflow annotations
 * (`::error file=…::`) or JUnit XML (one test case per change; errors fail).
 * Every format shows each change's severity, its x-stability when the
 * operation is not stable, and whether an ignore-file line accepted it.
 */
import type { Change, DiffResult } from "./types.js";

export type Format = "text" | "md" | "json" | "github" | "junit";
export const FORMATS: Format[] = ["text", "md", "json", "github", "junit"];

export function renderJson(result: DiffResult): string {
  const changes = result.changes.map((c) => ({
    pointer: c.pointer,
    kind: c.kind,
    breaking: c.breaking,
    severity: c.severity,
    message: c.message,
    bump: c.bump,
    ...(c.sdk ? { sdk: c.sdk } : {}),
    ...(c.operation?.operationId ? { operationId: c.operation.operationId } : {}),
    ...(c.stability ? { stability: c.stability } : {}),
    ...(c.ignored ? { ignored: c.ignored } : {}),
  }));
  return `${JSON.stringify({ bump: result.bump, changes, ...(result.warnings?.length ? { warnings: result.warnings } : {}) }, null, 2)}\n`;
}

/** Counted as breaking: errors nobody accepted. */
export const counts = (c: Change) => c.severity === "error" && !c.ignored;

function summary(result: DiffResult): string {
  const errors = result.changes.filter(counts).length;
  const warnings = result.changes.filter((c) => c.severity === "warning" && !c.ignored).length;
  const ignored = result.changes.filter((c) => c.ignored).length;
  const n = result.changes.length;
  return `${n} change${n === 1 ? "" : "s"}, ${errors} breaking (error), ${warnings} warning${warnings === 1 ? "" : "s"}${ignored ? `, ${ignored} ignored` : ""}; proposed bump: ${result.bump}`;
}

const notes = (c: Change) => [c.stability ? `x-stability: ${c.stability}` : "", c.ignored ? `ignored (${c.ignored})` : ""].filter(Boolean).join("; ");

export function renderText(result: DiffResult): string {
  const lines = [`${result.base.label} → ${result.head.label}: ${summary(result)}`];
  for (const w of result.warnings ?? []) lines.push(`warning: ${w}`);
  if (result.changes.length > 0) lines.push("");
  for (const c of result.changes) {
    const level = c.ignored ? "ignored" : c.severity;
    lines.push(`${level.padEnd(8)} ${c.breaking ? "BREAKING" : c.bump.padEnd(8)}  ${c.kind}  ${c.pointer}`);
    const extra = notes(c);
    lines.push(`          ${c.message}${extra ? `  [${extra}]` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function renderMarkdown(result: DiffResult): string {
  const lines = [`## API changes: \`${result.base.label}\` → \`${result.head.label}\``, "", `${summary(result)}.`, ""];
  for (const w of result.warnings ?? []) lines.push(`> warning: ${cell(w)}`, "");
  if (result.changes.length === 0) return lines.join("\n");
  lines.push("| severity | | change | kind | pointer | notes |", "|---|---|---|---|---|---|");
  for (const c of result.changes) {
    const level = c.ignored ? `~~${c.severity}~~ ignored` : c.severity;
    lines.push(`| ${level} | ${c.breaking ? "**breaking**" : c.bump} | ${cell(c.message)} | \`${c.kind}\` | \`${cell(c.pointer)}\` | ${cell(notes(c))} |`);
  }
  return `${lines.join("\n")}\n`;
}

// GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escProp = (s: string) => escData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export function renderGithub(result: DiffResult, file?: string): string {
  const lines: string[] = [];
  for (const c of result.changes) {
    const level = c.ignored ? "notice" : c.severity === "error" ? "error" : c.severity === "warning" ? "warning" : "notice";
    const props = [file ? `file=${escProp(file)}` : "", `title=${escProp(`${c.kind}${c.breaking ? " (breaking)" : ""}`)}`].filter(Boolean).join(",");
    const extra = notes(c);
    lines.push(`::${level} ${props}::${escData(`${c.message} at ${c.pointer}${extra ? ` [${extra}]` : ""}`)}`);
  }
  lines.push(summary(result));
  return `${lines.join("\n")}\n`;
}

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function renderJunit(result: DiffResult): string {
  const failures = result.changes.filter(counts).length;
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="api diff" tests="${result.changes.length}" failures="${failures}">`,
    `  <testsuite name="${xml(`${result.base.label} → ${result.head.label}`)}" tests="${result.changes.length}" failures="${failures}" skipped="${result.changes.filter((c) => c.ignored).length}">`,
  ];
  for (const c of result.changes) {
    const classname = c.operation ? `${c.operation.method} ${c.operation.path}` : "document";
    lines.push(`    <testcase classname="${xml(classname)}" name="${xml(`${c.kind} ${c.pointer}`)}">`);
    if (c.ignored) lines.push(`      <skipped message="${xml(c.ignored)}"/>`);
    else if (counts(c))
      lines.push(
        `      <failure type="${xml(c.kind)}" message="${xml(c.message)}">${xml(`${c.message}\n${c.pointer}${c.sdk ? `\nseen by: ${c.sdk}` : ""}`)}</failure>`,
      );
    else lines.push(`      <system-out>${xml(`${c.severity}: ${c.message}${notes(c) ? ` [${notes(c)}]` : ""}`)}</system-out>`);
    lines.push(`    </testcase>`);
  }
  lines.push(`  </testsuite>`, `</testsuites>`);
  return `${lines.join("\n")}\n`;
}

export function render(result: DiffResult, format: Format, file?: string): string {
  switch (format) {
    case "json":
      return renderJson(result);
    case "md":
      return renderMarkdown(result);
    case "github":
      return renderGithub(result, file);
    case "junit":
      return renderJunit(result);
    default:
      return renderText(result);
  }
}
