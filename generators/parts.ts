/** The parts `generate` can write, in the order they are generated; `--only` picks among them. */
export const PARTS = ["types", "client", "server", "msw", "docs"] as const;
export type Part = (typeof PARTS)[number];
