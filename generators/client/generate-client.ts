/**
 * generate-client: the SDK (client/) from the model, as a complete npm package. Every
 * file is described as ts-morph structures and printed once with
 * `printStructure` (ts-morph is slow when edited node by node); the
 * resources as .d.ts + .js (see resources.ts), index and models
 * printed as TypeScript and transpiled to .js + .d.ts; the runtime under
 * client/core is copied, compiled, from templates/client/core; the package
 * files (its own copy of the types, the CommonJS build, package.json,
 * README) come from package.ts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { StatementStructures } from "ts-morph";
import { tsMorph } from "../emit/cjs.js";

const { printStructure, StructureKind } = tsMorph();
import type { Model, ResourceModel } from "../model/model.js";
import { headerComment } from "../emit/header.js";
import { packageName } from "../emit/package-json.js";
import { resourceFiles, resourceModulePath } from "./resources.js";
import { modelStatements } from "./models.js";
import { envPrefix, packageFiles } from "./package.js";
import { declarationsOf, javascriptOf } from "../emit/transpile.js";
import { typeDeclarations } from "../types/generate-types.js";
import { ERROR_EXPORTS, RESERVED_EXPORTS } from "../model/reserved-names.js";
import { jsdocText, str } from "../model/identifiers.js";

export function generateClient(model: Model): Map<string, string> {
  const header = headerComment(model.specFileName);
  const files = new Map<string, string>();
  const printed = (statements: (string | StatementStructures)[]) =>
    // printStructure prints straight from the structures: no parse, no AST (a Project's
    // createSourceFile parses every file it prints, ~3x slower on Clerk's 50 files).
    printStructure({ kind: StructureKind.SourceFile, statements }, { indentNumberOfSpaces: 2 });
  const print = (name: string, statements: (string | StatementStructures)[]) => files.set(`client/${name}`, `${header}\n${printed(statements)}`);
  // A TypeScript module shipped as .js + .d.ts, emitted from its annotations alone.
  const compile = (name: string, statements: (string | StatementStructures)[]) => {
    const source = printed(statements);
    files.set(`client/${name}.js`, `${header}\n${javascriptOf(`${name}.ts`, source)}`);
    files.set(`client/${name}.d.ts`, `${header}\n${declarationsOf(`${name}.ts`, source)}`);
  };
  const schemas = new Map(model.schemas.map((s) => [s.name, s]));
  const taken = new Set<string>([
    model.clientName,
    ...RESERVED_EXPORTS,
    ...model.schemas.flatMap((s) => [s.typeName, s.requestTypeName ?? "", s.responseTypeName ?? ""]),
    ...collectClassNames(model.resources),
  ]);
  const paramTypes: { module: string; names: string[] }[] = [];
  const walk = (resource: ResourceModel) => {
    const { declarations, implementation, paramTypes: names } = resourceFiles(resource, { model, schemas, taken });
    print(`${resourceModulePath(resource)}.d.ts`, declarations);
    print(`${resourceModulePath(resource)}.js`, implementation);
    if (names.length) paramTypes.push({ module: `./${resourceModulePath(resource)}.js`, names });
    resource.children.forEach(walk);
  };
  model.resources.forEach(walk);
  compile("models", modelStatements(model));
  compile("index", indexStatements(model, paramTypes));
  // Node's entry (the package's `node` export condition): Node's faster transport first, then the SDK.
  compile("index.node", [`import "./core/node.js";`, `export * from "./index.js";`, `export { default } from "./index.js";`]);
  // The package's own copy of the types (nothing outside the folder is imported).
  files.set("client/types.d.ts", `${header}\n${typeDeclarations(model)}`);
  for (const [name, text] of coreFiles()) files.set(`client/core/${name}`, `${header}\n${text}`);
  for (const [name, text] of packageFiles(model, header, files)) files.set(name, text);
  return files;
}

function collectClassNames(resources: ResourceModel[]): string[] {
  return resources.flatMap((r) => [r.className, ...collectClassNames(r.children)]);
}

/**
 * Types APIError's `code` and `details` from the spec's error body: the
 * component schema named Error (or ErrorResponse, Problem, …) with an
 * `error` or `code` property. A module augmentation of the runtime's
 * ErrorShape, so every error class picks it up.
 */
