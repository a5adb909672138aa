/**
 * diff/semver: the proposed bump, and whether a version change honours it.
 */
import type { Bump, Change } from "./types.js";

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export function proposeBump(changes: Change[]): Bump {
  let best: Bump = "none";
  for (const c of changes) if (!c.ignored && RANK[c.bump] > RANK[best]) best = c.bump;
  return best;
}

export function parseVersion(version: unknown): [number, number, number] | undefined {
  if (typeof version !== "string") return undefined;
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/**
 * The bump that went from `from` to `to`. Below 1.0.0 semver lets a minor
 * bump carry breaking changes, so 0.x counts one level higher
 * (0.1.0 → 0.2.0 is "major", 0.1.0 → 0.1.1 is "minor").
 */
export function actualBump(from: string | undefined, to: string | undefined): Bump | undefined {
  const a = parseVersion(from);
  const b = parseVersion(to);
  if (!a || !b) return undefined;
  if (b[0] !== a[0]) return b[0] > a[0] ? "major" : "none";
  if (a[0] === 0) {
    if (b[1] !== a[1]) return b[1] > a[1] ? "major" : "none";
    return b[2] > a[2] ? "minor" : "none";
  }
  if (b[1] !== a[1]) return b[1] > a[1] ? "minor" : "none";
  return b[2] > a[2] ? "patch" : "none";
}

/** A warning when HEAD's version does not move as far as the changes ask, else undefined. */
export function versionWarning(from: string | undefined, to: string | undefined, proposed: Bump): string | undefined {
  if (proposed === "none") return undefined;
  const actual = actualBump(from, to);
  if (actual === undefined) {
    return `cannot compare info.version "${String(from)}" → "${String(to)}" as semver; the changes ask for a ${proposed} bump.`;
  }
  if (RANK[actual] < RANK[proposed]) {
    return `info.version goes ${from} → ${to} (${actual === "none" ? "no bump" : `a ${actual} bump`}), but the changes ask for a ${proposed} bump.`;
  }
  return undefined;
}
