/**
 * transpile: one file at a time, no type-checking (a program over the SDK
 * would cost seconds per generate). TypeScript becomes `.js` (esbuild) plus
 * `.d.ts`, and ESM JavaScript becomes CommonJS (esbuild) for the packages'
 * `require` entry.
 *
 * Declarations: the generators print every export with its type, so most
 * statements carry over as text (imports, re-exports, types, interfaces,
 * annotated or `as T` constants); only the rest (a class, an `as const`
 * literal) goes through TypeScript's isolated-declarations emitter, one
 * statement at a time. The emitter on a whole 60 KB file costs ~0.5 s: its
 * emit resolver binds and checks the file.
 */
import { createRequire } from "node:module";
import type * as Esbuild from "esbuild";
import { tsMorph } from "./cjs.js";

const { ts } = tsMorph();
const require = createRequire(import.meta.url);
const esbuild = (): typeof Esbuild => require("esbuild") as typeof Esbuild;

/** The JavaScript of one TypeScript module (types erased, ESM kept). */
export function javascriptOf(fileName: string, source: string): string {
  try {
    return esbuild().transformSync(source, { loader: "ts", format: "esm", target: "es2022", sourcefile: fileName, legalComments: "none" }).code;
  } catch (error) {
    // Name the generated line: it is a generator bug, and the line says which.
    const line = (error as { errors?: { location?: { line: number } }[] }).errors?.[0]?.location?.line;
    throw new Error(`${fileName}: ${(error as Error).message}${line ? `\n  ${source.split("\n")[line - 1]}` : ""}`);
  }
}

/** An ESM JavaScript module as CommonJS (`require`, `exports`). */
export function commonJsOf(fileName: string, source: string): string {
  return esbuild().transformSync(source, { loader: "js", format: "cjs", target: "es2022", sourcefile: fileName, legalComments: "none" }).code;
}

/** The declarations of one TypeScript module, from its annotations alone. */
export function declarationsOf(fileName: string, source: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out: string[] = [];
  for (const statement of file.statements) {
    const leading = source.slice(statement.getFullStart(), statement.getStart(file));
    const text = statement.getText(file);
    if (
      ts.isImportDeclaration(statement) ||
      ts.isExportDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      (ts.isExportAssignment(statement) && ts.isIdentifier(statement.expression))
    ) {
      out.push(leading + text);
      continue;
    }
    const constant = ts.isVariableStatement(statement) ? typedConstant(statement, file) : undefined;
    if (constant !== undefined) out.push(leading + constant);
    else out.push(leading + isolatedDeclaration(fileName, text).trim());
  }
  return `${out.join("").replace(/^\s+/, "")}\n`;
}

/** `export const a: T = …` or `export const a = … as T` → `export declare const a: T;`; undefined otherwise. */
function typedConstant(statement: import("ts-morph").ts.VariableStatement, file: import("ts-morph").ts.SourceFile): string | undefined {
  const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
  const keyword = statement.declarationList.flags & ts.NodeFlags.Const ? "const" : "let";
  const parts: string[] = [];
  for (const declaration of statement.declarationList.declarations) {
    if (!ts.isIdentifier(declaration.name)) return undefined;
    let type = declaration.type?.getText(file);
    const init = declaration.initializer;
    if (type === undefined && init && ts.isAsExpression(init) && !(ts.isTypeReferenceNode(init.type) && init.type.getText(file) === "const")) {
      type = init.type.getText(file);
    }
    if (type === undefined) return undefined;
    parts.push(`${declaration.name.text}: ${type}`);
  }
  return `${exported ? "export " : ""}declare ${keyword} ${parts.join(", ")};`;
}

/** TypeScript's isolated-declarations emit of one statement. */
function isolatedDeclaration(fileName: string, text: string): string {
  const out = ts.transpileDeclaration(text, {
    fileName,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, declaration: true, isolatedDeclarations: true },
  });
  const errors = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length) {
    const message = ts.flattenDiagnosticMessageText(errors[0]!.messageText, "\n");
    throw new Error(`${fileName}: cannot emit declarations without a type-check: ${message}`);
  }
  // A lone statement comes back with `export {};` when it exports nothing itself.
  return out.outputText.replace(/^export \{\};\s*$/m, "");
}
