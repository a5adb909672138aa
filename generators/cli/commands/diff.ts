/**
 * `vantage-codegen diff BASE HEAD [--format text|md|json|github|junit] [--fail-on breaking|warning]
 *   [--ignore FILE] [--verify] [--changelog [FILE]] [--date YYYY-MM-DD] [--force]`
 * BASE and HEAD: spec files or `git:REF[:path]` (default path spec/openapi.yaml).
 * Exit 0; 1 with --fail-on when a change at that level is not ignored, or when
 * --verify finds the rules disagreeing with the compiler; 2 for bad input or a
 * changelog that would overwrite a released entry.
 */
import path from "node:path";
import { SpecError } from "../../load/load.js";
import { COMMAND_USAGE } from "../usage.js";
import {
  applyIgnore,
  ChangelogConflict,
  counts,
  dateProblem,
  diffSources,
  FORMATS,
  readIgnoreFile,
  render,
  versionWarning,
  writeChangelog,
  type Format,
} from "../../diff/index.js";

const USAGE = COMMAND_USAGE.diff;

function usage(message: string): number {
  console.error(`vantage-codegen diff: ${message}\n\n${USAGE}`);
  return 2;
}

export async function diffCommand(args: string[]): Promise<number> {
  const positional: string[] = [];
  let format: Format = "text";
  let failOn: "breaking" | "warning" | undefined;
  let changelog: string | undefined;
  let date: string | undefined;
  let ignoreFile: string | undefined;
  let verify = false;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === "-h" || flag === "--help") {
      console.log(USAGE);
      return 0;
    } else if (flag === "--format") {
      const v = value();
      if (!v || !(FORMATS as string[]).includes(v)) return usage(`--format must be one of ${FORMATS.join(", ")} (got ${v ?? "nothing"}).`);
      format = v as Format;
    } else if (flag === "--fail-on") {
      const v = value()?.toLowerCase();
      // oasdiff spells the levels ERR / WARN.
      if (v === "breaking" || v === "error" || v === "err") failOn = "breaking";
      else if (v === "warning" || v === "warn") failOn = "warning";
      else return usage(`--fail-on takes "breaking" or "warning" (got ${v ?? "nothing"}).`);
    } else if (flag === "--ignore" || flag === "--err-ignore") {
      const v = value();
      if (!v) return usage(`${flag} takes a file.`);
      ignoreFile = v;
    } else if (flag === "--verify") {
      verify = true;
    } else if (flag === "--force") {
      force = true;
    } else if (flag === "--changelog") {
      // The file is optional: take the next word only when it is not a flag and both specs are already given.
      if (inline !== undefined) changelog = inline;
      else if (args[i + 1] !== undefined && !args[i + 1].startsWith("--") && positional.length >= 2) changelog = args[++i];
      else changelog = "CHANGELOG.md";
    } else if (flag === "--date") {
      const v = value();
      const problem = v === undefined ? "--date takes a date written YYYY-MM-DD." : dateProblem(v);
      if (problem) return usage(problem);
      date = v;
    } else if (flag.startsWith("-")) {
      return usage(`unknown option ${flag}.`);
    } else positional.push(arg);
  }
  if (positional.length !== 2) return usage(`expected BASE and HEAD, got ${positional.length} argument${positional.length === 1 ? "" : "s"}.`);

  let loaded;
  let result;
  try {
    loaded = await diffSources(positional[0], positional[1]);
    result = loaded.result;
    if (ignoreFile) result = applyIgnore(result, readIgnoreFile(ignoreFile));
  } catch (error) {
    if (error instanceof SpecError) {
      console.error(`error: ${error.message}`);
      return 2;
    }
    throw error;
  }
  // Annotations point at HEAD's file when it is one (a git: source has no file in the checkout).
  const headFile = positional[1].startsWith("git:") ? undefined : positional[1];
  process.stdout.write(render(result, format, headFile));
  if (format !== "text" && format !== "md" && format !== "json") for (const w of result.warnings ?? []) console.error(`warning: ${w}`);

  let code = 0;
  if (verify) {
    const { verifyPairs, describeOutcome } = await import("../../diff/verify.js");
    const [outcome] = await verifyPairs([
      { name: `${result.base.label} → ${result.head.label}`, base: loaded.base, head: loaded.head, changes: result.changes },
    ]);
    console.error(describeOutcome(outcome));
    if (!outcome.agree) code = 1;
  }

  if (changelog !== undefined) {
    const version = result.head.version ?? "Unreleased";
    const warning = versionWarning(result.base.version, result.head.version, result.bump);
    if (warning) console.error(`warning: ${warning}`);
    const day = date ?? new Date().toISOString().slice(0, 10);
    try {
      writeChangelog(path.resolve(changelog), result, version, day, { force, label: changelog });
    } catch (error) {
      if (error instanceof ChangelogConflict) {
        console.error(`error: ${error.message}`);
        return 2;
      }
      throw error;
    }
    console.error(`changelog: added ${version} to ${changelog}`);
  }
  const failing =
    failOn === "breaking" ? result.changes.filter(counts) : failOn === "warning" ? result.changes.filter((c) => !c.ignored && c.severity !== "info") : [];
  return failing.length > 0 ? 1 : code;
}
