/**
 * `model.bundled` (the bundled document) is only for the outputs that
 * republish the document itself; every other fact is a model field. This
 * fails when a generator file not listed here starts reading it.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const generators = path.resolve(import.meta.dirname, "../../generators");

/** Where the model is built and typed. */
const DEFINERS = ["model/model.ts", "model/types.ts"];

/** Outputs that republish the document: openapi-typescript, the docs' openapi.json/yaml and Redoc page, Postman's converter, Prism. */
const REPUBLISHERS = ["types/generate-types.ts", "docs/generate-docs.ts", "postman/generate-postman.ts", "mock/prism-mock.ts"];

/**
 * Still reading examples and schemas through it (the next step of issue #14:
 * a model-level resolver and per-status response media). Listed so that no
 * new reader slips in; shrink it, never grow it.
 */
const NOT_YET_MOVED = ["model/server-model.ts", "emit/samples.ts", "docs/try-it-data.ts", "msw/generate-msw.ts", "mock/front.ts", "mock/stateful/index.ts"];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
  );
}

describe("model.bundled", () => {
  it("is read only by the outputs that republish the document (and the listed ones not yet moved)", () => {
    const readers = files(generators)
      .filter((f) => /\bmodel\.(bundled|document)\b/.test(readFileSync(f, "utf8")))
      .map((f) => path.relative(generators, f).split(path.sep).join("/"))
      .sort();
    expect(readers.filter((r) => !DEFINERS.includes(r) && !REPUBLISHERS.includes(r) && !NOT_YET_MOVED.includes(r))).toEqual([]);
    // A listed file that stopped reading it comes off the list.
    expect(NOT_YET_MOVED.filter((f) => !readers.includes(f))).toEqual([]);
  });
});
