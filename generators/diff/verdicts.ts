/**
 * diff/verdicts: what one change means for SDK users, as a value the rules
 * hand around. `sdk` says where a breaking change shows: "types" when the
 * generated TypeScript no longer accepts code written against BASE (the
 * --verify compiler must fail), "wire" when the code still compiles but a
 * call that worked is now rejected or a response handled is now different.
 */
import type { Change } from "./types.js";

export interface Verdict {
  breaking: boolean;
  bump: Change["bump"];
  section: Change["section"];
  severity: Change["severity"];
  sdk?: Change["sdk"];
}

export const BREAKING_TYPES: Verdict = { breaking: true, bump: "major", section: "Breaking", severity: "error", sdk: "types" };
export const BREAKING_WIRE: Verdict = { breaking: true, bump: "major", section: "Breaking", severity: "error", sdk: "wire" };
export const ADDED: Verdict = { breaking: false, bump: "minor", section: "Added", severity: "info" };
export const CHANGED: Verdict = { breaking: false, bump: "minor", section: "Changed", severity: "info" };
/** Not breaking for the SDK, but a client that checks more than the types might notice. */
export const WARN: Verdict = { breaking: false, bump: "minor", section: "Changed", severity: "warning" };
export const DEPRECATED: Verdict = { breaking: false, bump: "minor", section: "Deprecated", severity: "warning" };
export const FIXED: Verdict = { breaking: false, bump: "patch", section: "Fixed", severity: "info" };

export type Direction = "request" | "response";

/**
 * A change that makes the set of valid values smaller (`narrow`) or larger
 * (`widen`), for constraints the SDK's types do not carry (maxLength, minItems,
 * dependentRequired…). A client sends requests: narrowing breaks calls that
 * worked. A client reads responses: the code still compiles, but it was
 * written for the guarantees BASE documented (at most 100 characters, at least
 * one item, `email` whenever `name` is there); widening takes a guarantee away,
 * so it breaks code that ran (as oasdiff rates it). Narrowing a response is safe.
 */
export function constraintVerdict(dir: Direction, effect: "narrow" | "widen" | "both"): Verdict {
  if (dir === "request") return effect === "widen" ? CHANGED : BREAKING_WIRE;
  return effect === "narrow" ? CHANGED : BREAKING_WIRE;
}

/**
 * A change the SDK's types see: requests break when they accept less
 * (narrow), responses when they may hold more (widen).
 */
export function typeVerdict(dir: Direction, effect: "narrow" | "widen" | "both"): Verdict {
  if (effect === "both") return BREAKING_TYPES;
  if (dir === "request") return effect === "narrow" ? BREAKING_TYPES : CHANGED;
  return effect === "widen" ? BREAKING_TYPES : CHANGED;
}
