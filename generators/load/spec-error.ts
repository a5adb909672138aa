/**
 * What every command needs before it loads anything heavy: the default input
 * and the error type for problems in the user's input. Kept apart from
 * load.ts so `--help`, `lint` and argument errors don't load the bundler.
 */

/** The Vantage spec, the default input of every command. */
export const DEFAULT_SPEC = "spec/openapi.yaml";

/** A problem in the user's input: file, location and a hint, never a stack trace. */
export class SpecError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly location?: string,
    /** Exit code for the command: 2 for unusable input (missing file), 1 otherwise. */
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "SpecError";
  }
}
