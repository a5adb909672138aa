/** Plain-text tables: one per section, then the summary of every target. */
import { formatRatio, formatValue } from "./format.mjs";

const COLUMNS = ["subject", "measure", "runs", "ours", "peer", "peer median", "ratio", "target", "result"];

/** `columns`, when a section gives them: [{ header, cell(row) → string }] instead of the comparison columns. */
export function renderTable(rows, columns) {
  if (columns) return grid([columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.cell(r)))]);
  const cells = rows.map((r) => [
    r.subject,
    r.measure,
    String(r.runs),
    formatValue(r.ours, r.unit),
    r.peerName ?? "—",
    r.peerName ? formatValue(r.peer, r.unit) : "—",
    formatRatio(r.ratio),
    r.target ?? "—",
    r.verdict,
  ]);
  return grid([COLUMNS, ...cells]);
}

export function renderSection(section) {
  const lines = [`## ${section.title}`, ""];
  if (section.error) lines.push(`section failed: ${section.error}`);
  if (section.rows?.length) lines.push(renderTable(section.rows, section.columns));
  for (const note of section.notes ?? []) lines.push(`  note: ${note}`);
  for (const row of section.rows ?? []) if (row.note) lines.push(`  ${row.subject} / ${row.measure}: ${row.note}`);
  return lines.join("\n");
}

/** Every checked target across sections: how many were met, and the misses. */
export function summarize(sections) {
  const checked = sections.flatMap((s) => (s.rows ?? []).filter((r) => r.verdict !== "—").map((r) => ({ section: s.title, ...r })));
  const misses = checked.filter((r) => r.verdict === "MISS");
  return { targets: checked.length, met: checked.length - misses.length, misses, failedSections: sections.filter((s) => s.error).map((s) => s.name) };
}

export function renderSummary(sections) {
  const { targets, met, misses } = summarize(sections);
  const lines = ["## Summary", "", `${met} of ${targets} targets met.`];
  for (const m of misses) {
    const detail = m.target?.includes("×")
      ? `ratio ${formatRatio(m.ratio)} (ours ${formatValue(m.ours, m.unit)} vs ${m.peerName} ${formatValue(m.peer, m.unit)})`
      : `ours ${formatValue(m.ours, m.unit)}`;
    lines.push(`  MISS  ${m.section} — ${m.subject}, ${m.measure}: ${detail}, target ${m.target}`);
  }
  const failed = sections.filter((s) => s.error);
  for (const s of failed) lines.push(`  FAILED section ${s.title}: ${s.error}`);
  return lines.join("\n");
}

function grid(table) {
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => [...row[i]].length)));
  const line = (row) => `| ${row.map((cell, i) => cell + " ".repeat(widths[i] - [...cell].length)).join(" | ")} |`;
  const rule = `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`;
  return [line(table[0]), rule, ...table.slice(1).map(line)].join("\n");
}
