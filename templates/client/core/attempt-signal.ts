/**
 * An attempt cut off through an AbortSignal handed to fetch: what works with
 * every fetch (browsers, Deno, Bun, a custom `fetch`).
 */
import { Attempt, type FetchLike } from "./attempt.js";

/** An attempt whose request follows its own AbortController. */
export class SignalAttempt extends Attempt {
  readonly #controller = new AbortController();

  send(fetchImpl: FetchLike, url: string, init: RequestInit & Record<string, unknown>): Promise<Response> {
    init.signal = this.#controller.signal;
    return fetchImpl(url, init);
  }

  protected cut(reason: unknown): void {
    this.#controller.abort(reason);
  }
}
