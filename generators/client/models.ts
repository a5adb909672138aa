/**
 * models: models.ts, one named type per component schema, so users
 * write `Job` instead of `components["schemas"]["Job"]`:
 * - response shape `Name = Readable<…>` (writeOnly fields gone);
 * - request shape `Writable<…>` (readOnly fields gone), named as the model
 *   decided (`requestTypeName`: `Name` when only sent, `NameInput` when
 *   sent and received with shapes that differ);
 * - enum schemas: a const with `values` (the readonly tuple) and a same-named
 *   union type.
 */
import type { StatementStructures, JSDocStructure } from "ts-morph";
import { tsMorph } from "../emit/cjs.js";

const { StructureKind, VariableDeclarationKind } = tsMorph();
import type { Model, SchemaModel } from "../model/model.js";
import { jsdocText, str } from "../model/identifiers.js";

function docs(schema: SchemaModel, extra?: string): JSDocStructure[] {
  const lines = [schema.description ? jsdocText(schema.description) : `The \`${jsdocText(schema.name)}\` schema.`];
  if (extra) lines.push(extra);
  return [
    { kind: StructureKind.JSDoc, description: lines.join("\n\n"), tags: schema.deprecated ? [{ kind: StructureKind.JSDocTag, tagName: "deprecated" }] : [] },
  ];
}

export function modelStatements(model: Model): (string | StatementStructures)[] {
  const out: (string | StatementStructures)[] = [];
  let usesReadable = false;
  let usesWritable = false;
  for (const s of model.schemas) {
    const ref = `components["schemas"][${str(s.name)}]`;
    if (s.enumValues) {
      out.push({
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: docs(s, "`values` lists every allowed value, in spec order."),
        // The values inline (not from the types' schemaEnums): the declarations are emitted from this file alone.
        declarations: [{ name: s.typeName, initializer: `{ values: ${JSON.stringify(s.enumValues)} } as const` }],
      });
      out.push({ kind: StructureKind.TypeAlias, isExported: true, name: s.typeName, type: ref, docs: docs(s) });
      continue;
    }
    // Readable/Writable only strip $Read/$Write markers: on a schema with neither anywhere
    // inside (the marks follow $refs) they change nothing but cost the user's type-check
    // a deep mapped type per schema, so the plain schema type is used.
    const marked = s.hasReadOnly || s.hasWriteOnly;
    if (s.responseTypeName) {
      usesReadable ||= marked;
      out.push({ kind: StructureKind.TypeAlias, isExported: true, name: s.responseTypeName, type: marked ? `Readable<${ref}>` : ref, docs: docs(s) });
    }
    if (s.requestTypeName && s.requestTypeName !== s.responseTypeName) {
      usesWritable ||= marked;
      const note = s.responseTypeName ? "Request shape: readOnly fields left out." : undefined;
      out.push({ kind: StructureKind.TypeAlias, isExported: true, name: s.requestTypeName, type: marked ? `Writable<${ref}>` : ref, docs: docs(s, note) });
    }
  }
  const typeNames = ["components", ...(usesReadable ? ["Readable"] : []), ...(usesWritable ? ["Writable"] : [])];
  const imports: (string | StatementStructures)[] = [];
  if (model.schemas.length) imports.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: "./types.js", isTypeOnly: true, namedImports: typeNames });
  if (!out.length) out.push("export {};");
  return [...imports, ...out];
}
