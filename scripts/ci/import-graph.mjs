#!/usr/bin/env node
/**
 * import-graph: the relative imports between the project's own TypeScript
 * files. Exits 1 naming each import cycle, and each import in generators/
 * that runs against the stages (STAGES below: spec → load → model → outputs
 * → pipeline → commands); CI runs it. `--json` prints the graph.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FOLDERS = ["generators", "templates", "scripts", "examples"];

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (/\.(ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) yield full;
  }
}

function resolveImport(from, spec) {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), spec);
  const candidates = [
    base.replace(/\.js$/, ".ts"),
    base.replace(/\.mjs$/, ".mts"),
    base.replace(/\.cjs$/, ".cts"),
    `${base}.ts`,
    path.join(base, "index.ts"),
    base,
  ];
  for (const c of candidates) {
    try {
      if (statSync(c).isFile()) return c;
    } catch {}
  }
  return null;
}

export function importGraph() {
  const graph = new Map();
  for (const folder of FOLDERS) {
    let files;
    try {
      files = [...walk(path.join(root, folder))];
    } catch {
      continue;
    }
    for (const file of files) {
      const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
      const deps = new Set();
      for (const ref of info.importedFiles) {
        const target = resolveImport(file, ref.fileName);
        if (target && /\.(ts|mts|cts)$/.test(target)) deps.add(path.relative(root, target));
      }
      graph.set(path.relative(root, file), [...deps].sort());
    }
  }
  return graph;
}

/** Strongly connected components with more than one file (or a self-import): Tarjan. */
export function cycles(graph) {
  let index = 0;
  const stack = [];
  const state = new Map();
  const out = [];
  const visit = (v) => {
    state.set(v, { index, low: index, on: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!state.has(w)) {
        visit(w);
        state.get(v).low = Math.min(state.get(v).low, state.get(w).low);
      } else if (state.get(w).on) state.get(v).low = Math.min(state.get(v).low, state.get(w).index);
    }
    if (state.get(v).low === state.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        state.get(w).on = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!state.has(v)) visit(v);
  return out;
}

/**
 * What each folder of generators/ may import besides itself. Loading knows
 * nothing of SDK naming, the model nothing of any output, an output nothing
 * of the pipeline that runs it; the commands and tools on top may use all.
 */
const OUTPUT = ["load", "model", "emit", "runners"];
export const STAGES = {
  load: [],
  runners: ["load"],
  model: ["load"],
  emit: ["load", "model"],
  types: OUTPUT,
  client: [...OUTPUT, "types"],
  server: [...OUTPUT, "types"],
  msw: [...OUTPUT, "types"],
  postman: OUTPUT,
  docs: [...OUTPUT, "postman"],
  pipeline: [...OUTPUT, "types", "client", "server", "msw", "postman", "docs"],
  diff: [...OUTPUT, "pipeline"],
  mock: [...OUTPUT, "server", "pipeline"],
  cli: null,
};

/** Imports between generators/ folders that STAGES does not allow, as "from → to". */
export function stageViolations(graph) {
  const folderOf = (file) => (file.startsWith("generators/") ? file.split("/")[1].replace(/\.ts$/, "") : null);
  const out = [];
  for (const [file, deps] of graph) {
    const from = folderOf(file);
    if (!from) continue;
    const allowed = STAGES[from];
    if (allowed === undefined) {
      out.push(`${file}: generators/${from} is not a stage; put the file in one of ${Object.keys(STAGES).join(", ")} (or add the stage to STAGES)`);
      continue;
    }
    if (allowed === null) continue;
    for (const dep of deps) {
      const to = folderOf(dep);
      if (to && to !== from && !allowed.includes(to)) out.push(`${file} → ${dep}: ${from} may import only ${allowed.join(", ") || "itself"}`);
    }
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = importGraph();
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(Object.fromEntries(graph), null, 2));
  } else {
    const found = cycles(graph);
    for (const c of found) console.log(`import cycle: ${c.join(" ↔ ")}`);
    if (found.length)
      console.log(`${found.length} import cycle${found.length === 1 ? "" : "s"}: break each by moving the shared piece into a file both import.`);
    const against = stageViolations(graph);
    for (const v of against) console.log(`against the stages: ${v}`);
    if (found.length || against.length) process.exit(1);
    console.log(`no import cycles among ${graph.size} files, and every import in generators/ follows the stages`);
  }
}
