/**
 * `vantage-codegen diff BASE HEAD [--format text|md|json] [--fail-on breaking]
 *   [--changelog [FILE]] [--date YYYY-MM-DD]`
 * BASE and HEAD: spec files or `git:REF[:path]` (default path spec/openapi.yaml).
 * Exit 0, or 1 with --fail-on breaking when a change is breaking, or 2 for bad input.
 */
import path from "node:path";
import { SpecError } from "../load.js";
import { COMMAND_USAGE } from "./usage.js";
import { diffSpecs, render, versionWarning, writeChangelog, type Format } from "../diff/index.js";

const USAGE = COMMAND_USAGE.diff;

const FORMATS = ["text", "md", "json"];

function usage(message: string): number {
  console.error(`vantage-codegen diff: ${message}\n\n${USAGE}`);
  return 2;
}

export async function diffCommand(args: string[]): Promise<number> {
  const positional: string[] = [];
  let format: Format = "text";
  let failOn: string | undefined;
  let changelog: string | undefined;
  let date: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === "-h" || flag === "--help") {
      console.log(USAGE);
      return 0;
    } else if (flag === "--format") {
      const v = value();
      if (!v || !FORMATS.includes(v)) return usage(`--format must be one of ${FORMATS.join(", ")} (got ${v ?? "nothing"}).`);
      format = v as Format;
    } else if (flag === "--fail-on") {
      const v = value();
      if (v !== "breaking") return usage(`--fail-on takes "breaking" (got ${v ?? "nothing"}).`);
      failOn = v;
    } else if (flag === "--changelog") {
      // The file is optional: take the next word only when it is not a flag and both specs are already given.
      if (inline !== undefined) changelog = inline;
      else if (args[i + 1] !== undefined && !args[i + 1].startsWith("--") && positional.length >= 2) changelog = args[++i];
      else changelog = "CHANGELOG.md";
    } else if (flag === "--date") {
      const v = value();
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return usage(`--date takes YYYY-MM-DD (got ${v ?? "nothing"}).`);
      date = v;
    } else if (flag.startsWith("-")) {
      return usage(`unknown option ${flag}.`);
    } else positional.push(arg);
  }
  if (positional.length !== 2) return usage(`expected BASE and HEAD, got ${positional.length} argument${positional.length === 1 ? "" : "s"}.`);

  let result;
  try {
    result = await diffSpecs(positional[0], positional[1]);
  } catch (error) {
    if (error instanceof SpecError) {
      console.error(`error: ${error.message}`);
      return 2;
    }
    throw error;
  }
  process.stdout.write(render(result, format));

  if (changelog !== undefined) {
    const version = result.head.version ?? "Unreleased";
    const warning = versionWarning(result.base.version, result.head.version, result.bump);
    if (warning) console.error(`warning: ${warning}`);
    const day = date ?? new Date().toISOString().slice(0, 10);
    writeChangelog(path.resolve(changelog), result, version, day);
    console.error(`changelog: added ${version} to ${changelog}`);
  }
  return failOn === "breaking" && result.changes.some((c) => c.breaking) ? 1 : 0;
}
