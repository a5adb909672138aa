/**
 * Deep `$ref`s (test/fixtures/specs/edge/deep-refs.yaml, after PagerDuty's
 * API description): refs into an allOf member, a property, array items,
 * another path's response schema, a parameter's schema, chains of them, a
 * whole response or parameter of another operation, and a cycle through a
 * deep ref. openapi-typescript alone renders them as indexed accesses that
 * name nothing (`components["schemas"]["Tag"]["allOf"]["0"]`); ours must
 * resolve each to its target's type. A usage file is compiled with the
 * generated types, SDK and server under tsc --strict: the right values
 * compile, and each `// @ts-expect-error` line (a wrong value) must be
 * rejected, else tsc reports the unused directive.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { main } from "../generators/cli/main.js";
import { resolveDeepRefs, isShallowRef } from "../generators/types/deep-refs.js";
import { linkNodeModules, listTsFiles, repoRoot, STRICT_OPTIONS } from "./helpers/typecheck.js";

const SPEC = path.join(repoRoot, "test/fixtures/specs/edge/deep-refs.yaml");

const USAGE = `
import type { components, operations, $defs } from "./types/index.js";
import { Deep } from "./client/index.js";
import type { DeepHandlers } from "./server/index.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const assert = <T extends true>(_: T) => {};
type Json<Op extends keyof operations, S extends keyof operations[Op]["responses"]> = operations[Op]["responses"][S] extends { content: { "application/json": infer B } } ? B : never;
type Reference = components["schemas"]["Reference"];

// Into an allOf member: the first member's object, not the whole intersection.
type CreateBody = operations["createIncident"]["requestBody"]["content"]["application/json"];
const incident: CreateBody["incident"] = { title: "Disk full", service: { id: "P1", type: "service_reference" }, urgency: "high" };
// @ts-expect-error service is required by allOf/0
const noService: CreateBody["incident"] = { title: "Disk full" };
// @ts-expect-error urgency comes from the parameter's schema: "high" | "low"
const badUrgency: CreateBody["incident"] = { title: "t", service: { id: "P1", type: "s" }, urgency: "medium" };
// @ts-expect-error status is allOf/1's, not allOf/0's
const withStatus: CreateBody["incident"] = { title: "t", service: { id: "P1", type: "s" }, status: "resolved" };

// A request body that is allOf/1 of Tag.
type TagBody = operations["createTag"]["requestBody"]["content"]["application/json"];
assert<Equal<TagBody, { label: string; color?: "red" | "green" | "blue" }>>(true);
// @ts-expect-error color is an enum
const badTag: TagBody = { label: "x", color: "purple" };

// A query parameter's schema from a component parameter, and array items from a property inside allOf/1.
type Query = NonNullable<operations["listIncidents"]["parameters"]["query"]>;
assert<Equal<Query["urgency"], "high" | "low" | undefined>>(true);
assert<Equal<Query["statuses"], ("triggered" | "acknowledged" | "resolved")[] | undefined>>(true);
// @ts-expect-error "open" is no status
const badStatuses: Query["statuses"] = ["open"];
// A parameter of another operation, by its index.
assert<Equal<NonNullable<operations["listRecentNotes"]["parameters"]["query"]>["urgency"], "high" | "low" | undefined>>(true);

// A path parameter typed from a component's property.
assert<Equal<operations["listIncidentNotes"]["parameters"]["path"]["id"], string>>(true);

// Items of another path's response schema; inside it a chain (Note.author → Incident/allOf/0/properties/service → Reference).
type NoteItem = Json<"listIncidentNotes", 200>["notes"][number];
assert<Equal<NoteItem, Json<"listNotes", 200>["notes"][number]>>(true);
assert<Equal<NoteItem["user"], Reference | undefined>>(true);
assert<Equal<components["schemas"]["Note"]["author"], Reference | undefined>>(true);
// @ts-expect-error content is required on a note
const noContent: NoteItem = { id: "n1" };
// Another operation's whole response.
assert<Equal<Json<"listRecentNotes", 200>, Json<"listNotes", 200>>>(true);

// A cycle through a deep ref: a node's children are nodes again, at any depth.
type TreeNode = Json<"getTagTree", 200>;
assert<Equal<TreeNode, components["schemas"]["Tree"]["node"]>>(true);
assert<Equal<TreeNode, $defs["components/schemas/Tree/properties/node"]>>(true);
const tree: TreeNode = { name: "a", children: [{ name: "b", children: [{ name: "c", parent: { node: { name: "a" } } }] }] };
// @ts-expect-error a grandchild needs a name too
const badTree: TreeNode = { name: "a", children: [{ name: "b", children: [{ nom: "c" }] }] };

// Through the SDK.
const client = new Deep({ apiKey: "k" });
async function sdk() {
  const created = await client.incidents.create({ incident: { title: "t", service: { id: "P1", type: "s" } } });
  const title: string | undefined = created.incident?.title;
  // @ts-expect-error the body's incident is allOf/0: title is required
  await client.incidents.create({ incident: { service: { id: "P1", type: "s" } } });
  const notes = await client.incidents.listNotes("P1");
  const author: string | undefined = notes.notes[0]?.user?.id;
  const node = await client.tags.getTree("t1");
  const grandchild: string | undefined = node.children?.[0]?.children?.[0]?.name;
  // @ts-expect-error a node's name is a string
  const n: number = node.name;
  return [title, author, grandchild, n];
}

// Through the server's handler types.
const handlers: Partial<DeepHandlers> = {
  createTag: async ({ body }) => ({ status: 201, body: { id: "T1", type: "tag", label: body.label } }),
  getTagTree: async () => ({ status: 200, body: { name: "root", children: [{ name: "leaf" }] } }),
  // @ts-expect-error a child without a name is no node
  listNotes: async () => ({ status: 200, body: { notes: [{ id: "n1" }] } }),
};

export { incident, noService, badUrgency, withStatus, badTag, badStatuses, noContent, tree, badTree, sdk, handlers };
`;

let root: string;
let diagnostics: string[];
let types: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), "vantage-deep-refs-"));
  const code = await main(["generate", "--spec", SPEC, "--out", root, "--only", "types,client,server", "--quiet"]);
  if (code !== 0) throw new Error(`generate exited ${code}`);
  types = readFileSync(path.join(root, "types/index.ts"), "utf8");
  writeFileSync(path.join(root, "usage.ts"), USAGE);
  linkNodeModules(root);
  const program = ts.createProgram({ rootNames: listTsFiles(root), options: STRICT_OPTIONS });
  diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === undefined) return message;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${path.relative(root, d.file.fileName)}:${line + 1}: TS${d.code} ${message}`;
  });
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("deep $refs in the generated types", () => {
  it("no type walks into a schema keyword or a response's content", () => {
    expect(types).not.toMatch(/\["(allOf|anyOf|oneOf|items|properties|schema|content)"\]\["/);
    expect(types).not.toMatch(/components\["parameters"\]\["\w+"\]\["schema"\]/);
  });

  it("types, SDK and server compile under tsc --strict, and each usage resolves to its target's type (wrong values rejected)", () => {
    expect(diagnostics).toEqual([]);
  });

  it("resolveDeepRefs leaves a document without deep refs untouched, and keeps shallow refs shallow", () => {
    const document = { openapi: "3.0.3", components: { schemas: { A: { type: "object", properties: { b: { $ref: "#/components/schemas/B" } } }, B: {} } } };
    expect(resolveDeepRefs(document)).toBe(document);
    expect(isShallowRef("#/components/schemas/B")).toBe(true);
    expect(isShallowRef("#/paths/~1a")).toBe(true);
    expect(isShallowRef("#/components/schemas/B/allOf/0")).toBe(false);
    expect(isShallowRef("#/paths/~1a/get/responses/200")).toBe(false);
  });

  it("a chain of refs that loops without a definition is refused, naming the ref", () => {
    const document = {
      openapi: "3.0.3",
      components: {
        schemas: {
          A: { properties: { x: { $ref: "#/components/schemas/B/properties/y" } } },
          B: { properties: { y: { $ref: "#/components/schemas/A/properties/x" } } },
        },
      },
    };
    expect(() => resolveDeepRefs(document)).toThrow(/\$ref "#\/components\/schemas\/B\/properties\/y": the chain of \$refs loops back/);
  });
});
