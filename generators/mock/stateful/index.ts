/**
 * The stateful mock (`mock --stateful`): the project's own generated server
 * for the spec (written to a temp folder, compiled with esbuild, loaded), so
 * requests are validated exactly as the real server will validate them, with
 * handlers over an in-memory store seeded from the spec's examples (plan.ts
 * says which operation does what; handlers.ts answers). Error bodies the
 * generated runtime writes in its own format are rewritten into the spec's
 * error format; `Prefer: code=`/`example=`/`delay=` work as on the Prism mock.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { Model, OperationModel } from "../../model/model.js";
import { buildServerModel } from "../../model/server-model.js";
import { generateServer } from "../../server/generate-server.js";
import { ErrorResponses, STATUS_CODES, withRequestId } from "../error-body.js";
import { parsePrefer } from "../prefer.js";
import { createRng } from "../rng.js";
import { RouteTable } from "../routes.js";
import { SpecSchemas } from "../schemas.js";
import type { FakeContext } from "../fake.js";
import { createHandler, exampleResult, valid, type HandlerContext, type MockResult } from "./handlers.js";
import { planOperations, type Plan } from "./plan.js";
import { Store } from "./store.js";
import { seedStore } from "./seed.js";

const require = createRequire(import.meta.url);

export interface StatefulOptions {
  model: Model;
  port: number;
  host: string;
  seed: number;
  delay?: number;
  dataFile?: string;
  onLine?: (line: string) => void;
}

export interface StatefulMock {
  url: string;
  /** What the banner should say: the collections, and the operations that answer their example. */
  notes: string[];
  plan: Plan;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

type Handler = (request: Record<string, unknown>) => MockResult;

