#!/usr/bin/env node
// The command is compiled from generators/cli.ts by `npm run build` (run by `npm ci` via prepare).
import { main } from "../dist/generators/cli.js";

process.exitCode = await main(process.argv.slice(2));
