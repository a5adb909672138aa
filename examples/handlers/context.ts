/** What every handler module of the reference server shares. */
import type { VantageHandlers } from "../../generated/server/index.js";
import type { Store } from "../store.js";

/** Who a request acts for: the seed user every accepted API key belongs to. */
export interface Principal {
  userId: string;
}

export type Handlers = VantageHandlers<Principal>;

export type HandlerModule<K extends keyof Handlers> = (store: Store) => Required<Pick<Handlers, K>>;

export const now = () => new Date().toISOString();

/**
 * Replays the first result of a POST repeated with the same Idempotency-Key
 * (per caller), instead of acting twice.
 */
export async function once<R extends { status: number; body?: unknown }>(store: Store, principal: Principal, key: string | undefined, act: () => R | Promise<R>): Promise<R> {
  if (!key) return act();
  const slot = `${principal.userId}:${key}`;
  const previous = store.idempotent.get(slot);
  if (previous) return previous as R;
  const result = await act();
  if (result.status < 300) store.idempotent.set(slot, result);
  return result;
}
