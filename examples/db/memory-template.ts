/**
 * In-memory PGlite databases start from a template: a fresh PGlite runs
 * initdb (seconds of WebAssembly), so the first one migrated and seeded is
 * dumped to a file in the temp folder and every later one (in any process:
 * each test file starts its own servers) loads that dump instead, about four
 * times faster. The file is named by a hash of the migrations and of the
 * PGlite build, so a change to either makes a new template.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { Database } from "./types.js";
import { MIGRATIONS, migrate } from "./migrations.js";
import { wrapPglite } from "./pglite-database.js";

function templateFile(): string {
  const hash = createHash("sha256");
  for (const m of MIGRATIONS) hash.update(`${m.version}\0${m.name}\0${String(m.up)}\0`);
  try {
    const entry = fileURLToPath(import.meta.resolve("@electric-sql/pglite"));
    const stat = statSync(entry);
    hash.update(`${entry}\0${stat.size}\0${stat.mtimeMs}`);
  } catch {
    hash.update("unknown pglite");
  }
  const uid = typeof process.getuid === "function" ? process.getuid() : "user";
  return path.join(os.tmpdir(), `vantage-pglite-template-${uid}-${hash.digest("hex").slice(0, 16)}.tar`);
}

export async function openMemoryDatabase(): Promise<Database> {
  const file = templateFile();
  if (existsSync(file)) {
    try {
      const pg = await PGlite.create({ loadDataDir: new Blob([readFileSync(file)]) });
      return await wrapPglite(pg, "memory");
    } catch {
      // A broken template (a partial write, another version): make a new one below.
    }
  }
  const pg = await PGlite.create();
  const db = await wrapPglite(pg, "memory");
  await migrate(db);
  try {
    const dump = Buffer.from(await (await pg.dumpDataDir("none")).arrayBuffer());
    const partial = `${file}.${process.pid}.${Date.now()}`;
    writeFileSync(partial, dump);
    renameSync(partial, file);
  } catch {
    // No template this time; the database itself is fine.
  }
  return db;
}
