/**
 * Builds every route's ajv validators in a worker thread and loads the
 * generated code (ajv's "standalone" output) here. Why not `ajv.compile()` in
 * this thread: a process that has run ajv's compiler once serves every
 * request ~20 % slower afterwards, even requests that validate nothing (a
 * V8-level effect measured against bare Fastify; see guides/performance.md).
 * Loading the same validators as plain code has no such effect. The
 * validators are the same ajv code either way, built once at start-up.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { ajvOptions, type Dialect } from "./validation.js";

/** One schema to validate: `coerce` for text that arrives as strings (path, query, headers, form fields). */
export interface ValidatorSpec {
  key: string;
  schema: object;
  coerce: boolean;
}

export type ValidateFunction = ((data: unknown) => boolean) & { errors?: unknown[] | null };

const require = createRequire(import.meta.url);

// Runs in the worker: CommonJS, with module paths resolved by the parent (its cwd may be anywhere).
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { paths, dialect, shared, specs, options } = workerData;
const interop = (m) => (m && m.default) || m;
const Ajv = interop(require(dialect === "2020-12" ? paths.ajv2020 : paths.ajv));
const addFormats = interop(require(paths.ajvFormats));
const standaloneCode = interop(require(paths.standalone));
const { _ } = require(paths.ajv);
const sources = {};
for (const coerce of [false, true]) {
  const ajv = new Ajv({ ...options[coerce ? "coercing" : "exact"], code: { source: true, formats: _\`require("ajv-formats/dist/formats").fullFormats\` } });
  addFormats(ajv);
  ajv.addSchema(shared);
  const refs = {};
  // standaloneCode exports schemas by id: each one is added under its export name.
  specs.forEach((spec, index) => {
    if (spec.coerce !== coerce) return;
    try {
      ajv.addSchema(spec.schema, "v" + index);
      ajv.getSchema("v" + index);
    } catch (error) {
      throw new Error(spec.key + ": " + error.message);
    }
    refs["v" + index] = "v" + index;
  });
  sources[coerce ? "coercing" : "exact"] = Object.keys(refs).length ? standaloneCode(ajv, refs) : "";
}
parentPort.postMessage(sources);
`;

function runWorker(dialect: Dialect, shared: object, specs: ValidatorSpec[]): Promise<Record<"exact" | "coercing", string>> {
  const paths = {
    ajv: require.resolve("ajv"),
    ajv2020: require.resolve("ajv/dist/2020.js"),
    ajvFormats: require.resolve("ajv-formats"),
    standalone: require.resolve("ajv/dist/standalone/index.js"),
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { paths, dialect, shared, specs, options: { exact: ajvOptions(false), coercing: ajvOptions(true) } } });
    // The worker ends by itself once it has posted the code; an error names the schema (method, url, part).
    worker.once("message", resolve);
    worker.once("error", (error) => reject(new Error(`building the request validators failed: ${error.message}`)));
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the validator worker exited with code ${code}`));
    });
  });
}

/** Evaluates one standalone module (CommonJS text) with this package's `require`. */
function loadModule(source: string): Record<string, ValidateFunction> {
  if (!source) return {};
  const module = { exports: {} as Record<string, ValidateFunction> };
  new Function("require", "module", "exports", source)(require, module, module.exports);
  return module.exports;
}

/** The validators of `specs`, in the same order. */
export async function precompileValidators(dialect: Dialect, shared: object, specs: ValidatorSpec[]): Promise<ValidateFunction[]> {
  const sources = await runWorker(dialect, shared, specs);
  const modules = { exact: loadModule(sources.exact), coercing: loadModule(sources.coercing) };
  return specs.map((spec, index) => {
    const fn = (spec.coerce ? modules.coercing : modules.exact)[`v${index}`];
    if (typeof fn !== "function") throw new Error(`no precompiled validator for ${spec.key}`);
    return fn;
  });
}
