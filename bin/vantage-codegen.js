#!/usr/bin/env node
// The command is compiled from generators/cli.ts by `npm run build` (run by `npm ci` via prepare).
// The code cache goes in before the command loads, so the TypeScript compilers it requires use it.
import { enableCompileCache } from "../dist/generators/compile-cache.js";

enableCompileCache();
const { main } = await import("../dist/generators/cli.js");
process.exitCode = await main(process.argv.slice(2));
