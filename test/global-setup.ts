/**
 * Runs once before every test file: compiles generators/ and the SDK runtime
 * to dist/, because many tests run the real command (bin/vantage-codegen.js →
 * dist/) and the client generator ships the compiled runtime. One build here
 * means no test file rebuilds dist/ under another one that is using it.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, "..");
  // The generators, then the SDK runtime they ship compiled (dist/client-core).
  for (const project of ["tsconfig.build.json", "tsconfig.core.json"]) {
    const tsc = spawnSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", project], { cwd: root, encoding: "utf8" });
    if (tsc.status !== 0) throw new Error(`tsc -p ${project} failed:\n${tsc.stdout}${tsc.stderr}`);
  }
}
