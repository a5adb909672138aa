/**
 * generate-server: Fastify stubs (server/) from the model — a plugin with one route
 * per operation, typed handlers, and the route table with the request JSON
 * Schemas Fastify validates with. The per-spec files are rendered from
 * templates/server/*.hbs; the runtime under server/runtime is copied from
 * templates/server/runtime.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Model } from "../model/model.js";
import { buildServerModel, type ServerModel } from "../model/server-model.js";
import { headerComment } from "../emit/header.js";
import { serverPackageFiles } from "./package.js";
import { handlerTypes } from "./handler-types.js";
import { render, templatesDir, jsonLiteral } from "./render.js";

/** `warnings` collects what the generator worked around (response schemas sent without a serializer). */
export function generateServer(model: Model, serverModel: ServerModel = buildServerModel(model), warnings?: string[]): Map<string, string> {
  warnings?.push(...serverModel.warnings);
  const header = headerComment(model.specFileName);
  const context = templateContext(model, serverModel);
  const files = new Map<string, string>();
  files.set("server/index.ts", `${header}${render("index.ts.hbs", context)}`);
  files.set("server/handlers.ts", `${header}${render("handlers.ts.hbs", context)}`);
  files.set("server/routes.ts", `${header}${render("routes.ts.hbs", context)}`);
  const runtime = path.join(templatesDir(), "runtime");
  for (const name of readdirSync(runtime)
    .filter((n) => n.endsWith(".ts"))
    .sort()) {
    files.set(`server/runtime/${name}`, `${header}\n${readFileSync(path.join(runtime, name), "utf8")}`);
  }
  // Packaging (compiled .js + .d.ts, own types, package.json) lives in package.ts.
  return serverPackageFiles(model, header, files, { multipart: serverModel.hasMultipart });
}

/** Helper types from runtime/types.ts, imported only when some operation's types use them (noUnusedLocals). */
const RUNTIME_TYPES = [
  "BinaryBody",
  "HandlerContext",
  "IncomingHeaders",
  "LowercaseKeys",
  "ResponseHeaders",
  "UploadedFile",
  "Status1XX",
  "Status2XX",
  "Status3XX",
  "Status4XX",
  "Status5XX",
];

function templateContext(model: Model, all: ServerModel) {
  // A shadowed operation (same route as an earlier one) would never be reached: no route, no handler.
  const server = { ...all, operations: all.operations.filter((op) => !op.shadowed) };
  const types = server.operations.map((op) => handlerTypes(op));
  const used = [...types.flatMap((t) => [t.params, t.query, t.headers, t.body, t.files, ...t.resultMembers]), ...(types.length ? ["HandlerContext"] : [])].join(
    " ",
  );
  return {
    usesSpecTypes: types.length > 0,
    runtimeTypes: RUNTIME_TYPES.filter((name) => new RegExp(`\\b${name}\\b`).test(used)),
    title: model.title || model.clientName,
    pluginName: server.pluginName,
    handlersType: server.handlersType,
    optionsType: server.optionsType,
    hasMultipart: server.hasMultipart,
    dialect: server.dialect,
    securitySchemes: server.securitySchemes,
    sharedSchema: server.sharedSchema,
    responseSchema: server.responseSchema,
    errorCodes: server.errorCodes,
    operations: server.operations.map((op, i) => ({
      ...op,
      summary: op.summary ?? null,
      description: op.description ?? null,
      hasDoc: !!(op.summary || op.description),
      types: types[i],
      // The route table entry, as one literal: what the runtime needs, nothing for types.
      route: jsonLiteral(
        {
          handlerName: op.handlerName,
          method: op.method,
          url: op.url,
          path: op.path,
          renamedParams: op.renamedParams,
          ...(op.segments.length ? { segments: op.segments } : {}),
          ...(op.dispatch ? { dispatch: op.dispatch } : {}),
          commaQuery: op.commaQuery,
          ...(op.objectQuery ? { objectQuery: op.objectQuery } : {}),
          ...(op.shapedHeaders ? { shapedHeaders: op.shapedHeaders } : {}),
          schema: op.schema,
          body: op.body,
          security: op.security,
          anonymous: op.anonymous,
          responses: Object.fromEntries(op.responses.map((r) => [r.key, r.media.map(({ unserializable: _, ...media }) => media)])),
        },
        2,
      ).replace(/\n/g, "\n  "),
    })),
  };
}
