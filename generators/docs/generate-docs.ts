/**
 * generate-docs: the published API reference (docs/) from the model. A copy of the
 * bundled document gets an SDK and a curl sample on every operation
 * (`x-codeSamples`); Redocly build-docs renders templates/docs/index.hbs;
 * Redoc 2 renders the reference in the browser from files beside the page.
 * Nothing on the page comes from another host.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { serializeSpec } from "../load/load.js";
import { fileURLToPath } from "node:url";
import type { Model } from "../model/model.js";
import type { FileSet } from "../emit/file-set.js";
import { resolveRef, type Json } from "../load/refs.js";
import { curlSample, sdkSample } from "../emit/samples.js";
import { runBuildDocs } from "../runners/redocly-build-docs.js";
import { redocStandalone } from "./redoc-bundle.js";
import { postmanCollectionPath } from "../postman/generate-postman.js";
import { tryItData } from "./try-it-data.js";
import { connectSources } from "./csp.js";

export function docsTemplateDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, "templates", "docs");
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error("templates/docs not found next to the generator");
}

/** The document the page renders: the bundled one plus code samples, without a remote logo. */
export function docsDocument(model: Model): Json {
  const document = structuredClone(model.bundled) as Json;
  for (const op of model.operations) {
    const item = resolveRef(document, (document.paths as Json)[op.path]) as Json;
    const operation = item[op.method] as Json;
    const existing = Array.isArray(operation["x-codeSamples"]) ? operation["x-codeSamples"] : [];
    // An operation the SDK leaves out (TRACE) gets no SDK sample: there is no method to show.
    operation["x-codeSamples"] = [...(op.inSdk ? [sdkSample(model, op)] : []), curlSample(model, op), ...existing];
  }
  // Redoc would load x-logo.url from wherever it points; the header shows its text instead.
  const info = (document.info ?? {}) as Json;
  delete info["x-logo"];
  return document;
}

function introOf(info: Json): string {
  if (typeof info.summary === "string" && info.summary.trim()) return info.summary.trim();
  if (typeof info.description !== "string") return "";
  const first = info.description.trim().split(/\n\s*\n/)[0] ?? "";
  return first.startsWith("#") ? "" : first.replace(/\s+/g, " ").trim();
}

function logoTextOf(info: Json, title: string): string {
  const logo = info["x-logo"] as Json | undefined;
  return typeof logo?.altText === "string" && logo.altText.trim() ? logo.altText.trim() : title;
}

/** JSON as a script's value: U+2028/U+2029 are line ends to older JS parsers, so they are escaped. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export async function generateDocs(model: Model): Promise<FileSet> {
  const templates = docsTemplateDir();
  const info = (model.bundled.info ?? {}) as Json;
  const document = docsDocument(model);
  const title = model.title || model.clientName;
  const html = await runBuildDocs({
    document: { ...document, info: { ...(document.info as Json), title } },
    templateFile: path.join(templates, "index.hbs"),
    templateOptions: {
      logoText: logoTextOf(info, title),
      version: model.version,
      intro: introOf(info),
      postmanHref: `../${postmanCollectionPath(model)}`,
      connectSrc: connectSources(model.servers).join(" "),
    },
  });
  return new Map([
    ["docs/index.html", html],
    ["docs/docs.js", readFileSync(path.join(templates, "docs.js"), "utf8")],
    ["docs/docs.css", readFileSync(path.join(templates, "docs.css"), "utf8")],
    ["docs/try-it.js", readFileSync(path.join(templates, "try-it.js"), "utf8")],
    ["docs/try-it-data.js", `window.__API_TRY_IT__ = ${scriptJson(tryItData(model))};\n`],
    // A script rather than JSON: JSON inside a script is plain data to the JS parser, and a <script src>
    // also loads from file:// where fetch() does not.
    ["docs/spec.js", `window.__API_SPEC__ = ${scriptJson(document)};\n`],
    ["docs/redoc.standalone.js", redocStandalone()],
    ["docs/openapi.json", serializeSpec(model.bundled, "openapi.json")],
    ["docs/openapi.yaml", serializeSpec(model.bundled, "openapi.yaml")],
  ]);
}
