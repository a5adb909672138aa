/**
 * lint: Redocly CLI's `lint` with the project's redocly.yaml (recommended
 * rules + our own). Redocly prints each problem with file:line:col and its
 * JSON pointer; we pass that through and keep its exit code.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

export function redoclyBin(): string {
  return path.join(path.dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");
}

/** Redocly 2 prints a boxed Node 20 deprecation notice on every run; it is noise for our users. */
function withoutBanner(text: string): string {
  return text
    .split("\n")
    .filter((line) => !/[║╔╚]/.test(line))
    .join("\n")
    .replace(/^\n+/, "");
}

export async function runLint(specPath: string, configPath = "redocly.yaml"): Promise<number> {
  if (!existsSync(specPath)) {
    console.error(`error: ${specPath}: no such file. Pass an OpenAPI document with --spec.`);
    return 2;
  }
  const args = [redoclyBin(), "lint", specPath, "--max-problems", "1000"];
  if (existsSync(configPath)) args.push("--config", configPath);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const out = withoutBanner(stdout);
      const err = withoutBanner(stderr);
      if (out.trim()) process.stdout.write(out.endsWith("\n") ? out : out + "\n");
      if (err.trim()) process.stderr.write(err.endsWith("\n") ? err : err + "\n");
      resolve(code === 0 ? 0 : 1);
    });
  });
}
