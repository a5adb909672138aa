/**
 * client: the SDK (client/) from the model. Every file is described as
 * ts-morph structures and printed once with `printStructure` (ts-morph is
 * slow when edited node by node); the resources as .d.ts + .js (see
 * client-resources.ts); the runtime under client/core is copied, compiled,
 * from templates/client/core.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { StatementStructures } from "ts-morph";
import { tsMorph } from "./cjs.js";

const { printStructure, StructureKind } = tsMorph();
import type { Model, ResourceModel } from "./model.js";
import { headerComment } from "./header.js";
import { generatedPackageJson } from "./package-json.js";
import { resourceFiles, resourceModulePath } from "./client-resources.js";
import { modelStatements } from "./client-models.js";
import { jsdocText, str } from "./names.js";

/** Names the entry file exports itself; `export * from "./models.js"` yields to them. */
const ERROR_EXPORTS = [
  "SDKError", "APIError", "ValidationError", "AuthenticationError", "PermissionDeniedError", "NotFoundError",
  "ConflictError", "RateLimitError", "InternalServerError", "APIConnectionError", "APITimeoutError", "APIUserAbortError",
];

export function generateClient(model: Model): Map<string, string> {
  const header = headerComment(model.specFileName);
  const files = new Map<string, string>();
  const print = (name: string, statements: (string | StatementStructures)[]) => {
    // printStructure prints straight from the structures: no parse, no AST (a Project's
    // createSourceFile parses every file it prints, ~3x slower on Clerk's 50 files).
    const text = printStructure({ kind: StructureKind.SourceFile, statements }, { indentNumberOfSpaces: 2 });
    files.set(`client/${name}`, `${header}\n${text}`);
  };
  const schemas = new Map(model.schemas.map((s) => [s.name, s]));
  const walk = (resource: ResourceModel) => {
    const { declarations, implementation } = resourceFiles(resource, schemas);
    print(`${resourceModulePath(resource)}.d.ts`, declarations);
    print(`${resourceModulePath(resource)}.js`, implementation);
    resource.children.forEach(walk);
  };
  model.resources.forEach(walk);
  print("models.ts", modelStatements(model));
  print("index.ts", indexStatements(model));
  files.set("client/package.json", generatedPackageJson(model, header, "client"));
  for (const [name, text] of coreFiles()) files.set(`client/core/${name}`, `${header}\n${text}`);
  return files;
}

function indexStatements(model: Model): (string | StatementStructures)[] {
  const name = model.clientName;
  const resourceImports: StatementStructures[] = model.resources.map((r) => ({
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: `./${resourceModulePath(r)}.js`,
    namedImports: [r.className],
  }));
  const auth = model.auth.type === "apiKey" ? `{ type: "apiKey", in: ${str(model.auth.in)}, name: ${str(model.auth.name)} }` : `{ type: ${str(model.auth.type)} }`;
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
          statements: [`super(options, { name: ${str(name)}, baseUrl: ${str(model.baseUrl)}, auth: ${auth} });`],
        },
      ],
    },
    `export default ${name};`,
    `export { APIClient, APIResource, type ClientOptions, type RequestOptions, type AuthScheme } from "./core/client.js";`,
    `export { APIPromise } from "./core/api-promise.js";`,
    `export { Page, PagePromise } from "./core/pagination.js";`,
    `export { ${ERROR_EXPORTS.join(", ")} } from "./core/errors.js";`,
    `export { type Uploadable } from "./core/uploads.js";`,
    `export type { paths, components, operations, Readable, Writable } from "../types/index.js";`,
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
