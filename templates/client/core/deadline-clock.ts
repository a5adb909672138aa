/**
 * The attempts' timeouts on Node, without a timer per attempt (node.ts
 * installs this as the clock). Attempts with the same timeout expire in the
 * order they started, so each timeout length keeps a first-in-first-out
 * list and one timer, armed for its oldest entry. Starting and stopping an
 * attempt only link and unlink it; the timer is re-armed when it fires, and
 * cleared when its list empties, so no timer outlives the requests in
 * flight.
 */
import type { Deadline } from "./deadline.js";

/** The fields a deadline in a list carries (set on the attempt itself, always in this order, so attempts share one shape). */
interface Linked extends Deadline {
  deadlineAt: number;
  list: DeadlineList | undefined;
  prev: Linked | undefined;
  next: Linked | undefined;
}

/** The entries sharing one timeout length, oldest first. */
class DeadlineList {
  head: Linked | undefined = undefined;
  tail: Linked | undefined = undefined;
  timer: ReturnType<typeof setTimeout> | undefined = undefined;
  readonly #onTimer = (): void => this.#expireDue();

  constructor(readonly timeoutMs: number) {}

  add(entry: Linked): void {
    entry.deadlineAt = now() + this.timeoutMs;
    entry.list = this;
    entry.prev = this.tail;
    entry.next = undefined;
    if (this.tail) this.tail.next = entry;
    else this.head = entry;
    this.tail = entry;
    if (this.timer === undefined) this.timer = setTimeout(this.#onTimer, this.timeoutMs);
  }

  remove(entry: Linked): void {
    const { prev, next } = entry;
    if (prev) prev.next = next;
    else this.head = next;
    if (next) next.prev = prev;
    else this.tail = prev;
    entry.list = entry.prev = entry.next = undefined;
    if (this.head === undefined && this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  #expireDue(): void {
    this.timer = undefined;
    // A timer fires no earlier than asked, give or take the clocks' rounding.
    const due = now() + 1;
    let entry = this.head;
    while (entry !== undefined && entry.deadlineAt <= due) {
      this.remove(entry);
      entry.onDeadline();
      entry = this.head;
    }
    if (entry !== undefined && this.timer === undefined) this.timer = setTimeout(this.#onTimer, Math.max(1, Math.ceil(entry.deadlineAt - now())));
  }
}

// One list per timeout length in use; a client rarely has more than two or three.
const lists = new Map<number, DeadlineList>();
const MAX_IDLE_LISTS = 16;

/** Starts `entry`'s clock: it expires in `timeoutMs` unless stopped first. */
export function startDeadline(deadline: Deadline, timeoutMs: number): void {
  const entry = deadline as Linked;
  let list = lists.get(timeoutMs);
  if (list === undefined) {
    if (lists.size >= MAX_IDLE_LISTS) for (const [ms, idle] of lists) if (idle.head === undefined) lists.delete(ms);
    list = new DeadlineList(timeoutMs);
    lists.set(timeoutMs, list);
  }
  list.add(entry);
}

/** Stops `entry`'s clock; a no-op once it has expired or been stopped. */
export function stopDeadline(deadline: Deadline): void {
  const entry = deadline as Linked;
  entry.list?.remove(entry);
}

const perf = (globalThis as { performance?: { now(): number } }).performance;
// A monotonic clock where there is one, so a wall-clock jump neither fires nor stalls timeouts.
const now: () => number = perf && typeof perf.now === "function" ? () => perf.now() : Date.now;