export async function startStatefulMock(options: StatefulOptions): Promise<StatefulMock> {
  const { model } = options;
  const schemas = new SpecSchemas(model.refs);
  const errors = new ErrorResponses(schemas, model.operations);
  const plan = planOperations(model.operations, schemas);
  const store = new Store(options.dataFile);
  const fake: FakeContext = { schemas, rng: createRng(options.seed) };
  if (!store.load()) {
    seedStore(plan, store, schemas);
    store.save();
  }
  const ctx: HandlerContext = { schemas, errors, store, fake, changed: () => store.save() };
  const routes = new RouteTable(model.operations);
  const serverModel = buildServerModel(model);
  const answered = new WeakSet<object>();
  const handlers: Record<string, Handler> = {};
  serverModel.operations.forEach((serverOp, i) => {
    const handler = createHandler(plan.operations[i], plan.collections, ctx);
    handlers[serverOp.handlerName] = (request) => {
      answered.add(request.request as object);
      return handler({
        params: (request.params ?? {}) as Record<string, unknown>,
        query: (request.query ?? {}) as Record<string, unknown>,
        body: request.body,
        requestId: String(request.requestId),
      });
    };
  });

  const dir = mkdtempSync(path.join(os.tmpdir(), "vantage-stateful-mock-"));
  let app: FastifyInstance | undefined;
  try {
    const plugin = await compileServer(model, dir, serverModel.pluginName);
    const { default: Fastify } = await import("fastify");
    app = Fastify({ logger: false });
    const exposesOptions = model.operations.some((o) => o.method === "options");
    installHooks(app, { routes, schemas, errors, fake, answered, delay: options.delay });
    if (!exposesOptions) app.options("*", (_request, reply) => reply.code(204).send());
    await app.register(plugin, {
      handlers,
      // Any credential is accepted (a missing one is still a 401, as on the real API).
      authenticate: async () => ({ mock: true }),
      rateLimit: { max: 1_000_000, windowMs: 60_000 },
    });
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const running = app;
  let resolveExit: (code: number | null) => void = () => {};
  const exited = new Promise<number | null>((resolve) => (resolveExit = resolve));
  return {
    url: `http://${options.host}:${options.port}`,
    notes: notesOf(plan),
    plan,
    exited,
    stop: async () => {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
      resolveExit(0);
    },
  };
}

function notesOf(plan: Plan): string[] {
  const lines: string[] = [];
  const collections = [...plan.collections.values()].filter((c) => plan.operations.some((o) => o.collection === c.path && o.action !== "example"));
  if (collections.length) lines.push(`Stateful collections: ${collections.map((c) => `${c.path} (id: ${c.idField})`).join(", ")}`);
  const unmapped = plan.operations.filter((o) => o.action === "example");
  if (unmapped.length) {
    lines.push(`Not mapped to the store, answering the spec's example (${unmapped.length}):`);
    for (const o of unmapped)
      lines.push(`  ${o.operation.method.toUpperCase()} ${o.operation.path}${o.operation.operationId ? ` (${o.operation.operationId})` : ""}: ${o.reason}`);
  }
  return lines;
}

/** The generated server for this spec, compiled next to a link to our node_modules, loaded. */
async function compileServer(model: Model, dir: string, pluginName: string): Promise<FastifyPluginAsync<Record<string, unknown>>> {
  const { transform } = await import("esbuild");
  const files = generateServer(model);
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  for (const [name, source] of files) {
    if (!name.endsWith(".ts")) continue;
    const out = path.join(dir, name.replace(/\.ts$/, ".js"));
    mkdirSync(path.dirname(out), { recursive: true });
    const { code } = await transform(source, { loader: "ts", format: "esm", target: "node20" });
    writeFileSync(out, code);
  }
  const fastifyEntry = require.resolve("fastify");
  const modules = fastifyEntry.slice(0, fastifyEntry.lastIndexOf(`${path.sep}node_modules${path.sep}`) + `${path.sep}node_modules`.length);
  symlinkSync(modules, path.join(dir, "node_modules"), "dir");
  const loaded = (await import(pathToFileURL(path.join(dir, "server", "index.js")).href)) as Record<string, unknown>;
  const plugin = loaded[pluginName];
  if (typeof plugin !== "function") throw new Error(`the generated server has no ${pluginName}`);
  return plugin as FastifyPluginAsync<Record<string, unknown>>;
}

interface HookContext {
  routes: RouteTable;
  schemas: SpecSchemas;
  errors: ErrorResponses;
  fake: FakeContext;
  answered: WeakSet<object>;
  delay?: number;
}

function installHooks(app: FastifyInstance, hooks: HookContext): void {
  const { routes, schemas, errors, fake, answered } = hooks;
  const opOf = (request: FastifyRequest) => routes.match(request.method, request.url.split("?")[0])?.operation ?? null;

  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header("access-control-allow-origin", "*").header("access-control-expose-headers", "*");
    if (request.method === "OPTIONS") {
      reply
        .header("access-control-allow-methods", "GET,POST,PUT,PATCH,DELETE,HEAD,OPTIONS")
        .header("access-control-allow-headers", String(request.headers["access-control-request-headers"] ?? "*"));
    }
    const prefer = parsePrefer(request.headers.prefer);
    const delay = prefer.delay ?? hooks.delay ?? 0;
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    const op = opOf(request);
    if (!op || (prefer.code === undefined && prefer.example === undefined)) return;
    // Prefer: code=/example= pick a declared response, as on the Prism mock (before validation, as Prism does).
    const status = prefer.code ?? schemas.success(op)?.status ?? 200;
    const declared = schemas.declared(op, status);
    if (!declared) return;
    answered.add(request);
    const requestId = String(reply.getHeader("x-request-id") ?? request.headers["x-request-id"] ?? "req_mock");
    const named = prefer.example !== undefined ? namedExample(schemas, op, declared.key, prefer.example) : undefined;
    if (status >= 400 && named === undefined) {
      const example = declared.example;
      const built =
        declared.schema && example !== undefined && declared.key === String(status) && schemas.validator(declared.schema)(example)
          ? { status, contentType: declared.mediaType ?? "application/json", body: withRequestId(example, requestId, schemas.validator(declared.schema)) }
          : errors.build(
              op,
              { status, code: STATUS_CODES[status] ?? "error", message: `Answered ${status} as asked (Prefer: code=${status})`, requestId },
              fake,
            );
      if (built) return reply.code(status).type(built.contentType).send(JSON.stringify(built.body));
    }
    const result: MockResult =
      named !== undefined && declared.schema
        ? { status, body: valid(declared.schema, named, { schemas, errors, fake } as HandlerContext, named), contentType: declared.mediaType ?? undefined }
        : status === (schemas.success(op)?.status ?? 200)
          ? exampleResult({ operation: op, action: "example" }, { schemas, errors, fake } as HandlerContext)
          : { status, body: declared.schema ? valid(declared.schema, declared.example ?? {}, { schemas, errors, fake } as HandlerContext) : undefined };
    reply.code(result.status);
    if (result.body === undefined) return reply.send();
    return reply
      .type(result.contentType ?? declared.mediaType ?? "application/json")
      .send(Buffer.isBuffer(result.body) ? result.body : JSON.stringify(result.body));
  });

  // The generated runtime answers its own errors (validation, 401, 404 route) in its format: rewrite them into the spec's.
  app.addHook("onSend", async (request, reply, payload) => {
    if (reply.statusCode < 400 || answered.has(request) || typeof payload !== "string") return payload;
    let body: { error?: unknown; message?: unknown; details?: { field?: unknown; code?: unknown }; request_id?: unknown };
    try {
      body = JSON.parse(payload) as typeof body;
    } catch {
      return payload;
    }
    if (typeof body?.error !== "string" || typeof body.message !== "string") return payload;
    const op = opOf(request);
    const status = reply.statusCode === 400 ? errors.validationStatus(op) : reply.statusCode;
    const built = errors.build(
      op,
      {
        status,
        code: body.error,
        message: body.message,
        field: typeof body.details?.field === "string" ? body.details.field : undefined,
        rule: typeof body.details?.code === "string" ? body.details.code : undefined,
        requestId: String(body.request_id ?? ""),
      },
      fake,
    );
    if (!built) return payload;
    reply.code(built.status).type(built.contentType);
    return JSON.stringify(built.body);
  });
}

function namedExample(schemas: SpecSchemas, op: OperationModel, key: string, name: string): unknown {
  const response = schemas.responsesOf(op)[key];
  for (const media of response?.media ?? []) {
    const example = media.examples[name];
    if (example && "value" in example) return example.value;
  }
  return undefined;
}