function errorShape(model: Model): string[] {
  if (!model.errorSchema) return [];
  const { name, codeField, hasDetails } = model.errorSchema;
  const ref = `ErrorSchemas["schemas"][${str(name)}]`;
  const fields = [`code: NonNullable<${ref}[${str(codeField)}]>;`];
  if (hasDetails) fields.push(`details: NonNullable<${ref}["details"]>;`);
  return [
    `import type { components as ErrorSchemas } from "./types.js";`,
    `declare module "./core/errors.js" {\n  /** The spec's \`${jsdocText(name)}\` schema types every APIError's code and details. */\n  interface ErrorShape {\n    ${fields.join("\n    ")}\n  }\n}`,
  ];
}

function indexStatements(model: Model, paramTypes: { module: string; names: string[] }[]): (string | StatementStructures)[] {
  const name = model.clientName;
  const resourceImports: StatementStructures[] = model.resources.map((r) => ({
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: `./${resourceModulePath(r)}.js`,
    namedImports: [r.className],
  }));
  const auth =
    model.auth.type === "apiKey" ? `{ type: "apiKey", in: ${str(model.auth.in)}, name: ${str(model.auth.name)} }` : `{ type: ${str(model.auth.type)} }`;
  const title = model.title ? jsdocText(model.title) : name;
  return [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./core/client.js", namedImports: ["APIClient", { name: "ClientOptions", isTypeOnly: true }] },
    ...resourceImports,
    {
      kind: StructureKind.Class,
      name,
      isExported: true,
      extends: "APIClient",
      docs: [{ kind: StructureKind.JSDoc, description: `${title} client.\n\n@example\nconst client = new ${name}({ apiKey: "…" });` }],
      properties: model.resources.map((r) => ({
        kind: StructureKind.Property,
        name: r.name,
        isReadonly: true,
        type: r.className,
        initializer: `new ${r.className}(this)`,
        docs: [{ kind: StructureKind.JSDoc, description: `\`${r.name}\` operations.` }],
      })),
      ctors: [
        {
          kind: StructureKind.Constructor,
          parameters: [{ name: "options", type: "ClientOptions", hasQuestionToken: true }],
          statements: [
            `super(options, { name: ${str(name)}, baseUrl: ${str(model.baseUrl)}, auth: ${auth}, env: ${str(envPrefix(model))}, sdk: ${str(`${packageName(model)}/${model.version}`)} });`,
          ],
        },
      ],
    },
    `export default ${name};`,
    `export { APIClient, APIResource, type ClientOptions, type RequestOptions, type AuthScheme, type Logger } from "./core/client.js";`,
    `export { APIPromise, type APIResponse, type APIResponseWithMeta, type RateLimitInfo } from "./core/api-promise.js";`,
    `export { Page, PagePromise } from "./core/pagination.js";`,
    `export { ${ERROR_EXPORTS.join(", ")} } from "./core/errors.js";`,
    `export { toFile, type Uploadable } from "./core/uploads.js";`,
    `export { FileDownload } from "./core/download.js";`,
    `export { InvalidRequestError } from "./core/request-url.js";`,
    ...errorShape(model),
    `export type { paths, components, operations, Readable, Writable } from "./types.js";`,
    ...paramTypes.map((p) => `export type { ${p.names.join(", ")} } from ${str(p.module)};`),
    `export * from "./models.js";`,
  ];
}

/**
 * The SDK runtime as shipped: templates/client/core compiled to .js + .d.ts
 * by `npm run build` (tsconfig.core.json), found from this module
 * (dist/generators or generators/).
 */
export function compiledCoreDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, "dist", "client-core");
    if (existsSync(candidate)) return candidate;
    if (path.basename(dir) === "dist" && existsSync(path.join(dir, "client-core"))) return path.join(dir, "client-core");
    dir = path.dirname(dir);
  }
  throw new Error("dist/client-core not found: run `npm run build` to compile the SDK runtime");
}

function coreFiles(): [string, string][] {
  const dir = compiledCoreDir();
  return readdirSync(dir)
    .filter((f) => f.endsWith(".js") || f.endsWith(".d.ts"))
    .sort()
    .map((f) => [f, readFileSync(path.join(dir, f), "utf8")]);
}
