/**
 * watch: regenerate whenever any file of the spec changes. A broken save
 * prints the problem and leaves the last good output in place (the atomic
 * write never ran); the next good save regenerates.
 */
import { watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { generateInPhases, foldersOf, type Part } from "./generate.js";
import { writeAtomically } from "./files.js";
import { SpecError } from "./load.js";

export interface WatchOptions {
  spec: string;
  out: string;
  only: Part[];
  name?: string;
  report: (line: string) => void;
}

export interface Watcher {
  close(): void;
  /** Resolves when the run in progress (if any) and any queued one are done. */
  idle(): Promise<void>;
}

/** Editors save by rename or truncate+write; a short quiet period folds the events of one save. */
const DEBOUNCE_MS = 60;

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
      const result = await generateInPhases({ spec: options.spec, only: options.only, name: options.name }, (parts, files) => {
        writeAtomically(options.out, foldersOf(parts), files);
        options.report(`regenerated ${parts.join(", ")} (${files.size} files) in ${Math.round(performance.now() - start)} ms`);
      });
      sources = new Set(result.sources.map((f) => path.resolve(f)));
      for (const warning of result.warnings) options.report(`warning: ${warning}`);
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      options.report(`error: ${error.message}\n  kept the last good output in ${options.out}/; fix the spec and save again`);
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

  // Directories, not files: a rename-on-save replaces the inode a file watcher holds.
  const syncWatchers = () => {
    const dirs = new Set([...sources].map((f) => path.dirname(f)));
    for (const [dir, watcher] of dirWatchers) {
      if (!dirs.has(dir)) {
        watcher.close();
        dirWatchers.delete(dir);
      }
    }
    for (const dir of dirs) {
      if (dirWatchers.has(dir) || closed) continue;
      const watcher = watch(dir, (_event, filename) => {
        if (filename && sources.has(path.join(dir, filename.toString()))) schedule();
      });
      dirWatchers.set(dir, watcher);
    }
  };

  running = runOnce();
  await running;
  options.report(`watching ${sources.size} file${sources.size === 1 ? "" : "s"} of ${options.spec} (Ctrl-C to stop)`);
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
  };
}
