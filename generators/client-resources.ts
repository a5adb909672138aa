/**
 * client-resources: one ts-morph structure per resource class
 * (resources/<resource>.ts), built as plain data and printed once.
 */
import type { ClassDeclarationStructure, ImportDeclarationStructure, JSDocStructure, MethodDeclarationStructure, PropertyDeclarationStructure, StatementStructures } from "ts-morph";
import { tsMorph } from "./cjs.js";

const { StructureKind } = tsMorph();
import type { OperationModel, ResourceModel } from "./model.js";
import { methodSignature, type SchemaIndex } from "./client-signature.js";
import { jsdocText } from "./names.js";

/** resources/storage-files.ts for class StorageFiles. */
export function resourceFileName(resource: ResourceModel): string {
  const kebab = resource.className.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2").toLowerCase();
  return `resources/${kebab}.ts`;
}

export function operationDocs(op: OperationModel, paramDocs: { name: string; description?: string }[]): JSDocStructure {
  const lines: string[] = [];
  if (op.summary) lines.push(jsdocText(op.summary));
  if (op.description && op.description.trim() !== op.summary?.trim()) lines.push(jsdocText(op.description));
  lines.push(`\`${op.method.toUpperCase()} ${jsdocText(op.path)}\`${op.operationId ? ` (operationId \`${jsdocText(op.operationId)}\`)` : ""}`);
  const tags: JSDocStructure["tags"] = paramDocs.map((p) => ({
    kind: StructureKind.JSDocTag,
    tagName: "param",
    text: p.description ? `${p.name} ${jsdocText(p.description).replace(/\n+/g, " ")}` : p.name,
  }));
  if (op.deprecated) tags.push({ kind: StructureKind.JSDocTag, tagName: "deprecated" });
  return { kind: StructureKind.JSDoc, description: lines.join("\n\n"), tags };
}

export function resourceStatements(resource: ResourceModel, schemas: SchemaIndex): (string | StatementStructures)[] {
  const uses = new Set<string>();
  const models = new Set<string>();
  const methods: MethodDeclarationStructure[] = resource.operations.map((op) => {
    const sig = methodSignature(op, schemas);
    sig.uses.forEach((u) => uses.add(u));
    sig.models.forEach((m) => models.add(m));
    return {
      kind: StructureKind.Method,
      name: op.methodName,
      docs: [operationDocs(op, sig.params)],
      parameters: sig.params.map((p) => ({ name: p.name, type: p.type, hasQuestionToken: p.optional })),
      returnType: sig.returnType,
      statements: sig.statements,
    };
  });
  const properties: PropertyDeclarationStructure[] = resource.children.map((child) => ({
    kind: StructureKind.Property,
    name: child.name,
    isReadonly: true,
    type: child.className,
    initializer: `new ${child.className}(this._client)`,
    docs: [{ kind: StructureKind.JSDoc, description: `\`${child.path.join(".")}\` operations.` }],
  }));
  const cls: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: resource.className,
    isExported: true,
    extends: "APIResource",
    docs: [{ kind: StructureKind.JSDoc, description: `The \`${resource.path.join(".")}\` resource.` }],
    properties,
    methods,
  };
  const imports: ImportDeclarationStructure[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "../core/client.js", namedImports: ["APIResource", { name: "RequestOptions", isTypeOnly: true }] },
  ];
  if (uses.has("APIPromise")) imports.push(typeImport("../core/api-promise.js", ["APIPromise"]));
  if (uses.has("PagePromise")) imports.push(typeImport("../core/pagination.js", ["PagePromise"]));
  if (uses.has("Uploadable")) imports.push(typeImport("../core/uploads.js", ["Uploadable"]));
  const typeNames = (["paths", "Readable", "Writable"] as const).filter((n) => uses.has(n));
  if (typeNames.length) imports.push(typeImport("../../types/index.js", [...typeNames]));
  if (models.size) imports.push(typeImport("../models.js", [...models].sort()));
  for (const child of resource.children) {
    imports.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: `./${resourceFileName(child).slice("resources/".length).replace(/\.ts$/, ".js")}`, namedImports: [child.className] });
  }
  return [...imports, cls];
}

function typeImport(moduleSpecifier: string, names: string[]): ImportDeclarationStructure {
  return { kind: StructureKind.ImportDeclaration, moduleSpecifier, isTypeOnly: true, namedImports: names };
}
