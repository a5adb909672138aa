/**
 * build: one spec's types, SDK and server generated in-process into a fresh
 * temp folder (os.tmpdir, linked to the repository's node_modules so fastify
 * and openapi-fetch resolve as they would for a user), then the server and
 * the SDK bundled once each by esbuild into a CommonJS file loaded with
 * `require` — Node's own loader, not the test runner's transform of hundreds
 * of generated modules.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { loadSpec } from "../../../generators/load/load.js";
import { buildModel, type Model } from "../../../generators/model/model.js";
import { buildServerModel, type ServerModel } from "../../../generators/model/server-model.js";
import { generateTypes } from "../../../generators/types/generate-types.js";
import { generateClient } from "../../../generators/client/generate-client.js";
import { generateServer } from "../../../generators/server/generate-server.js";
import { linkNodeModules } from "../typecheck.js";

export interface BuiltSpec {
  dir: string;
  model: Model;
  serverModel: ServerModel;
  /** The server package's exports (createServer, …). */
  server: Record<string, unknown>;
  /** The SDK package's exports (the client class, …). */
  sdk: Record<string, unknown>;
}

// The server runtime finds ajv & co. from import.meta.url: a CommonJS bundle gets it from its own file name.
const META_URL = "__roundTripImportMetaUrl";
const BANNER = `const ${META_URL} = require("node:url").pathToFileURL(__filename).href;`;

async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    define: { "import.meta.url": META_URL },
    banner: { js: BANNER },
    logLevel: "silent",
  });
}

export async function buildSpec(file: string, name: string): Promise<BuiltSpec> {
  const { document, file: resolved } = await loadSpec(file);
  const model = buildModel(document, { specFile: resolved });
  const serverModel = buildServerModel(model);
  const files = new Map([...(await generateTypes(model)), ...generateClient(model), ...generateServer(model, serverModel)]);
  const dir = mkdtempSync(path.join(os.tmpdir(), `vantage-round-trip-${name}-`));
  for (const [rel, text] of files) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  linkNodeModules(dir);
  await Promise.all([
    bundle(path.join(dir, "server/index.js"), path.join(dir, "server.cjs")),
    bundle(path.join(dir, "client/index.js"), path.join(dir, "sdk.cjs")),
  ]);
  const require = createRequire(path.join(dir, "loader.cjs"));
  return { dir, model, serverModel, server: require("./server.cjs"), sdk: require("./sdk.cjs") };
}
