/**
 * Handler timeouts without a timer per request: in-flight handlers sit in one
 * list, oldest first, that a single interval sweeps (unref'd, running only
 * while something is in flight). A handler still running after `timeoutMs` is
 * handed to `onExpire` (which answers 503); whatever it returns later is
 * dropped.
 *
 * The list is intrusive (each entry links its neighbours): starting and
 * finishing a request cost a few field writes, with no hashing and nothing
 * left behind for a collection to rehash, and a sweep stops at the first entry
 * that is still in time.
 */
export interface InFlight<T, D> {
  started: number;
  timedOut: boolean;
  value: T;
  detail: D;
  prev: InFlight<T, D> | null;
  next: InFlight<T, D> | null;
}

export interface HandlerClock<T, D> {
  start(value: T, detail: D): InFlight<T, D>;
  finish(entry: InFlight<T, D>): void;
  close(): void;
}

export function createHandlerClock<T, D>(timeoutMs: number, onExpire: (value: T, detail: D) => void): HandlerClock<T, D> {
  let head: InFlight<T, D> | null = null;
  let tail: InFlight<T, D> | null = null;
  // Checked a few times per timeout: an expiry lands within a quarter of it (at most 1 s) late.
  const tick = Math.max(5, Math.min(1000, Math.floor(timeoutMs / 4)));
  let timer: ReturnType<typeof setInterval> | null = null;

  const unlink = (entry: InFlight<T, D>): void => {
    if (entry.prev) entry.prev.next = entry.next;
    else head = entry.next;
    if (entry.next) entry.next.prev = entry.prev;
    else tail = entry.prev;
    entry.prev = entry.next = null;
  };
  const sweep = () => {
    const now = Date.now();
    // Entries are in start order: the first one still in time ends the sweep.
    while (head && now - head.started >= timeoutMs) {
      const entry = head;
      unlink(entry);
      entry.timedOut = true;
      onExpire(entry.value, entry.detail);
    }
    if (!head && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
  return {
    start(value, detail) {
      const entry: InFlight<T, D> = { started: Date.now(), timedOut: false, value, detail, prev: tail, next: null };
      if (tail) tail.next = entry;
      else head = entry;
      tail = entry;
      if (!timer) {
        timer = setInterval(sweep, tick);
        timer.unref();
      }
      return entry;
    },
    finish(entry) {
      // Already swept (timed out) or finished: nothing to unlink.
      if (entry.timedOut || (entry.prev === null && head !== entry)) return;
      unlink(entry);
    },
    close() {
      if (timer) clearInterval(timer);
      timer = null;
      // Unlinked one by one, so a late finish() of any of them is a no-op.
      for (let entry = head; entry; ) {
        const next: InFlight<T, D> | null = entry.next;
        entry.prev = entry.next = null;
        entry = next;
      }
      head = tail = null;
    },
  };
}
