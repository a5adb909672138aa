/**
 * resource-source: puts each generated resource back together as TypeScript,
 * the declarations of resources/<name>.d.ts with the bodies of
 * resources/<name>.js, so a strict type-check can hold every call against its
 * signature. Users' builds read only the .d.ts; this is what our tests check
 * in their place. Anything declared but not implemented (or the reverse) is
 * reported as a mismatch instead.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

interface ClassParts {
  name: string;
  members: Map<string, ts.ClassElement>;
  source: ts.SourceFile;
}

function onlyClass(file: string, text: string): ClassParts {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".js") ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const classes = source.statements.filter(ts.isClassDeclaration);
  if (classes.length !== 1 || !classes[0]!.name) throw new Error(`${file}: expected exactly one named class`);
  const members = new Map<string, ts.ClassElement>();
  for (const member of classes[0]!.members) {
    if (member.name && ts.isIdentifier(member.name)) members.set(member.name.text, member);
  }
  return { name: classes[0]!.name.text, members, source };
}

const paramNames = (m: ts.MethodDeclaration) => m.parameters.map((p) => p.name.getText());

/** The .ts text of one resource, or the mismatches between its two halves. */
export function mergeResource(dtsFile: string, jsFile: string): { text: string } | { mismatches: string[] } {
  const dtsText = readFileSync(dtsFile, "utf8");
  const declared = onlyClass(dtsFile, dtsText);
  const implemented = onlyClass(jsFile, readFileSync(jsFile, "utf8"));
  const mismatches: string[] = [];
  const where = path.basename(dtsFile, ".d.ts");
  if (declared.name !== implemented.name) mismatches.push(`${where}: class ${declared.name} declared, ${implemented.name} implemented`);
  for (const name of implemented.members.keys()) {
    if (!declared.members.has(name)) mismatches.push(`${where}: ${name} implemented but not declared`);
  }
  const body: string[] = [];
  for (const [name, member] of declared.members) {
    const impl = implemented.members.get(name);
    if (!impl) {
      mismatches.push(`${where}: ${name} declared but not implemented`);
    } else if (ts.isMethodDeclaration(member) && ts.isMethodDeclaration(impl) && impl.body) {
      if (paramNames(member).join() !== paramNames(impl).join()) {
        mismatches.push(`${where}: ${name}(${paramNames(member).join(", ")}) declared, (${paramNames(impl).join(", ")}) implemented`);
      }
      body.push(`${member.getText().replace(/;$/, "")} ${impl.body.getText()}`);
    } else if (ts.isPropertyDeclaration(member) && ts.isPropertyDeclaration(impl) && impl.initializer) {
      body.push(`${member.getText().replace(/;$/, "")} = ${impl.initializer.getText()};`);
    } else {
      mismatches.push(`${where}: ${name} is a different kind of member in the .d.ts and the .js`);
    }
  }
  if (mismatches.length) return { mismatches };
  const importsOf = (source: ts.SourceFile) => source.statements.filter(ts.isImportDeclaration);
  const declaredFrom = new Set(importsOf(declared.source).map((s) => s.moduleSpecifier.getText()));
  // The .d.ts imports what the signatures name; a helper only the bodies call (styledQuery) is imported by the .js alone.
  const imports = [...importsOf(declared.source), ...importsOf(implemented.source).filter((s) => !declaredFrom.has(s.moduleSpecifier.getText()))].map((s) =>
    s.getText(),
  );
  // The named parameter types (`JobListParams`, …) the methods' signatures use.
  const aliases = declared.source.statements.filter(ts.isTypeAliasDeclaration).map((s) => s.getText());
  return { text: `${imports.join("\n")}\n\n${aliases.join("\n")}\n\nexport class ${declared.name} extends APIResource {\n${body.join("\n\n")}\n}\n` };
}

/**
 * Copies `outDir` to `into` with every client/resources/<name>.d.ts + .js pair
 * replaced by the merged <name>.ts. Returns the mismatches found ([] when
 * every pair matched).
 */
export function mergeResources(outDir: string, into: string): string[] {
  rmSync(into, { recursive: true, force: true });
  cpSync(outDir, into, { recursive: true, filter: (src) => path.basename(src) !== "node_modules" });
  const mismatches: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".d.ts") && path.basename(dir) === "resources" && path.basename(path.dirname(dir)) === "client") {
        const js = full.replace(/\.d\.ts$/, ".js");
        const merged = mergeResource(full, js);
        if ("mismatches" in merged) {
          mismatches.push(...merged.mismatches.map((m) => `${path.relative(into, dir)}/${m}`));
          continue;
        }
        writeFileSync(full.replace(/\.d\.ts$/, ".ts"), merged.text);
        rmSync(full);
        rmSync(js);
      }
    }
  };
  walk(into);
  return mismatches;
}
