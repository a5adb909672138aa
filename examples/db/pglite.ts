/**
 * The embedded engine: PGlite, real PostgreSQL in WebAssembly, in this
 * process. It runs one statement at a time (its own queue), so a
 * transaction holds the engine until it ends.
 *
 * Durability: PGlite writes its WAL through Node's fs on every commit, so a
 * committed transaction is in the operating system's hands before the
 * response goes out and survives the process being killed (kill -9). A lock
 * file (PATH.lock) refuses a second process on the same data folder, which would
 * corrupt it.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { Database } from "./types.js";
import { lockDataDir } from "./lock.js";
import { wrapPglite } from "./pglite-database.js";

export async function openPglite(dataDir?: string): Promise<Database> {
  if (!dataDir) {
    const { openMemoryDatabase } = await import("./memory-template.js");
    return openMemoryDatabase();
  }
  mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const release = lockDataDir(dataDir);
  try {
    return await wrapPglite(await PGlite.create(path.resolve(dataDir)), path.resolve(dataDir), release);
  } catch (error) {
    release();
    throw error;
  }
}
