/**
 * Preloaded (`node --import`) into a measured command when GNU time is
 * missing: writes the process's peak resident memory (KB) on exit.
 */
import { writeFileSync } from "node:fs";

const file = process.env.VANTAGE_BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
