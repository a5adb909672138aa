/**
 * Handler timeouts without a timer per request: in-flight handlers sit in one
 * set that a single interval sweeps (unref'd, running only while something is
 * in flight). A handler still running after `timeoutMs` gets its reply
 * answered 503 by `expire`; whatever it returns later is dropped.
 */
export interface InFlight {
  started: number;
  timedOut: boolean;
  expire: () => void;
}

export interface HandlerClock {
  start(expire: () => void): InFlight;
  finish(entry: InFlight): void;
  close(): void;
}

export function createHandlerClock(timeoutMs: number): HandlerClock {
  const pending = new Set<InFlight>();
  // Checked a few times per timeout: an expiry lands within a quarter of it (at most 1 s) late.
  const tick = Math.max(5, Math.min(1000, Math.floor(timeoutMs / 4)));
  let timer: ReturnType<typeof setInterval> | null = null;
  const sweep = () => {
    const now = Date.now();
    for (const entry of pending) {
      if (now - entry.started < timeoutMs) continue;
      pending.delete(entry);
      entry.timedOut = true;
      entry.expire();
    }
    if (pending.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
  return {
    start(expire) {
      const entry: InFlight = { started: Date.now(), timedOut: false, expire };
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
