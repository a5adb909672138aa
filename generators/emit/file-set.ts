/** A generator's output: relative path → text (pipeline/output.ts writes it). */
export type FileSet = Map<string, string>;
