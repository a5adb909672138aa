/**
 * Builds every route's ajv validators and response serializers in a worker
 * thread and loads the generated code (ajv's and fast-json-stringify's
 * "standalone" output) here. Why not compile in this thread: a process that
 * has run ajv's compiler once serves every request ~20 % slower afterwards,
 * even requests that validate nothing (a V8-level effect measured against
 * bare Fastify; see guides/performance.md), and fast-json-stringify runs ajv
 * for every anyOf/oneOf/if it serializes. Loading the same code as plain
 * modules has no such effect. Built once at start-up.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { FORMATS_MODULE_ID, formatsModule } from "./formats.js";
import { ajvOptions, type Dialect, type ValidateFunction } from "./validation.js";

/** One schema to validate: `coerce` for text that arrives as strings (path, query, headers, form fields). */
export interface ValidatorSpec {
  key: string;
  schema: object;
  coerce: boolean;
}

/** One response body schema to serialize; its $refs point into the `external` document given beside. */
export interface SerializerSpec {
  key: string;
  schema: object;
}

export type { ValidateFunction };
export type SerializeFunction = (data: unknown) => string;

/** A serializer, or why fast-json-stringify could not build one (the caller falls back and says so). */
export type BuiltSerializer = SerializeFunction | { error: string };

const require = createRequire(import.meta.url);

/** fast-json-stringify: a dependency of Fastify's own serializer compiler, found through Fastify when not installed beside us. */
function fastJsonStringifyDir(): string {
  const chains = [["fast-json-stringify"], ["fastify", "@fastify/fast-json-stringify-compiler", "fast-json-stringify"]];
  for (const chain of chains) {
    try {
      let from = require;
      for (const step of chain.slice(0, -1)) from = createRequire(from.resolve(step));
      return path.dirname(from.resolve(`${chain[chain.length - 1]}/package.json`));
    } catch {
      // try the next way in
    }
  }
  throw new Error("fast-json-stringify not found: install it beside fastify");
}

// Runs in the worker: CommonJS, with module paths resolved by the parent (its cwd may be anywhere).
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { paths, dialect, shared, specs, options, serializers } = workerData;
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

