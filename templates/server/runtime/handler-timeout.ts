/**
 * Handler timeouts without a timer per request: in-flight handlers sit in one
 * set that a single interval sweeps (unref'd, running only while something is
 * in flight). A handler still running after `timeoutMs` is handed to
 * `onExpire` (which answers 503); whatever it returns later is dropped.
 */
export interface InFlight<T> {
  started: number;
  timedOut: boolean;
  value: T;
}

export interface HandlerClock<T> {
  start(value: T): InFlight<T>;
  finish(entry: InFlight<T>): void;
  close(): void;
}

export function createHandlerClock<T>(timeoutMs: number, onExpire: (value: T) => void): HandlerClock<T> {
  const pending = new Set<InFlight<T>>();
  // Checked a few times per timeout: an expiry lands within a quarter of it (at most 1 s) late.
  const tick = Math.max(5, Math.min(1000, Math.floor(timeoutMs / 4)));
  let timer: ReturnType<typeof setInterval> | null = null;
  const sweep = () => {
    const now = Date.now();
    for (const entry of pending) {
      if (now - entry.started < timeoutMs) continue;
      pending.delete(entry);
      entry.timedOut = true;
      onExpire(entry.value);
    }
    if (pending.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
  return {
    start(value) {
      const entry: InFlight<T> = { started: Date.now(), timedOut: false, value };
      pending.add(entry);
      if (!timer) {
        timer = setInterval(sweep, tick);
        timer.unref();
      }
      return entry;
    },
    finish(entry) {
      pending.delete(entry);
    },
    close() {
      if (timer) clearInterval(timer);
      timer = null;
      pending.clear();
    },
  };
}
