/**
 * Attempts' deadlines, started and stopped through `clock`. The portable
 * clock is a timer per attempt; the package's Node entry (node.ts) installs
 * shared lists instead (deadline-clock.ts), so a browser bundle never
 * carries them.
 */

/** Something with a deadline (an attempt). */
export interface Deadline {
  /** The portable clock's timer. */
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Called once, when the deadline passes before the clock is stopped. */
  onDeadline(): void;
}

/** Starts and stops deadlines; node.ts replaces both functions. */
export const clock = {
  start(entry: Deadline, timeoutMs: number): void {
    entry.timer = setTimeout(() => entry.onDeadline(), timeoutMs);
  },
  stop(entry: Deadline): void {
    clearTimeout(entry.timer);
  },
};
