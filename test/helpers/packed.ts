/**
 * packed: a generated part as users get it — `npm pack`ed, installed from
 * the tarball into an empty project outside the repository (os.tmpdir), its
 * dependencies from the local npm cache (else the registry). Plus the
 * TypeScript check of a program in that project under a given module mode.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";

const run = promisify(execFile);

export interface PackedProject {
  /** The empty project the tarball was installed into. */
  dir: string;
  /** The tarball's path. */
  tarball: string;
  /** The package's name. */
  name: string;
}

/** Packs `packageDir` and installs the tarball (plus `extra` packages) into a fresh project under os.tmpdir(). */
export async function packAndInstall(packageDir: string, extra: string[] = []): Promise<PackedProject> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "vantage-pkg-"));
  const packs = path.join(dir, "packs");
  mkdirSync(packs);
  const { stdout } = await run("npm", ["pack", packageDir, "--pack-destination", packs, "--json"], { maxBuffer: 64 * 1024 * 1024 });
  const info = JSON.parse(stdout) as { filename: string; name: string }[];
  const tarball = path.join(packs, info[0]!.filename);
  const project = path.join(dir, "app");
  mkdirSync(project);
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "app", version: "1.0.0", private: true, type: "module" }));
  await run("npm", ["install", tarball, ...extra, "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], {
    cwd: project,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { dir: project, tarball, name: info[0]!.name };
}

/** The files inside a tarball, as `tar -tzf` lists them (without the package/ prefix). */
export async function tarballFiles(tarball: string): Promise<string[]> {
  const { stdout } = await run("tar", ["-tzf", tarball], { maxBuffer: 64 * 1024 * 1024 });
  return stdout
    .split("\n")
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ""));
}

export type ModuleMode = "node16" | "nodenext" | "bundler";

/** Strict diagnostics of `files` (in `dir`), under one module mode; the package's .d.ts are checked too. */
export function typecheckProject(dir: string, files: string[], mode: ModuleMode, lib = ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"]): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    skipDefaultLibCheck: true,
    lib,
    types: [],
    ...(mode === "bundler"
      ? { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }
      : mode === "node16"
        ? { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }
        : { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext }),
  };
  const program = ts.createProgram({ rootNames: files.map((f) => path.join(dir, f)), options });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === undefined) return message;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${path.relative(dir, d.file.fileName)}:${line + 1}: TS${d.code} ${message}`;
  });
}

/** Runs a Node program in the project; resolves to its stdout. */
export async function runNode(dir: string, file: string, env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await run(process.execPath, [file], { cwd: dir, env: { ...process.env, ...env }, timeout: 60_000 });
  return stdout;
}

/** Runs a tool from the repository's node_modules/.bin; resolves to its output (rejects on a non-zero exit). */
export async function runBin(bin: string, args: string[], cwd: string): Promise<string> {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  const { stdout, stderr } = await run(path.join(repo, "node_modules/.bin", bin), args, { cwd, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 });
  return stdout + stderr;
}

export function listDir(dir: string): string[] {
  return readdirSync(dir);
}
