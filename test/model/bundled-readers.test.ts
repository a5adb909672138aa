/**
 * `model.bundled` (the bundled document) is only for the outputs that
 * republish the document itself; every other fact is a model field, and
 * refs are followed through `model.refs` (the schema store). This fails when
 * a generator file not listed here starts reading the document: through
 * `model.bundled`/`model.document`, a `bundled` destructured, a resolver
 * that takes the document (`resolveRef`, `mergedParameters`), or a walk of
 * its `paths`.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { doc, model } from "./helpers.js";

const generators = path.resolve(import.meta.dirname, "../../generators");

/**
 * Where the document is read by design: load/ makes it, model/ turns it
 * into the model (and holds the schema store), diff/ compares two documents
 * (it has no model).
 */
const DOCUMENT_STAGES = ["load/", "model/", "diff/"];

/** Outputs that republish the document: openapi-typescript, the docs' openapi.json/yaml and Redoc page, Postman's converter, Prism. */
const REPUBLISHERS = ["types/generate-types.ts", "docs/generate-docs.ts", "postman/generate-postman.ts", "mock/prism-mock.ts"];

/**
 * Still reading the document (issue #14 moved the last ones onto the
 * model). Listed so that no new reader slips in; shrink it, never grow it.
 */
const NOT_YET_MOVED: string[] = [];

/** Ways to get at the document, each with what to use instead. */
const READS: { pattern: RegExp; instead: string }[] = [
  { pattern: /\bmodel\.(bundled|document)\b/, instead: "a model field" },
  { pattern: /\.bundled\b|\bbundled\s*[,}:]/, instead: "a model field" },
  { pattern: /\b(resolveRef|mergedParameters)\s*\(/, instead: "model.refs.resolve / the operation's parameters" },
  { pattern: /\.paths\b(?!\$)|\[\s*["']paths["']\s*\]/, instead: "model.operations (responses, parameters, bodies)" },
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
  );
}

/** The source without comments (prose may say "bundled" and "paths"). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** Generator files (relative, `/`-separated) and the ways they read the document. */
function readers(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files(generators)) {
    const relative = path.relative(generators, file).split(path.sep).join("/");
    const source = code(readFileSync(file, "utf8"));
    const found = READS.filter((r) => r.pattern.test(source)).map((r) => `${r.pattern.source} (use ${r.instead})`);
    if (found.length) out.set(relative, found);
  }
  return out;
}

describe("the bundled document", () => {
  const all = readers();

  it("is read only by the stages that make the model and the outputs that republish the document", () => {
    const offenders = [...all]
      .filter(([file]) => !DOCUMENT_STAGES.some((stage) => file.startsWith(stage)) && !REPUBLISHERS.includes(file) && !NOT_YET_MOVED.includes(file))
      .map(([file, how]) => `${file}: ${how.join("; ")}`);
    expect(offenders).toEqual([]);
  });

  it("lists no file that stopped reading it", () => {
    expect(NOT_YET_MOVED.filter((f) => !all.has(f))).toEqual([]);
    expect(REPUBLISHERS.filter((f) => !all.has(f))).toEqual([]);
  });

  it("is told from a generator that reads it (the check can fail)", () => {
    const caught = (source: string) => READS.some((r) => r.pattern.test(code(source)));
    expect(caught("const doc = model.bundled as Json;")).toBe(true);
    expect(caught("const { bundled } = model;")).toBe(true);
    expect(caught("const s = resolveRef(document, x);")).toBe(true);
    expect(caught("for (const p of Object.keys(document.paths as Json)) {}")).toBe(true);
    expect(caught('const item = doc["paths"][op.path];')).toBe(true);
    // Prose and the generated code's own `paths` type are not reads.
    expect(caught("/** the bundled document's paths */ const t = `T.paths${index}`;")).toBe(false);
    expect(caught("const s = model.refs.resolve(op.requestBody?.media[0]?.schema);")).toBe(false);
  });

  it("is not reachable through the schema store", () => {
    const given = doc({ "/x": { get: { responses: { "200": { description: "ok" } } } } });
    const { refs } = model(given);
    const reachable = new Set<unknown>();
    const walk = (v: unknown) => {
      if (!v || typeof v !== "object" || reachable.has(v)) return;
      reachable.add(v);
      for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k]);
    };
    walk(refs);
    expect(reachable.has(given)).toBe(false);
    expect(reachable.has(given.paths)).toBe(false);
  });
});
