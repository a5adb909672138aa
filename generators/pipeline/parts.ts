/** The parts `generate` can write, in the order they are generated; `--only` picks among them. */
export const PARTS = ["types", "client", "server", "msw", "docs"] as const;
export type Part = (typeof PARTS)[number];

/**
 * What each part imports from another: the SDK and the server stubs import
^ * `../types/index.js`, so `--only client` alone would not compile; the
 * command generates these too (and says so).
 */
export const PART_NEEDS: Record<Part, Part[]> = {
  types: [],
  client: ["types"],
  server: ["types"],
  msw: ["types"],
  docs: [],
};

/** The asked parts plus what they need, in canonical order; `added` lists the ones not asked for. */
export function withNeeds(asked: Part[]): { parts: Part[]; added: Part[] } {
  const all = new Set<Part>(asked);
  for (const part of asked) for (const need of PART_NEEDS[part]) all.add(need);
  return { parts: PARTS.filter((p) => all.has(p)), added: PARTS.filter((p) => all.has(p) && !asked.includes(p)) };
}
