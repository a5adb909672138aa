/**
 * diff/verify: prove the diff's verdict by compiling. The SDK (types + client)
 * is generated from BASE and from HEAD into a temp dir; a usage program
 * written against BASE's SDK (every method called with BASE's argument types,
 * every response read into BASE's result type, every request and response
 * field named, every exported model type and operation named) is type-checked
 * against HEAD's SDK. The compiler fails exactly when code that compiled
 * against BASE no longer does: the rules must then report a breaking change
 * with `sdk: "types"`, and must not report one when it passes. Anything else
 * is a bug in the rules, and is reported as one.
 *
 * Many pairs are checked by one TypeScript program (one type-check for a
 * whole fixture suite), and identical runtime files are shared, so the
 * classes of BASE's and HEAD's runtimes are one declaration.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildModel, type Model } from "../model/model.js";
import { renderParts } from "../pipeline/generate.js";
import { atPointer, type Json } from "../load/refs.js";
import type { Change } from "./types.js";

export interface VerifyInput {
  /** Names the pair in reports. */
  name: string;
  base: Record<string, unknown>;
  head: Record<string, unknown>;
  changes: Change[];
}

export interface VerifyOutcome {
  name: string;
  /** The compiler's verdict: does code written against BASE still compile against HEAD? */
  compiles: boolean;
  /** The rules' claim: no breaking change that the types see. */
  rulesSayCompiles: boolean;
  agree: boolean;
  /** Compiler errors in the usage program (first few). */
  errors: string[];
  /** Set when the SDK could not be generated for one side (the pair is then not verified). */
  skipped?: string;
}

interface Generated {
  dir: string;
  model: Model;
}

const step = async <T>(_name: string, run: () => T | Promise<T>) => run();

/** Generate types+client for a document into dir, sharing identical runtime folders through `shared`. */
async function generateSdk(document: Record<string, unknown>, dir: string, shared: string, cache: Map<string, Generated>): Promise<Generated> {
  const key = createHash("sha1").update(JSON.stringify(document)).digest("hex");
  const hit = cache.get(key);
  if (hit) return hit;
  const model = buildModel(structuredClone(document), { specFile: path.join(dir, "openapi.yaml") });
  const files = await renderParts(model, ["types", "client"], step);
  const core = [...files].filter(([f]) => f.startsWith("client/core/")).sort(([a], [b]) => (a < b ? -1 : 1));
  const coreKey = createHash("sha1").update(JSON.stringify(core)).digest("hex");
  const coreDir = path.join(shared, coreKey);
  if (!existsSync(coreDir)) {
    for (const [f, text] of core) {
      const target = path.join(coreDir, f.slice("client/core/".length));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  for (const [f, text] of files) {
    if (f.startsWith("client/core/")) continue;
    const target = path.join(dir, f);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  mkdirSync(path.join(dir, "client"), { recursive: true });
  symlinkSync(coreDir, path.join(dir, "client", "core"), "dir");
  const out = { dir, model };
  cache.set(key, out);
  return out;
}

const HELPERS = `
type Keys<T> = T extends unknown ? keyof T : never;
type Val<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
type Prim = string | number | boolean | bigint | symbol | null | undefined | Date | Blob | AbortSignal | Headers | Response | Request | FormData | URLSearchParams | ReadableStream | ArrayBuffer | ArrayBufferView | ((...args: never[]) => unknown);
type Depth = [never, 0, 1, 2, 3, 4, 5, 6, 7];
/** Keys (deep) that A has and B does not: a field set or read through BASE's type that HEAD's lacks. */
type Extra<A, B, D extends number = 4> = [D] extends [never] ? never :
  A extends Prim ? never :
  A extends readonly (infer E)[] ? Extra<E, B extends readonly (infer F)[] ? F : never, Depth[D]> :
  { [K in keyof A]-?: K extends Keys<B> ? Extra<NonNullable<A[K]>, NonNullable<Val<B, K>>, Depth[D]> : K }[keyof A];
type Same<A, B> = [Extra<A, B>] extends [never] ? true : { missing: Extra<A, B> };
declare function check<T extends true>(): void;
`;

function usageProgram(name: string, base: Generated, _head: Generated): string {
  const b = base.model;
  const lines: string[] = [
    `// Written against BASE's SDK (${name}); type-checked against HEAD's.`,
    `import type * as B from "./base/client/index.js";`,
    `import type * as H from "./head/client/index.js";`,
    HELPERS,
    `type UnB<P> = P extends B.PagePromise<infer Body, infer Item> ? { body: Body; item: Item } : P extends B.APIPromise<infer T> ? T : never;`,
    `type UnH<P> = P extends H.PagePromise<infer Body, infer Item> ? { body: Body; item: Item } : P extends H.APIPromise<infer T> ? T : never;`,
    `declare function read<P>(p: P): UnH<P>;`,
    `type BC = B.${b.clientName};`,
    `type HC = H.${b.clientName};`,
    `declare const h: HC;`,
  ];
  b.operations.forEach((op, i) => {
    const access = [...op.resource, op.methodName].map((s) => `[${JSON.stringify(s)}]`).join("");
    const call = `h${[...op.resource, op.methodName].map((s) => (/^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`)).join("")}`;
    lines.push(
      `// ${op.method.toUpperCase()} ${op.path}`,
      `export function op${i}(args: Parameters<BC${access}>) {`,
      `  const result: UnB<ReturnType<BC${access}>> = read(${call}(...args));`,
      `  check<Same<Parameters<BC${access}>, Parameters<HC${access}>>>();`,
      `  check<Same<UnB<ReturnType<BC${access}>>, UnH<ReturnType<HC${access}>>>>();`,
      `  return result;`,
      `}`,
    );
    if (op.operationId) lines.push(`export type Op${i} = H.operations[${JSON.stringify(op.operationId)}];`);
  });
  b.schemas.forEach((s, i) => {
    for (const alias of new Set([s.typeName, s.responseTypeName, s.requestTypeName].filter((x): x is string => !!x))) {
      lines.push(`export type M${i}_${alias.replace(/\W/g, "_")} = H.${alias};`);
    }
  });
  return `${lines.join("\n")}\n`;
}

