/**
 * diff/render: the diff as text, Markdown or JSON.
 */
import type { DiffResult } from "./types.js";

export type Format = "text" | "md" | "json";

export function renderJson(result: DiffResult): string {
  const changes = result.changes.map((c) => ({
    pointer: c.pointer,
    kind: c.kind,
    breaking: c.breaking,
    message: c.message,
    bump: c.bump,
    ...(c.operation?.operationId ? { operationId: c.operation.operationId } : {}),
  }));
  return JSON.stringify({ bump: result.bump, changes }, null, 2) + "\n";
}

function summary(result: DiffResult): string {
  const breaking = result.changes.filter((c) => c.breaking).length;
  const n = result.changes.length;
  return `${n} change${n === 1 ? "" : "s"}, ${breaking} breaking; proposed bump: ${result.bump}`;
}

export function renderText(result: DiffResult): string {
  const lines = [`${result.base.label} → ${result.head.label}: ${summary(result)}`];
  if (result.changes.length > 0) lines.push("");
  for (const c of result.changes) {
    lines.push(`${c.breaking ? "BREAKING" : c.bump.padEnd(8)}  ${c.kind}  ${c.pointer}`);
    lines.push(`          ${c.message}`);
  }
  return lines.join("\n") + "\n";
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function renderMarkdown(result: DiffResult): string {
  const lines = [`## API changes: \`${result.base.label}\` → \`${result.head.label}\``, "", `${summary(result)}.`, ""];
  if (result.changes.length === 0) return lines.join("\n");
  lines.push("| | change | kind | pointer |", "|---|---|---|---|");
  for (const c of result.changes) {
    lines.push(`| ${c.breaking ? "**breaking**" : c.bump} | ${cell(c.message)} | \`${c.kind}\` | \`${cell(c.pointer)}\` |`);
  }
  return lines.join("\n") + "\n";
}

export function render(result: DiffResult, format: Format): string {
  return format === "json" ? renderJson(result) : format === "md" ? renderMarkdown(result) : renderText(result);
}
