/**
 * One process per embedded data folder: PGlite has no postmaster to keep a
 * second process out, and two writers would corrupt the files. The lock is a
 * file beside the folder (PATH.lock: PGlite wants the folder itself empty
 * when it creates a database) holding the owner's pid; a lock left by a
 * process that died (kill -9) is taken over.
 */
import { openSync, readFileSync, rmSync, writeSync, closeSync } from "node:fs";
import path from "node:path";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockDataDir(dataDir: string): () => void {
  const file = `${path.resolve(dataDir)}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(file, "utf8").trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
        throw new Error(`the database in ${dataDir} is in use by process ${owner} (remove ${file} if that is wrong)`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}
