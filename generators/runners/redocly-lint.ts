/**
 * redocly-lint: Redocly CLI's `lint`, with the config that fits the document:
 * - `--config FILE`: that Redocly config;
 * - the Vantage spec (under this package's spec/): the house rules, redocly.yaml
 *   (recommended raised to errors + the project's own rules and plugin);
 * - any other document: the cwd's own redocly.yaml when it is someone else's
 *   project config, else Redocly's recommended rules alone (lint/recommended.yaml).
 * Before Redocly, `.json` files are checked as JSON (Redocly parses them as
 * YAML, which lets trailing commas through), so lint refuses what generate
 * refuses. Text output is Redocly's (file:line:col and the JSON pointer);
 * `json` gives { ok, problems: [{ file, line, column, pointer, rule, severity, message }] }.
 */
import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { findJsonSyntaxError } from "../load/spec-files.js";
import { packageRoot } from "./package-root.js";

const require = createRequire(import.meta.url);

export type LintFormat = "text" | "json";

export interface LintOptions {
  spec: string;
  /** A Redocly config file chosen by the user. */
  config?: string;
  format?: LintFormat;
}

export interface LintProblem {
  file: string;
  line: number | null;
  column: number | null;
  pointer: string | null;
  rule: string;
  severity: "error" | "warning";
  message: string;
}

export function redoclyBin(): string {
  return path.join(path.dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");
}

const isInside = (file: string, dir: string) => {
  const relative = path.relative(dir, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
};

/** The Redocly config a document is linted with (see the module comment for the order). */
export function lintConfigFor(specPath: string, explicit?: string): string {
  if (explicit) return path.resolve(explicit);
  const root = packageRoot();
  const house = path.join(root, "redocly.yaml");
  if (isInside(path.resolve(specPath), path.join(root, "spec")) && existsSync(house)) return house;
  const local = path.resolve("redocly.yaml");
  if (existsSync(local) && local !== house) return local;
  return path.join(root, "lint", "recommended.yaml");
}

/** Redocly 2 prints a boxed Node 20 deprecation notice on every run; it is noise for our users. */
function withoutBanner(text: string): string {
  return text
    .split("\n")
    .filter((line) => !/[║╔╚]/.test(line))
    .join("\n")
    .replace(/^\n+/, "");
}

function runRedocly(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [redoclyBin(), ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

interface RedoclyJsonProblem {
  ruleId: string;
  severity: string;
  message: string;
  location?: { source?: { ref?: string }; pointer?: string; start?: { line: number; col: number } }[];
}

function fromRedocly(p: RedoclyJsonProblem): LintProblem {
  const loc = p.location?.[0];
  return {
    file: loc?.source?.ref ?? "",
    line: loc?.start?.line ?? null,
    column: loc?.start?.col ?? null,
    pointer: loc?.pointer ?? null,
    rule: p.ruleId,
    severity: p.severity === "error" ? "error" : "warning",
    message: p.message,
  };
}

const relative = (file: string) => path.relative(process.cwd(), file) || file;

export async function runLint(options: LintOptions): Promise<number> {
  const { spec, format = "text" } = options;
  const problemsOut = (problems: LintProblem[]) => {
    const ok = !problems.some((p) => p.severity === "error");
    process.stdout.write(`${JSON.stringify({ ok, problems })}\n`);
    return ok ? 0 : 1;
  };
  if (!existsSync(spec) || !statSync(spec).isFile()) {
    console.error(`error: ${spec}: ${existsSync(spec) ? "is a directory, not a file" : "no such file"}. Pass an OpenAPI document with --spec.`);
    return 2;
  }
  if (options.config && !existsSync(options.config)) {
    console.error(`error: ${options.config}: no such file. --config takes a Redocly config (redocly.yaml).`);
    return 2;
  }
  const json = findJsonSyntaxError(spec);
  if (json) {
    const message = `JSON syntax error: ${json.message}`;
    if (format === "json") {
      return problemsOut([{ file: relative(json.file), line: json.line, column: json.column, pointer: null, rule: "json-syntax", severity: "error", message }]);
    }
    console.error(`error: ${relative(json.file)}:${json.line}:${json.column}: ${message}`);
    return 1;
  }
  const args = ["lint", spec, "--max-problems", "1000", "--config", lintConfigFor(spec, options.config)];
  if (format === "json") args.push("--format", "json");
  const run = await runRedocly(args);
  if (format === "json") {
    const start = run.stdout.indexOf("{");
    let parsed: { problems?: RedoclyJsonProblem[] } | undefined;
    try {
      parsed = start >= 0 ? JSON.parse(run.stdout.slice(start)) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!parsed) {
      // Redocly failed before linting (e.g. a broken config): say so, as text.
      process.stderr.write(withoutBanner(run.stdout + run.stderr));
      return run.code === 0 ? 1 : (run.code ?? 1);
    }
    const code = problemsOut((parsed.problems ?? []).map(fromRedocly));
    return run.code === 0 ? code : 1;
  }
  const out = withoutBanner(run.stdout);
  const err = withoutBanner(run.stderr);
  if (out.trim()) process.stdout.write(out.endsWith("\n") ? out : `${out}\n`);
  if (err.trim()) process.stderr.write(err.endsWith("\n") ? err : `${err}\n`);
  return run.code === 0 ? 0 : 1;
}
