/**
 * watch: regenerate whenever any file of the spec changes. A broken save
 * prints the problem and leaves the last good output in place (the atomic
 * write never ran); the next good save regenerates.
 *
 * The files watched are the bundler's list after a good run; after a refused
 * one, also every file the spec's `$ref`s name (load/spec-files.ts), including
 * files that don't exist yet: a save that `$ref`s a new file fails until the
 * file is written, and writing it must regenerate.
 */
import { existsSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { generateInPhases, foldersOf, type Part } from "./generate.js";
import { writeAtomically } from "./output.js";
import { SpecError } from "../load/load.js";
import { specFiles } from "../load/spec-files.js";

/** One regeneration (or refusal), for `--json`: one line each on stdout. */
export type WatchEvent = { ok: true; parts: Part[]; files: string[]; ms: number } | { ok: false; error: string; file: string; location: string | null };

export interface WatchOptions {
  spec: string;
  out: string;
  only: Part[];
  name?: string;
  allowRemoteRefs?: boolean;
  /** Human lines: "info" (regenerated, watching) or "problem" (errors and warnings). */
  report: (line: string, kind: "info" | "problem") => void;
  /** Called once per write (each phase) and per refused save. */
  onRun?: (event: WatchEvent) => void;
}

export interface Watcher {
  close(): void;
  /** Resolves when the run in progress (if any) and any queued one are done. */
  idle(): Promise<void>;
  /** The files watched now (absolute). */
  files(): string[];
}

/** Editors save by rename or truncate+write; a short quiet period folds the events of one save. */
const DEBOUNCE_MS = 60;

/** The nearest folder of `file` that exists (a `$ref` may name a file in a folder not created yet). */
function existingDir(file: string): string {
  let dir = path.dirname(file);
  while (!existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export async function watchGenerate(options: WatchOptions): Promise<Watcher> {
  const root = path.resolve(options.spec);
  let sources = new Set<string>([root]);
  const dirWatchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let queued = false;
  let closed = false;

  const runOnce = async () => {
    const start = performance.now();
    try {
      const result = await generateInPhases(
        { spec: options.spec, only: options.only, name: options.name, allowRemoteRefs: options.allowRemoteRefs },
        (parts, files) => {
          writeAtomically(options.out, foldersOf(parts), files);
          const ms = Math.round(performance.now() - start);
          options.report(`regenerated ${parts.join(", ")} (${files.size} files) in ${ms} ms`, "info");
          options.onRun?.({ ok: true, parts, files: [...files.keys()], ms });
        },
      );
      sources = new Set(result.sources.map((f) => path.resolve(f)));
      for (const warning of result.warnings) options.report(`warning: ${warning}`, "problem");
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      // Keep watching what was watched, plus whatever the spec names now (existing or not),
      // before saying so: the user may write the missing file the moment they read the error.
      sources = new Set([...sources, ...specFiles(root)]);
      syncWatchers();
      options.report(`error: ${error.message}\n  kept the last good output in ${options.out}/; fix the spec and save again`, "problem");
      options.onRun?.({ ok: false, error: error.message, file: error.file, location: error.location ?? null });
      return;
    }
    syncWatchers();
  };

  const schedule = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (queued) return;
      queued = true;
      running = running.then(() => {
        queued = false;
        return closed ? undefined : runOnce();
      });
    }, DEBOUNCE_MS);
  };

  /**
   * A change at `changed` matters when it is a source, or a folder on the way to a source whose own
   * folder is not watched yet. Not "whose file is missing": mkdir then write can both land before
   * the folder's event is read, and the file must still be picked up.
   */
  const matters = (changed: string) => sources.has(changed) || [...sources].some((f) => f.startsWith(changed + path.sep) && !dirWatchers.has(path.dirname(f)));

  // Directories, not files: a rename-on-save replaces the inode a file watcher holds.
  const syncWatchers = () => {
    const dirs = new Set([...sources].map(existingDir));
    for (const [dir, watcher] of dirWatchers) {
      if (!dirs.has(dir)) {
        watcher.close();
        dirWatchers.delete(dir);
      }
    }
    for (const dir of dirs) {
      if (dirWatchers.has(dir) || closed) continue;
      const watcher = watch(dir, (_event, filename) => {
        if (!filename) return;
        const changed = path.join(dir, filename.toString());
        if (matters(changed)) {
          // A new folder on the way to a missing file: watch it at once, the file may follow within the debounce.
          if (!sources.has(changed)) syncWatchers();
          schedule();
        }
      });
      // A watched folder removed (e.g. a renamed spec folder) must not end the process.
      watcher.on("error", () => {
        watcher.close();
        dirWatchers.delete(dir);
      });
      dirWatchers.set(dir, watcher);
    }
  };

  running = runOnce();
  await running;
  options.report(`watching ${sources.size} file${sources.size === 1 ? "" : "s"} of ${options.spec} (Ctrl-C to stop)`, "info");
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of dirWatchers.values()) watcher.close();
      dirWatchers.clear();
    },
    idle: async () => {
      for (;;) {
        const current = running;
        await current;
        if (current === running && !queued) return;
      }
    },
    files: () => [...sources],
  };
}
