/**
 * resources: each resource class as two files printed from ts-morph
 * structures, like a published SDK ships its code:
 * - resources/<resource>.d.ts, the declarations users' editors and tsc read
 *   (signatures and JSDoc from the spec);
 * - resources/<resource>.js, the method bodies (one call into the runtime each).
 * A user's type-check then reads declarations instead of re-checking ~one
 * method body per operation (skipped entirely under skipLibCheck); the tests
 * type-check the declarations strictly and match them against the bodies.
 */
import type {
  ClassDeclarationStructure,
  ImportDeclarationStructure,
  JSDocStructure,
  MethodDeclarationStructure,
  PropertyDeclarationStructure,
  StatementStructures,
} from "ts-morph";
import { tsMorph } from "../emit/cjs.js";

const { StructureKind } = tsMorph();
import type { Model, OperationModel, ResourceModel } from "../model/model.js";
import { methodSignature, type SchemaIndex } from "./signature.js";
import { jsdocText, pascalCase, singular, words } from "../model/identifiers.js";
import { sdkCall } from "../emit/samples.js";

/** resources/storage-files for class StorageFiles: the module's path without extension. */
export function resourceModulePath(resource: ResourceModel): string {
  const kebab = resource.className
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
  return `resources/${kebab}`;
}

/** The declarations (.d.ts) and implementation (.js) of one resource class. */
export interface ResourceFiles {
  declarations: (string | StatementStructures)[];
  implementation: (string | StatementStructures)[];
  /** The named parameter types the declarations export (`JobListParams`, …), for the index. */
  paramTypes: string[];
}

/** What resourceFiles needs from the whole SDK. */
export interface ResourceContext {
  model: Model;
  schemas: SchemaIndex;
  /** Every exported name so far; parameter type names are added as they are picked. */
  taken: Set<string>;
}

/** The error classes a status raises (as the runtime's makeAPIError picks them by status). */
const ERROR_CLASS_BY_STATUS: Record<string, string> = {
  "400": "ValidationError",
  "401": "AuthenticationError",
  "403": "PermissionDeniedError",
  "404": "NotFoundError",
  "409": "ConflictError",
  "422": "ValidationError",
  "429": "RateLimitError",
};

function thrownErrors(op: OperationModel): string[] {
  const out = new Set<string>();
  for (const status of op.errorStatuses) {
    const name = ERROR_CLASS_BY_STATUS[status] ?? (/^5/.test(status) ? "InternalServerError" : "APIError");
    out.add(name);
  }
  out.add("APIConnectionError");
  return [...out];
}

/**
 * `JobListParams` for `jobs.list`: the resource path's words (each segment
 * singular) and the method name, PascalCased; a number is added on a clash.
 */
function paramTypeName(resource: ResourceModel, op: OperationModel, taken: Set<string>): string {
  // Each segment's last word singular: teams.members → TeamMember.
  const parts = resource.path.flatMap((segment) => {
    const w = words(segment);
    if (w.length) w[w.length - 1] = singular(w[w.length - 1]!);
    return w;
  });
  const pascal = pascalCase([...parts, op.methodName].join(" ")) || "Request";
  const base = `${/^[0-9]/.test(pascal) ? "_" : ""}${pascal}Params`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}

