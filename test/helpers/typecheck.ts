/**
 * typecheck: `tsc --strict --noEmit` over generated output, in-process with
 * the TypeScript API (one program over many folders is far cheaper than one
 * tsc process per folder). The folder gets a node_modules link to the repo's,
 * so `openapi-fetch` and `fastify` resolve as they would for a user.
 */
import { existsSync, readdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The options users compile the generated code with (and what generate.test.ts uses). */
export const STRICT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  strict: true,
  noEmit: true,
  // The SDK's resources and runtime ship as .d.ts: check them too, only TypeScript's own lib files skipped.
  skipLibCheck: false,
  skipDefaultLibCheck: true,
  types: [],
};

/** Every .ts (and .d.ts) file under `dir`; with `withJs`, the .js files too. */
export function listTsFiles(dir: string, withJs = false): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTsFiles(full, withJs));
    else if (entry.name.endsWith(".ts") || (withJs && entry.name.endsWith(".js"))) out.push(full);
  }
  return out;
}

export function linkNodeModules(dir: string): void {
  const link = path.join(dir, "node_modules");
  if (!existsSync(link)) symlinkSync(path.join(repoRoot, "node_modules"), link, "dir");
}

/** Every diagnostic of one strict program over all .ts files under `dir`, formatted; [] when it compiles. */
export function typecheckDir(dir: string): string[] {
  linkNodeModules(dir);
  const program = ts.createProgram({ rootNames: listTsFiles(dir), options: STRICT_OPTIONS });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  return diagnostics.map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${path.relative(dir, d.file.fileName)}:${line + 1}:${character + 1}: TS${d.code} ${message}`;
  });
}
