/**
 * `vantage-codegen lint [--spec F] [--config FILE] [--format text|json]`:
 * flags → runLint (generators/runners/redocly-lint.ts chooses the rules).
 */
import { parseArgs } from "node:util";
import { DEFAULT_SPEC } from "../../load/spec-error.js";
import { runLint, type LintFormat } from "../../runners/redocly-lint.js";
import { COMMAND_USAGE } from "../usage.js";

const FORMATS: LintFormat[] = ["text", "json"];

export async function lintCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      spec: { type: "string", default: DEFAULT_SPEC },
      config: { type: "string" },
      format: { type: "string", default: "text" },
    },
  });
  if (!FORMATS.includes(values.format as LintFormat)) {
    console.error(`vantage-codegen lint: --format must be one of ${FORMATS.join(", ")} (got ${values.format}).\n\n${COMMAND_USAGE.lint}`);
    return 2;
  }
  return runLint({ spec: values.spec!, config: values.config, format: values.format as LintFormat });
}