export function operationDocs(op: OperationModel, paramDocs: { name: string; description?: string }[], model?: Model): JSDocStructure {
  const lines: string[] = [];
  if (op.summary) lines.push(jsdocText(op.summary));
  if (op.description && op.description.trim() !== op.summary?.trim()) lines.push(jsdocText(op.description));
  lines.push(`\`${op.method.toUpperCase()} ${jsdocText(op.path)}\`${op.operationId ? ` (operationId \`${jsdocText(op.operationId)}\`)` : ""}`);
  const tags: JSDocStructure["tags"] = paramDocs.map((p) => ({
    kind: StructureKind.JSDocTag,
    tagName: "param",
    text: p.description ? `${p.name} ${jsdocText(p.description).replace(/\n+/g, " ")}` : p.name,
  }));
  if (model) {
    for (const error of thrownErrors(op)) tags.push({ kind: StructureKind.JSDocTag, tagName: "throws", text: `{${error}}` });
    tags.push({ kind: StructureKind.JSDocTag, tagName: "example", text: `\n${jsdocText(sdkCall(model, op))}` });
  }
  if (op.deprecated) tags.push({ kind: StructureKind.JSDocTag, tagName: "deprecated" });
  return { kind: StructureKind.JSDoc, description: lines.join("\n\n"), tags };
}

export function resourceFiles(resource: ResourceModel, context: ResourceContext): ResourceFiles {
  const { schemas, model } = context;
  const uses = new Set<string>();
  const models = new Set<string>();
  const declared: MethodDeclarationStructure[] = [];
  const implemented: MethodDeclarationStructure[] = [];
  const paramAliases: StatementStructures[] = [];
  for (const op of resource.operations) {
    const sig = methodSignature(op, schemas);
    sig.uses.forEach((u) => uses.add(u));
    sig.models.forEach((m) => models.add(m));
    // The one object after the path params gets a name users can import.
    const input = sig.params.find((p) => p.name === "query" || p.name === "body" || p.name === "params");
    if (input) {
      const alias = paramTypeName(resource, op, context.taken);
      paramAliases.push({
        kind: StructureKind.TypeAlias,
        isExported: true,
        name: alias,
        type: input.type,
        docs: [{ kind: StructureKind.JSDoc, description: `What \`${[...resource.path, op.methodName].join(".")}\` takes after its path parameters.` }],
      });
      input.type = alias;
    }
    declared.push({
      kind: StructureKind.Method,
      name: op.methodName,
      docs: [operationDocs(op, sig.params, model)],
      parameters: sig.params.map((p) => ({ name: p.name, type: p.type, hasQuestionToken: p.optional })),
      returnType: sig.returnType,
    });
    implemented.push({ kind: StructureKind.Method, name: op.methodName, parameters: sig.params.map((p) => ({ name: p.name })), statements: sig.statements });
  }
  const childDocs = (child: ResourceModel): JSDocStructure[] => [{ kind: StructureKind.JSDoc, description: `\`${child.path.join(".")}\` operations.` }];
  const declaredChildren: PropertyDeclarationStructure[] = resource.children.map((child) => ({
    kind: StructureKind.Property,
    name: child.name,
    isReadonly: true,
    type: child.className,
    docs: childDocs(child),
  }));
  const implementedChildren: PropertyDeclarationStructure[] = resource.children.map((child) => ({
    kind: StructureKind.Property,
    name: child.name,
    initializer: `new ${child.className}(this._client)`,
  }));
  const declaration: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: resource.className,
    isExported: true,
    hasDeclareKeyword: true,
    extends: "APIResource",
    docs: [{ kind: StructureKind.JSDoc, description: `The \`${resource.path.join(".")}\` resource.` }],
    properties: declaredChildren,
    methods: declared,
  };
  const implementation: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: resource.className,
    isExported: true,
    extends: "APIResource",
    properties: implementedChildren,
    methods: implemented,
  };
  const childImports: ImportDeclarationStructure[] = resource.children.map((child) => ({
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: `./${resourceModulePath(child).slice("resources/".length)}.js`,
    namedImports: [child.className],
  }));
  const runtimeImport: ImportDeclarationStructure = {
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: "../core/client.js",
    namedImports: ["APIResource"],
  };
  const typeImports: ImportDeclarationStructure[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "../core/client.js",
      namedImports: ["APIResource", { name: "RequestOptions", isTypeOnly: true }],
    },
  ];
  if (uses.has("APIPromise")) typeImports.push(typeImport("../core/api-promise.js", ["APIPromise"]));
  if (uses.has("PagePromise")) typeImports.push(typeImport("../core/pagination.js", ["PagePromise"]));
  if (uses.has("Uploadable")) typeImports.push(typeImport("../core/uploads.js", ["Uploadable"]));
  if (uses.has("FileDownload")) typeImports.push(typeImport("../core/download.js", ["FileDownload"]));
  const typeNames = (["paths", "Readable", "Writable"] as const).filter((n) => uses.has(n));
  if (typeNames.length) typeImports.push(typeImport("../types.js", [...typeNames]));
  if (models.size) typeImports.push(typeImport("../models.js", [...models].sort()));
  return {
    declarations: [...typeImports, ...childImports, ...paramAliases, declaration],
    implementation: [runtimeImport, ...(uses.has("styledQuery") ? [styledQueryImport()] : []), ...childImports, implementation],
    paramTypes: paramAliases.map((a) => (a as { name: string }).name),
  };
}

function styledQueryImport(): ImportDeclarationStructure {
  return { kind: StructureKind.ImportDeclaration, moduleSpecifier: "../core/request-url.js", namedImports: ["styledQuery"] };
}

function typeImport(moduleSpecifier: string, names: string[]): ImportDeclarationStructure {
  return { kind: StructureKind.ImportDeclaration, moduleSpecifier, isTypeOnly: true, namedImports: names };
}
