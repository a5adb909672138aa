/**
 * redocly-build-docs: renders the project's Handlebars page template with Redocly's
 * `build-docs` command (a real child process: the CLI has no library API).
 *
 * Redocly CLI 2 prerenders Redoc 3 and hydrates it from cdn.redocly.com; the
 * template ignores that markup ({{{redocHTML}}}, {{{redocHead}}}) and loads
 * the Redoc 2 bundle copied beside the page, so nothing leaves the machine.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);

export interface BuildDocsInput {
  /** The document the page is titled from (build-docs reads info.title). */
  document: Record<string, unknown>;
  templateFile: string;
  /** Plain text values for `{{templateOptions.*}}`; Handlebars escapes them. */
  templateOptions: Record<string, string>;
  timeoutMs?: number;
}

function redoclyBin(): string {
  return path.join(path.dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");
}

export async function runBuildDocs(input: BuildDocsInput): Promise<string> {
  // A temp working directory, so build-docs does not pick up the project's redocly.yaml (lint rules).
  const dir = mkdtempSync(path.join(os.tmpdir(), "vantage-docs-"));
  try {
    const specFile = path.join(dir, "openapi.json");
    const output = path.join(dir, "index.html");
    writeFileSync(specFile, JSON.stringify(input.document));
    const args = [redoclyBin(), "build-docs", specFile, "--template", path.resolve(input.templateFile), "-o", output];
    for (const [key, value] of Object.entries(input.templateOptions)) {
      // yargs turns "1.0" into 1 and "true" into true; a leading space keeps every value a string
      // (HTML collapses it, URLs are trimmed).
      args.push(`--templateOptions.${key}= ${value}`);
    }
    await run(args, dir, input.timeoutMs ?? 120_000);
    return readFileSync(output, "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(args: string[], cwd: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      // No usage telemetry from the CLI, no update check.
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`redocly build-docs failed (${signal ?? `exit ${code}`}):\n${log.trim()}`));
    });
  });
}
