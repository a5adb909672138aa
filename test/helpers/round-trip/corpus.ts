/**
 * corpus: the specs the round trip runs on, found rather than listed, so a
 * new fixture joins by being added: spec/openapi.yaml, every OpenAPI
 * document under test/fixtures/specs/real/ (a folder's root document found
 * among its files), and every one directly in test/fixtures/specs/edge/
 * (not edge/invalid/). A file is a document when its top level has an
 * `openapi` version: fragments other files $ref (external-shared.json) are not.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

export interface CorpusSpec {
  /** Short, unique name: vantage, real-opencode, edge-circular… */
  name: string;
  file: string;
}

/** Whether a .yaml/.json file is an OpenAPI document on its own (a top-level `openapi: 3.x`). */
export function isOpenApiDocument(file: string): boolean {
  if (!/\.(ya?ml|json)$/i.test(file)) return false;
  const text = readFileSync(file, "utf8");
  // Cheap first: a document names its version at the top level (column 0 in YAML, a key of the root in JSON).
  if (!/^openapi\s*:|"openapi"\s*:/m.test(text)) return false;
  try {
    const value = /\.json$/i.test(file) ? JSON.parse(text) : parse(text);
    return !!value && typeof value === "object" && /^3\./.test(String((value as { openapi?: unknown }).openapi ?? ""));
  } catch {
    return false;
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const stem = (file: string) => path.basename(file).replace(/\.(ya?ml|json)$/i, "");

export function roundTripCorpus(repoRoot: string): CorpusSpec[] {
  const specs: CorpusSpec[] = [{ name: "vantage", file: path.join(repoRoot, "spec/openapi.yaml") }];
  const real = path.join(repoRoot, "test/fixtures/specs/real");
  for (const entry of readdirSync(real).sort()) {
    const full = path.join(real, entry);
    if (statSync(full).isDirectory()) {
      // A multi-file spec: its root is the one file of the folder that is a document.
      const roots = filesUnder(full).filter(isOpenApiDocument);
      for (const root of roots) specs.push({ name: `real-${entry}${roots.length > 1 ? `-${stem(root)}` : ""}`, file: root });
    } else if (isOpenApiDocument(full)) specs.push({ name: `real-${stem(entry)}`, file: full });
  }
  const edge = path.join(repoRoot, "test/fixtures/specs/edge");
  for (const entry of readdirSync(edge).sort()) {
    const full = path.join(edge, entry);
    if (statSync(full).isFile() && isOpenApiDocument(full)) specs.push({ name: `edge-${stem(entry)}`, file: full });
  }
  return specs;
}
