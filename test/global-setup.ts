/**
 * Runs once before every test file: compiles generators/ to dist/, because
 * many tests run the real command (bin/vantage-codegen.js → dist/). One build
 * here means no test file rebuilds dist/ under another one that is using it.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, "..");
  const tsc = spawnSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
    cwd: root,
    encoding: "utf8",
  });
  if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.build.json failed:\n${tsc.stdout}${tsc.stderr}`);
}
