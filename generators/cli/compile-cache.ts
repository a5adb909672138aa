/**
 * A V8 code cache for the large CommonJS files the command loads (six over
 * 100 KB), above all the two copies of the TypeScript compiler
 * (openapi-typescript's and the one bundled in ts-morph), about 9 MB each.
 * Compiling them was a third of a small spec's generation time; with the cache a run starts from V8's
 * compiled code instead of the source. (Node 22 has this built in as
 * `module.enableCompileCache()`; Node 20 does not.)
 *
 * The cache is written once, at exit, after the run has used the compiler,
 * so it holds the functions a generation actually needs, not only the top
 * level. Entries are keyed by path, size, mtime, Node version and arch, so a
 * reinstalled or upgraded package never meets an old entry; V8 rejects
 * anything else it can't use and the file is then compiled as usual.
 * `VANTAGE_CODEGEN_COMPILE_CACHE=off` turns it off, or names the folder.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";

/** Below this size a file compiles about as fast as its cache entry reads (the command loads ~500 small files: caching those gained nothing measurable). */
const MIN_SOURCE_LENGTH = 100_000;

type Compile = (this: NodeJS.Module, content: string, filename: string, format?: string) => unknown;

export function enableCompileCache(setting = process.env.VANTAGE_CODEGEN_COMPILE_CACHE): void {
  if (setting === "off" || setting === "0") return;
  const dir = setting || path.join(os.tmpdir(), `vantage-codegen-compile-cache-${process.getuid?.() ?? "user"}`);
  const proto = (Module as unknown as { prototype: { _compile: Compile } }).prototype;
  const original = proto._compile;
  const toWrite: { file: string; script: vm.Script }[] = [];

  proto._compile = function compileWithCache(content, filename, format) {
    // ES modules, small files and hashbang scripts take Node's own path.
    if (format === "module" || content.length < MIN_SOURCE_LENGTH || content.startsWith("#!")) {
      return original.call(this, content, filename, format);
    }
    const file = path.join(dir, `${cacheKey(filename)}.bin`);
    const cachedData = readOrUndefined(file);
    const script = new vm.Script(Module.wrap(content), {
      filename,
      cachedData,
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (!cachedData || script.cachedDataRejected) toWrite.push({ file, script });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, path.dirname(filename));
  };

  process.once("exit", () => {
    for (const { file, script } of toWrite) writeEntry(file, script.createCachedData());
  });
}

function cacheKey(filename: string): string {
  const { size, mtimeMs } = statSync(filename);
  return createHash("sha256").update(`${filename}\0${size}\0${mtimeMs}\0${process.version}\0${process.arch}`).digest("hex").slice(0, 32);
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Several commands may run at once (tests, watch): each writes its own temp file and renames it into place. */
function writeEntry(file: string, data: Buffer): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch {
    // A cache that can't be written is only a slower next start.
  }
}
