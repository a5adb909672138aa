/**
 * generate-types: openapi-typescript (in-process, on the bundled document) →
 * types/index.ts with `paths`, `components`, `operations`, plus the runtime
 * enum value lists the SDK's models re-export (from the model).
 */
import type { GlobalContext, OpenAPITSOptions } from "openapi-typescript";
import { openapiTypescript } from "../emit/cjs.js";

const { astToString, resolveRef, scanDiscriminators, transformSchema } = openapiTypescript();
import type { Model } from "../model/model.js";
import { headerComment } from "../emit/header.js";
import { propertyKey } from "../model/identifiers.js";
import { resolveDeepRefs } from "./deep-refs.js";

/** The options we run openapi-typescript with (also what `openapiTS(document, TYPES_OPTIONS)` would take). */
export const TYPES_OPTIONS = {
  silent: true,
  // $Read/$Write markers + Readable/Writable: readOnly props leave requests, writeOnly props leave responses.
  readWriteMarkers: true,
  // A property with a `default` stays optional: callers may leave it out of
  // requests (openapi-typescript would otherwise make it required everywhere).
  defaultNonNullable: false,
} satisfies OpenAPITSOptions;

export async function generateTypes(model: Model): Promise<Map<string, string>> {
  const body = typeDeclarations(model);
  return new Map([["types/index.ts", `${headerComment(model.specFileName)}\n${body}${enumValuesBlock(model)}`]]);
}

// The SDK and server packages ship their own copy of these declarations: one transform per model serves all three.
const declarationsByModel = new WeakMap<Model, string>();

/** openapi-typescript's `paths`/`components`/`operations` for the model (types only, no runtime values). */
export function typeDeclarations(model: Model): string {
  let text = declarationsByModel.get(model);
  if (text === undefined) {
    text = astToString(transformDocument(model.bundled));
    declarationsByModel.set(model, text);
  }
  return text;
}

/**
 * openapi-typescript's transform on the already bundled and validated
 * document. `openapiTS()` would lint and bundle it a second time first
 * (measured: +0.3 s on Clerk, +0.9 s on DigitalOcean, the bulk of our
 * overhead against its CLI), so we call its exported `transformSchema` with
 * the context `openapiTS()` builds for TYPES_OPTIONS (openapi-typescript
 * 7.13). test/types.test.ts checks the output is byte-identical to
 * `openapiTS(document, TYPES_OPTIONS)` for documents without deep refs, so
 * an upgrade that changes the context is caught.
 */
export function transformDocument(document: Record<string, unknown>) {
  // Refs into a schema, a response or a parameter get a type of their own first (deep-refs.ts).
  const resolved = resolveDeepRefs(document);
  const schema = (resolved === document ? structuredClone(document) : resolved) as never;
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: TYPES_OPTIONS.defaultNonNullable,
    discriminators: scanDiscriminators(schema, TYPES_OPTIONS),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined as never,
    silent: TYPES_OPTIONS.silent,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: TYPES_OPTIONS.readWriteMarkers,
    resolve<T>($ref: string) {
      return resolveRef<T>(schema, $ref, { silent: true });
    },
  };
  return transformSchema(schema, ctx);
}

/** `export const schemaEnums = { JobStatus: ["pending", …] } as const;` for every enum schema. */
function enumValuesBlock(model: Model): string {
  const enums = model.schemas.filter((s) => s.enumValues);
  const lines = enums.map((s) => `    ${propertyKey(s.name)}: ${JSON.stringify(s.enumValues)},`);
  return ["", "/** The values of every enum schema, for runtime checks and pickers. */", "export const schemaEnums = {", ...lines, "} as const;", ""].join(
    "\n",
  );
}
