#!/usr/bin/env node
// Runs scripts/fuzz.ts: compiled with esbuild (no tsx here) into a temp file,
// with every package left external so the real generators and TypeScript load.
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildIfStale } from "./build.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// The generators run from dist/: never an older build than the sources.
buildIfStale();
// Inside the repo, so the bundle resolves node_modules like the sources do.
const dir = mkdtempSync(path.join(root, "node_modules", ".fuzz-"));
try {
  const outfile = path.join(dir, "fuzz.mjs");
  await build({
    entryPoints: [path.join(root, "scripts/fuzz.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    // The generators find templates/ from their own location: keep them as files, not bundled.
    plugins: [
      {
        name: "generators-from-dist",
        setup(b) {
          b.onResolve({ filter: /\/generators\/.*\.js$/ }, (args) => ({
            path: path.join(root, "dist", path.relative(root, path.resolve(args.resolveDir, args.path))),
            external: true,
          }));
        },
      },
    ],
    logLevel: "warning",
  });
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
