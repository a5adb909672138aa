/** Declarations of scripts/build.js, for the TypeScript that calls it (test/global-setup.ts). */
export function build(): void;
export function buildIfStale(options?: { log?: (line: string) => void }): boolean;
