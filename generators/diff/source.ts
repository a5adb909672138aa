/**
 * diff/source: turn a BASE or HEAD argument into a loaded document.
 * A file path loads as is (multi-file specs resolve beside it); `git:REF` or
 * `git:REF:path` extracts the spec's directory at that revision (git archive)
 * into a temp dir first, so relative $refs resolve as they did at that commit.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_SPEC, loadSpec, SpecError } from "../load/load.js";

export interface LoadedSource {
  /** What the user passed (`git:HEAD~1`, `spec/openapi.yaml`). */
  label: string;
  document: Record<string, unknown>;
  /** Problems the generators would refuse (a duplicate operationId…) that a diff reads past. */
  warnings: string[];
}

export interface GitSpecRef {
  ref: string;
  file: string;
}

/** `git:REF` / `git:REF:path` → { ref, file }, or undefined for a plain path. */
export function parseGitSource(arg: string): GitSpecRef | undefined {
  if (!arg.startsWith("git:")) return undefined;
  const rest = arg.slice(4);
  const colon = rest.indexOf(":");
  const ref = colon === -1 ? rest : rest.slice(0, colon);
  const file = colon === -1 ? DEFAULT_SPEC : rest.slice(colon + 1);
  return { ref, file: file || DEFAULT_SPEC };
}

function git(args: string[], cwd: string): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
}

function gitFails(args: string[], cwd: string): string | undefined {
  try {
    git(args, cwd);
    return undefined;
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? "")
      .trim()
      .split("\n")[0];
    return stderr || (error as Error).message;
  }
}

export async function loadSource(arg: string, cwd = process.cwd()): Promise<LoadedSource> {
  const gitRef = parseGitSource(arg);
  if (!gitRef) {
    const { document, warnings = [] } = await loadSpec(path.resolve(cwd, arg), { structure: "warn" }).catch((error: unknown) => {
      if (error instanceof SpecError && error.exitCode === 2) {
        throw new SpecError(`${arg}: no such spec file.`, arg, undefined, 2);
      }
      throw error;
    });
    return { label: arg, document, warnings };
  }
  const { ref, file } = gitRef;
  if (!ref) throw new SpecError(`${arg}: missing git revision (write git:REF or git:REF:path/to/openapi.yaml).`, arg, undefined, 2);
  const notRepo = gitFails(["rev-parse", "--show-toplevel"], cwd);
  if (notRepo !== undefined) throw new SpecError(`${arg}: ${cwd} is not inside a git repository.`, arg, undefined, 2);
  const top = git(["rev-parse", "--show-toplevel"], cwd).trim();
  if (gitFails(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], top) !== undefined) {
    throw new SpecError(`${arg}: unknown git revision "${ref}".`, arg, undefined, 2);
  }
  const rel = path.posix.normalize(file.replace(/\\/g, "/")).replace(/^\.\//, "");
  if (gitFails(["cat-file", "-e", `${ref}:${rel}`], top) !== undefined) {
    throw new SpecError(`${arg}: no file ${rel} at revision ${ref}.`, arg, undefined, 2);
  }
  const dir = path.posix.dirname(rel);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "vantage-diff-"));
  try {
    const archive = ["archive", "--format=tar", ref];
    if (dir !== ".") archive.push("--", dir);
    const tar = execFileSync("git", archive, { cwd: top, maxBuffer: 1024 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
    execFileSync("tar", ["-x", "-C", tmp], { input: tar, stdio: ["pipe", "ignore", "pipe"] });
    const { document, warnings = [] } = await loadSpec(path.join(tmp, rel), { structure: "warn" });
    return { label: arg, document, warnings: warnings.map((w) => w.split(tmp + path.sep).join(`${ref}:`)) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
