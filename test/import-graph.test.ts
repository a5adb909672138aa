/**
 * The import graph gate (scripts/ci/import-graph.mjs): it finds cycles and
 * imports against the stages in graphs made up here, and the project's own
 * graph has neither.
 */
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without declarations
import { cycles, importGraph, stageViolations } from "../scripts/ci/import-graph.mjs";

type Graph = Map<string, string[]>;
const graph = (edges: Record<string, string[]>): Graph => new Map(Object.entries(edges));

describe("import graph", () => {
  it("finds a two-file cycle, a longer one and a self-import, and nothing in a tree", () => {
    expect(cycles(graph({ "a.ts": ["b.ts"], "b.ts": ["a.ts"], "c.ts": ["a.ts"] }))).toEqual([["a.ts", "b.ts"]]);
    expect(cycles(graph({ "a.ts": ["b.ts"], "b.ts": ["c.ts"], "c.ts": ["a.ts"] }))).toEqual([["a.ts", "b.ts", "c.ts"]]);
    expect(cycles(graph({ "a.ts": ["a.ts"] }))).toEqual([["a.ts"]]);
    expect(cycles(graph({ "a.ts": ["b.ts", "c.ts"], "b.ts": ["c.ts"], "c.ts": [] }))).toEqual([]);
  });

  it("refuses an import against the stages and a folder that is not a stage", () => {
    const against = stageViolations(
      graph({
        "generators/load/validate.ts": ["generators/model/operation-names.ts"],
        "generators/model/server-model.ts": ["generators/server/render.ts"],
        "generators/client/resources.ts": ["generators/docs/samples.ts", "generators/model/model.ts"],
        "generators/cli/main.ts": ["generators/diff/index.ts"],
        "generators/stuff/thing.ts": [],
      }),
    );
    expect(against).toEqual([
      expect.stringMatching(/^generators\/load\/validate\.ts → generators\/model\/operation-names\.ts: load may import only itself/),
      expect.stringMatching(/^generators\/model\/server-model\.ts → generators\/server\/render\.ts: model may import only load/),
      expect.stringMatching(/^generators\/client\/resources\.ts → generators\/docs\/samples\.ts/),
      expect.stringMatching(/^generators\/stuff\/thing\.ts: generators\/stuff is not a stage/),
    ]);
  });

  it("the project's own graph: no cycles, nothing against the stages", () => {
    const own: Graph = importGraph();
    expect(own.size).toBeGreaterThan(100);
    // Imports are found through .js specifiers, type-only imports and dynamic import() alike.
    expect(own.get("generators/pipeline/generate.ts")).toContain("generators/client/generate-client.ts");
    expect(own.get("generators/model/operation-names.ts")).toContain("generators/model/types.ts");
    expect(cycles(own)).toEqual([]);
    expect(stageViolations(own)).toEqual([]);
  });
});
