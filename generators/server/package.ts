/**
 * package: what turns server/ into a package a backend team installs.
 * The rendered .ts files stay (the repository's own tests and examples use
 * them); beside each goes its .js + .d.ts (transpiled one file at a time),
 * the runtime as compiled by `npm run build` (tsconfig.server-runtime.json),
 * the package's own copy of the spec's types, and package.json, whose
 * `files` ship only the compiled half.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Model } from "../model/model.js";
import { serverPackageJson } from "../emit/package-json.js";
import { declarationsOf, javascriptOf } from "../emit/transpile.js";
import { typeDeclarations } from "../types/generate-types.js";

/** The server's rendered files (server/index.ts, …) rewired to the package's types, plus the package files. */
export function serverPackageFiles(model: Model, header: string, rendered: Map<string, string>, options: { multipart: boolean }): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, text] of rendered) {
    // The package imports nothing outside its folder: the types come with it.
    const local = text.replace(/(["'])\.\.\/types\/index\.js\1/g, '"./types.js"');
    out.set(name, local);
    if (name.endsWith(".ts") && !name.endsWith(".d.ts") && !name.startsWith("server/runtime/")) {
      const base = name.slice(0, -".ts".length);
      out.set(`${base}.js`, javascriptOf(path.basename(name), local));
      out.set(`${base}.d.ts`, declarationsOf(path.basename(name), local));
    }
  }
  out.set("server/types.d.ts", `${header}\n${typeDeclarations(model)}`);
  for (const [file, text] of compiledRuntimeFiles()) out.set(`server/runtime/${file}`, `${header}\n${text}`);
  out.set("server/package.json", serverPackageJson(model, header, options));
  return out;
}

/** dist/server-runtime, found from this module (dist/generators or generators/). */
function compiledRuntimeDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, "dist", "server-runtime");
    if (existsSync(candidate)) return candidate;
    if (path.basename(dir) === "dist" && existsSync(path.join(dir, "server-runtime"))) return path.join(dir, "server-runtime");
    dir = path.dirname(dir);
  }
  throw new Error("dist/server-runtime not found: run `npm run build` to compile the server runtime");
}

function compiledRuntimeFiles(): [string, string][] {
  const dir = compiledRuntimeDir();
  return readdirSync(dir)
    .filter((f) => f.endsWith(".js") || f.endsWith(".d.ts"))
    .sort()
    .map((f) => [f, readFileSync(path.join(dir, f), "utf8")]);
}
