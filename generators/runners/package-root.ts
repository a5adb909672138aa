/**
 * package-root: where this package is installed, found from this module's
 * own location (generators/ when run from source, dist/generators/ when
 * built), so the command finds its own files (package.json, redocly.yaml,
 * lint/) whatever the working directory.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const NAME = "vantage-codegen";

let cached: { root: string; version: string } | undefined;

function find(): { root: string; version: string } {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === NAME) return (cached = { root: dir, version: pkg.version ?? "0.0.0" });
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`${NAME}: can't find its own package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** The folder holding this package's package.json. */
export function packageRoot(): string {
  return find().root;
}

/** This package's version (package.json `version`). */
export function packageVersion(): string {
  return find().version;
}
