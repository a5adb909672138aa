#!/usr/bin/env node
// The command is compiled from generators/cli/main.ts into dist/. When generators/ or templates/
// changed since the last build (or dist/ is missing), it is built first: the command never runs
// stale code (scripts/build.js).
// The code cache goes in before the command loads, so the TypeScript compilers it requires use it.
import { buildIfStale } from "../scripts/build.js";

// A closed pipe (`vantage-codegen bundle | head -1`) ends the output, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  buildIfStale();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const { enableCompileCache } = await import("../dist/generators/cli/compile-cache.js");
enableCompileCache();
const { main } = await import("../dist/generators/cli/main.js");
process.exitCode = await main(process.argv.slice(2));
