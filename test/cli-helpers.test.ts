/**
 * The CLI's pure helpers, in-process (part of `npm run test:unit`): what
 * `--only` adds, which lint config a document gets, which files a spec is
 * made of (watch mode, lint's JSON check), help detection, and the schema
 * type check generate shares with lint.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withNeeds } from "../generators/pipeline/parts.js";
import { wantsHelp } from "../generators/cli/usage.js";
import { lintConfigFor } from "../generators/runners/redocly-lint.js";
import { findJsonSyntaxError, specFiles } from "../generators/load/spec-files.js";
import { validateDocument } from "../generators/load/validate.js";
import { repoRoot } from "./helpers/typecheck.js";

const tmp = mkdtempSync(path.join(os.tmpdir(), "vantage-cli-helpers-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("--only", () => {
  it("adds the types the client and server import, nothing else", () => {
    expect(withNeeds(["client"])).toEqual({ parts: ["types", "client"], added: ["types"] });
    expect(withNeeds(["server", "client"])).toEqual({ parts: ["types", "client", "server"], added: ["types"] });
    expect(withNeeds(["types", "client"])).toEqual({ parts: ["types", "client"], added: [] });
    expect(withNeeds(["docs"])).toEqual({ parts: ["docs"], added: [] });
  });
});

describe("help", () => {
  it("is asked for by -h or --help before a --", () => {
    expect(wantsHelp(["--spec", "a.yaml", "-h"])).toBe(true);
    expect(wantsHelp(["--help"])).toBe(true);
    expect(wantsHelp(["--spec", "a.yaml"])).toBe(false);
    expect(wantsHelp(["--", "--help"])).toBe(false);
  });
});

describe("lint config", () => {
  it("house rules for the Vantage spec, recommended for any other document, --config wins", () => {
    expect(lintConfigFor(path.join(repoRoot, "spec/openapi.yaml"))).toBe(path.join(repoRoot, "redocly.yaml"));
    expect(lintConfigFor(path.join(repoRoot, "spec/paths/jobs.yaml"))).toBe(path.join(repoRoot, "redocly.yaml"));
    expect(lintConfigFor(path.join(tmp, "other.yaml"))).toBe(path.join(repoRoot, "lint/recommended.yaml"));
    expect(lintConfigFor(path.join(repoRoot, "test/fixtures/specs/real/opencode.yaml"))).toBe(path.join(repoRoot, "lint/recommended.yaml"));
    expect(lintConfigFor(path.join(tmp, "other.yaml"), "mine.yaml")).toBe(path.resolve("mine.yaml"));
  });
});

describe("spec files", () => {
  it("follow external $refs, list files that do not exist yet, and find a .json syntax error with its line", () => {
    const dir = path.join(tmp, "spec");
    mkdirSync(path.join(dir, "parts"), { recursive: true });
    writeFileSync(path.join(dir, "root.yaml"), "openapi: 3.0.3\npaths:\n  /a:\n    $ref: parts/a.yaml\n  /b:\n    $ref: 'new/b.yaml#/b'\n");
    writeFileSync(path.join(dir, "parts/a.yaml"), "get:\n  responses:\n    '200':\n      $ref: ../shared.json#/ok\n");
    writeFileSync(path.join(dir, "shared.json"), '{\n  "ok": { "description": "ok" },\n}\n');
    expect(specFiles(path.join(dir, "root.yaml"))).toEqual(["root.yaml", "parts/a.yaml", "new/b.yaml", "shared.json"].map((f) => path.join(dir, f)));
    expect(findJsonSyntaxError(path.join(dir, "root.yaml"))).toMatchObject({ file: path.join(dir, "shared.json"), line: 3 });
    writeFileSync(path.join(dir, "shared.json"), '{\n  "ok": { "description": "ok" }\n}\n');
    expect(findJsonSyntaxError(path.join(dir, "root.yaml"))).toBeNull();
  });
});

describe("schema types", () => {
  const doc = (schema: unknown, extra: Record<string, unknown> = {}) => ({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: { "/x": { get: { responses: { "200": { description: "ok", content: { "application/json": { schema } } } } } } },
    ...extra,
  });
  const file = path.join(tmp, "doc.yaml");

  it("refuses an unknown type anywhere in a schema, with its pointer and a hint", () => {
    expect(() => validateDocument(doc({ type: "object", properties: { a: { type: "array", items: { type: "strin" } } } }), file)).toThrow(
      /\(#\/paths\/~1x\/get\/responses\/200\/content\/application~1json\/schema\/properties\/a\/items\/type\): unknown schema type "strin" \(did you mean "string"\?\)/,
    );
    expect(() => validateDocument(doc({ oneOf: [{ type: "integer" }, { type: ["string", "nul"] }] }), file)).toThrow(
      /schema\/oneOf\/1\/type\): unknown schema type "nul"/,
    );
    expect(() => validateDocument({ ...doc({ type: "null" }), openapi: "3.0.3" }, file)).toThrow(
      /unknown schema type "null" \(OpenAPI 3\.0 has no null type: use `nullable: true`\)/,
    );
    expect(() => validateDocument(doc({ $ref: "#/components/schemas/A" }, { components: { schemas: { A: { type: "obj" } } } }), file)).toThrow(
      /#\/components\/schemas\/A\/type/,
    );
  });

  it("accepts every JSON Schema type, and leaves examples, extensions and security schemes alone", () => {
    const schema = {
      type: "object",
      properties: { a: { type: ["string", "null"] }, b: { type: "number" }, c: { type: "boolean" } },
      example: { type: "whatever" },
      "x-meta": { type: "custom" },
    };
    const extra = { components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } }, schemas: { I: { type: "integer" } } } };
    expect(validateDocument(doc(schema, extra), file)).toEqual([]);
  });
});