// Response serializers: one fast-json-stringify module per distinct schema, its anyOf/oneOf
// validators inlined (ajv's standalone code), the shared document cut down to what it references.
const fjs = serializers.specs.length ? require(paths.fjs) : null;
const external = serializers.external;
const atPointer = (doc, pointer) => {
  let node = doc;
  for (const raw of pointer.slice(2).split("/")) {
    if (!node || typeof node !== "object") return undefined;
    node = node[decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node;
};
// Folders made on the way to a deeper pointer: a shallower target set later replaces them.
const placeholders = new WeakSet();
const setAtPointer = (doc, pointer, value) => {
  const parts = pointer.slice(2).split("/").map((raw) => decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~"));
  let node = doc;
  for (const part of parts.slice(0, -1)) {
    if (!node[part] || typeof node[part] !== "object") placeholders.add((node[part] = {}));
    node = node[part];
  }
  const last = parts[parts.length - 1];
  if (!(last in node) || placeholders.has(node[last])) node[last] = value;
};
const closure = (schema) => {
  const id = external.$id;
  const out = { $id: id };
  const seen = new Set();
  const stack = [schema];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== "object") continue;
    if (typeof node.$ref === "string" && node.$ref.startsWith(id + "#/") && !seen.has(node.$ref)) {
      seen.add(node.$ref);
      const target = atPointer(external, node.$ref.slice(id.length));
      if (target !== undefined) {
        setAtPointer(out, node.$ref.slice(id.length), target);
        stack.push(target);
      }
    }
    for (const key of Object.keys(node)) if (node[key] && typeof node[key] === "object") stack.push(node[key]);
  }
  return out;
};
const built = new Map();
sources.serializers = serializers.specs.map((spec) => {
  const text = JSON.stringify(spec.schema);
  if (!built.has(text)) {
    try {
      built.set(text, fjs(spec.schema, {
        mode: "standalone",
        inlineValidators: true,
        schema: { [external.$id]: closure(spec.schema) },
        ajv: { strict: false, logger: false, code: { formats: _\`require("ajv-formats/dist/formats").fullFormats\` } },
      }));
    } catch (error) {
      built.set(text, { error: String((error && error.message) || error).split("\\n")[0] });
    }
  }
  return built.get(text);
});
parentPort.postMessage(sources);
`;

interface WorkerOutput {
  exact: string;
  coercing: string;
  serializers: (string | { error: string })[];
}

function runWorker(
  dialect: Dialect,
  shared: object,
  specs: ValidatorSpec[],
  serializers: { external: object; specs: SerializerSpec[] },
): Promise<WorkerOutput> {
  const paths = {
    ajv: require.resolve("ajv"),
    ajv2020: require.resolve("ajv/dist/2020.js"),
    ajvFormats: require.resolve("ajv-formats"),
    standalone: require.resolve("ajv/dist/standalone/index.js"),
    fjs: serializers.specs.length ? fastJsonStringifyDir() : "",
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { paths, dialect, shared, specs, options: { exact: ajvOptions(false), coercing: ajvOptions(true) }, serializers },
    });
    // The worker ends by itself once it has posted the code; an error names the schema (method, url, part).
    worker.once("message", resolve);
    worker.once("error", (error) => reject(new Error(`building the request validators failed: ${error.message}`)));
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the validator worker exited with code ${code}`));
    });
  });
}

/**
 * The `require` the generated modules get: ajv-formats' formats module is
 * replaced by ours (dates JavaScript can't hold are refused), and
 * fast-json-stringify's runtime is found where Fastify keeps it.
 */
function moduleRequire(): (id: string) => unknown {
  let fjsDir: string | undefined;
  return (id: string) => {
    if (id === FORMATS_MODULE_ID || id === `${FORMATS_MODULE_ID}.js`) return formatsModule;
    if (id.startsWith("fast-json-stringify/")) return require(path.join((fjsDir ??= fastJsonStringifyDir()), id.slice("fast-json-stringify/".length)));
    return require(id);
  };
}

/** Evaluates one standalone module (CommonJS text) with the loader's `require`. */
function loadModule<T>(source: string, load: (id: string) => unknown): T {
  const module = { exports: {} as T };
  new Function("require", "module", "exports", source)(load, module, module.exports);
  return module.exports;
}

export interface Precompiled {
  /** The validators of the validator specs, in the same order. */
  validators: ValidateFunction[];
  /** The serializers of the serializer specs, in the same order. */
  serializers: BuiltSerializer[];
}

/** Validators and serializers, built in one worker run. */
export async function precompile(
  dialect: Dialect,
  shared: object,
  specs: ValidatorSpec[],
  serializers: { external: object; specs: SerializerSpec[] } = { external: {}, specs: [] },
): Promise<Precompiled> {
  if (!specs.length && !serializers.specs.length) return { validators: [], serializers: [] };
  const sources = await runWorker(dialect, shared, specs, serializers);
  const load = moduleRequire();
  const modules = {
    exact: sources.exact ? loadModule<Record<string, ValidateFunction>>(sources.exact, load) : {},
    coercing: sources.coercing ? loadModule<Record<string, ValidateFunction>>(sources.coercing, load) : {},
  };
  const validators = specs.map((spec, index) => {
    const fn = (spec.coerce ? modules.coercing : modules.exact)[`v${index}`];
    if (typeof fn !== "function") throw new Error(`no precompiled validator for ${spec.key}`);
    return fn;
  });
  // Identical code (one schema used by several responses) is loaded once.
  const loaded = new Map<string, SerializeFunction>();
  const built = sources.serializers.map((source): BuiltSerializer => {
    if (typeof source !== "string") return source;
    let fn = loaded.get(source);
    if (!fn) loaded.set(source, (fn = loadModule<SerializeFunction>(source, load)));
    return fn;
  });
  return { validators, serializers: built };
}

/** The validators of `specs`, in the same order. */
export async function precompileValidators(dialect: Dialect, shared: object, specs: ValidatorSpec[]): Promise<ValidateFunction[]> {
  return (await precompile(dialect, shared, specs)).validators;
}