/** A value with every local $ref inlined (a ref met again inside itself stays a ref): equal output ⇔ same meaning. */
function expanded(doc: Json, value: unknown, stack: string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v) => expanded(doc, v, stack));
  if (!value || typeof value !== "object") return value;
  const obj = value as Json;
  if (typeof obj.$ref === "string") {
    if (stack.includes(obj.$ref) || stack.length > 24) return { $ref: obj.$ref };
    const { $ref, ...siblings } = obj;
    return { ...(expanded(doc, atPointer(doc, obj.$ref), [...stack, obj.$ref]) as Json), ...(expanded(doc, siblings, stack) as Json) };
  }
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, expanded(doc, v, stack)]));
}

function refsIn(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out.add(v);
      else refsIn(v, out);
    }
  }
}

/**
 * Both documents cut down to what can differ: the operations whose meaning
 * (refs inlined) is not the same in BASE and HEAD, the component schemas that
 * differ or that those operations reach, and everything else that is small
 * (other components, security, info). What is cut is identical on both sides,
 * so it cannot make code written against BASE fail against HEAD; generating
 * only the rest keeps a fixture suite's verification fast.
 */
export function pruneToDifferences(base: Json, head: Json): { base: Json; head: Json } {
  const same = (a: unknown, b: unknown, da: Json, db: Json) => JSON.stringify(expanded(da, a)) === JSON.stringify(expanded(db, b));
  const keepOps = new Map<string, Set<string>>();
  for (const collection of ["paths", "webhooks"]) {
    const bp = (base[collection] ?? {}) as Json;
    const hp = (head[collection] ?? {}) as Json;
    for (const p of new Set([...Object.keys(bp), ...Object.keys(hp)])) {
      if (!same(bp[p], hp[p], base, head)) keepOps.set(`${collection}|${p}`, new Set());
    }
  }
  const schemasOf = (d: Json) => (((d.components ?? {}) as Json).schemas ?? {}) as Json;
  const bs = schemasOf(base);
  const hs = schemasOf(head);
  const differing = new Set([...new Set([...Object.keys(bs), ...Object.keys(hs)])].filter((n) => !same(bs[n], hs[n], base, head)));
  const cut = (doc: Json): Json => {
    const out: Json = { ...doc };
    for (const collection of ["paths", "webhooks"]) {
      if (!doc[collection]) continue;
      out[collection] = Object.fromEntries(Object.entries(doc[collection] as Json).filter(([p]) => keepOps.has(`${collection}|${p}`)));
    }
    const components = { ...((doc.components ?? {}) as Json) };
    const schemas = (components.schemas ?? {}) as Json;
    const reach = new Set<string>();
    const roots: unknown[] = [
      out.paths,
      out.webhooks,
      ...Object.entries(components)
        .filter(([k]) => k !== "schemas")
        .map(([, v]) => v),
    ];
    for (const n of differing) roots.push(schemas[n]);
    for (const r of roots) refsIn(r, reach);
    const kept = new Set<string>();
    const visit = (ref: string) => {
      const m = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
      if (!m) return;
      const name = decodeURIComponent(m[1]).replace(/~1/g, "/").replace(/~0/g, "~");
      if (!(name in schemas) || kept.has(name)) return;
      kept.add(name);
      const inner = new Set<string>();
      refsIn(schemas[name], inner);
      for (const x of inner) visit(x);
    };
    for (const n of differing) visit(`#/components/schemas/${n.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    for (const r of reach) visit(r);
    if (components.schemas) components.schemas = Object.fromEntries(Object.entries(schemas).filter(([n]) => kept.has(n)));
    out.components = components;
    return out;
  };
  return { base: cut(base), head: cut(head) };
}

/** Verify many pairs with one type-check. */
export async function verifyPairs(pairs: VerifyInput[], options: { keep?: string; full?: boolean } = {}): Promise<VerifyOutcome[]> {
  const ts = (await import("typescript")).default;
  const root = options.keep ?? mkdtempSync(path.join(os.tmpdir(), "vantage-diff-verify-"));
  const shared = path.join(root, "shared");
  const cache = new Map<string, Generated>();
  const usage: Array<{ file: string; pair: VerifyInput; skipped?: string }> = [];
  const started = performance.now();
  try {
    for (const [i, pair] of pairs.entries()) {
      const dir = path.join(root, `pair-${i}`);
      mkdirSync(dir, { recursive: true });
      try {
        const pruned = options.full ? { base: pair.base, head: pair.head } : pruneToDifferences(pair.base, pair.head);
        const base = await generateSdk(pruned.base, path.join(root, "sdk", `b${i}`), shared, cache);
        const head = await generateSdk(pruned.head, path.join(root, "sdk", `h${i}`), shared, cache);
        // The usage program imports ./base and ./head: point them at the (possibly shared) SDK dirs.
        symlinkSync(base.dir, path.join(dir, "base"), "dir");
        symlinkSync(head.dir, path.join(dir, "head"), "dir");
        const file = path.join(dir, "usage.ts");
        writeFileSync(file, usageProgram(pair.name, base, head));
        usage.push({ file, pair });
      } catch (error) {
        usage.push({ file: "", pair, skipped: `cannot generate the SDK: ${(error as Error).message.split("\n")[0]}` });
      }
    }
    const generated = performance.now();
    const program = ts.createProgram(
      usage.filter((u) => u.file).map((u) => u.file),
      {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
        types: [],
        noUnusedLocals: false,
      },
    );
    if (process.env.VANTAGE_DIFF_VERIFY_TIMINGS)
      console.error(
        `verify: generated ${pairs.length} pairs in ${Math.round(generated - started)} ms, type-checked in ${Math.round(performance.now() - generated)} ms`,
      );
    const byFile = new Map<string, string[]>();
    // Only the usage programs are checked: the SDKs' own files are checked as far as the usage needs them.
    const diagnostics = usage
      .filter((u) => u.file)
      .flatMap((u) => {
        const sf = program.getSourceFile(u.file);
        return sf ? [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)] : [];
      });
    if (process.env.VANTAGE_DIFF_VERIFY_TIMINGS) console.error(`verify: diagnostics after ${Math.round(performance.now() - generated)} ms`);
    for (const diag of diagnostics) {
      const file = diag.file ? path.resolve(diag.file.fileName) : "";
      const text = ts.flattenDiagnosticMessageText(diag.messageText, "\n").split("\n")[0];
      const where =
        diag.file && diag.start !== undefined
          ? `${path.basename(path.dirname(file))}/${path.basename(file)}:${diag.file.getLineAndCharacterOfPosition(diag.start).line + 1}`
          : "";
      const list = byFile.get(file) ?? [];
      list.push(`${where}: ${text}`);
      byFile.set(file, list);
    }
    return usage.map(({ file, pair, skipped }) => {
      const rulesSayCompiles = !pair.changes.some((c) => c.breaking && c.sdk === "types");
      if (skipped) return { name: pair.name, compiles: true, rulesSayCompiles, agree: true, errors: [], skipped };
      // Errors anywhere in this pair's files: the usage program, or HEAD's SDK failing to resolve a name.
      const dir = path.dirname(path.resolve(file));
      const errors = [...byFile].filter(([f]) => f === path.resolve(file) || f.startsWith(dir + path.sep)).flatMap(([, e]) => e);
      const compiles = errors.length === 0;
      return { name: pair.name, compiles, rulesSayCompiles, agree: compiles === rulesSayCompiles, errors: errors.slice(0, 5) };
    });
  } finally {
    if (!options.keep) rmSync(root, { recursive: true, force: true });
  }
}

/** One line per outcome for humans. */
export function describeOutcome(o: VerifyOutcome): string {
  if (o.skipped) return `verify: ${o.name}: not verified (${o.skipped})`;
  const compiler = o.compiles ? "code written against BASE's SDK compiles against HEAD's" : "code written against BASE's SDK no longer compiles against HEAD's";
  if (o.agree) return `verify: ${o.name}: agrees with the compiler (${compiler}).`;
  const rules = o.rulesSayCompiles ? "the rules report no breaking change the types see" : "the rules report a breaking change the types should see";
  return `verify: ${o.name}: BUG in the diff rules: ${compiler}, but ${rules}.${o.errors.length ? `\n  ${o.errors.join("\n  ")}` : ""}`;
}
