/**
 * usage: every command's help text, in one light module. `<command> --help`
 * and a wrong flag print the command's own usage without loading the
 * command (generate and diff pull in the bundler and TypeScript).
 */
import { DEFAULT_SPEC } from "../load/spec-error.js";
import { PARTS } from "../pipeline/parts.js";

export const COMMAND_USAGE = {
  generate: `Usage: vantage-codegen generate [--spec F] [--out D] [--only PARTS] [--name N] [--check | --watch] [--quiet | --json]

Generate the types, the SDK, the server stubs and the docs from an OpenAPI document.

Options:
  --spec F             root OpenAPI document (default ${DEFAULT_SPEC})
  --out D              output folder (default generated/)
  --only PARTS         comma-separated parts: ${PARTS.join(",")} (default all); client and server
                       also generate types, which they import
  --name N             SDK client class name (default from info.title)
  --check              write nothing; exit 1 listing each stale, missing or extra file
  --watch              regenerate on every save of any file of the spec (not with --check)
  --allow-remote-refs  fetch http(s) $refs (10 s timeout) instead of refusing them
  --quiet              print nothing on success (with --watch: only problems)
  --json               print one JSON object { ok, files, timings } on stdout (with --watch: one line per run)
  -h, --help           show this help`,
  lint: `Usage: vantage-codegen lint [--spec F] [--config FILE] [--format text|json]

Lint an OpenAPI document with Redocly. The Vantage spec (${DEFAULT_SPEC}) gets the project's house
rules (redocly.yaml); any other document gets Redocly's recommended rules.

Options:
  --spec F             the document to lint (default ${DEFAULT_SPEC})
  --config FILE        a Redocly config (redocly.yaml) to lint with instead
  --format text|json   json: one object { ok, problems: [{ file, line, column, pointer, rule, severity, message }] }
  -h, --help           show this help

Exit 0 when clean, 1 on any problem, 2 when the file can't be read.`,
  bundle: `Usage: vantage-codegen bundle [--spec F] [-o F]

Write the spec as one file, YAML or JSON by the output's extension (stdout: YAML).

Options:
  --spec F             root OpenAPI document (default ${DEFAULT_SPEC})
  -o, --output F       the file to write (default: stdout)
  -h, --help           show this help`,
  mock: `Usage: vantage-codegen mock [--spec F] [--port 4010] [--dynamic [--seed N]] [--delay MS] [--stateful [--data F]]

Run a mock server of the spec on 127.0.0.1 for frontend work (Ctrl-C stops it): Prism behind a
front server that keeps every answer valid and errors in the API's format, or --stateful, the
generated server stubs over an in-memory store.

Options:
  --spec F             root OpenAPI document (default ${DEFAULT_SPEC})
  --port N             port to listen on (default 4010)
  --dynamic            answer with generated data instead of the spec's examples
  --seed N             seed for --dynamic data (repeatable answers)
  --delay MS           answer every request after MS milliseconds
  --stateful           create, read, update, list and delete into an in-memory store
  --data F             with --stateful: load the store from F and save it there
  -h, --help           show this help

Per request: Prefer: code=404, example=NAME, dynamic=true, delay=MS`,
  docs: `Usage: vantage-codegen docs [--spec F] [--out D] [--serve] [--port 8080]

Build the offline docs site (D/docs/) and the Postman collection (D/postman/) alone.

Options:
  --spec F             root OpenAPI document (default ${DEFAULT_SPEC})
  --out D              output folder (default generated/)
  --serve              then serve D on 127.0.0.1 until Ctrl-C
  --port N             port for --serve (default 8080)
  -h, --help           show this help`,
  diff: `Usage: vantage-codegen diff BASE HEAD [--format text|md|json|github|junit] [--fail-on breaking|warning] [--ignore FILE] [--verify] [--changelog [FILE]] [--date YYYY-MM-DD] [--force]

Classify the changes between two specs as the generated SDK sees them, and propose the semver bump.

Arguments:
  BASE, HEAD           spec files, or git:REF[:path] (default path ${DEFAULT_SPEC})
Options:
  --format F           text (default), md, json, github (workflow annotations) or junit (XML)
  --fail-on LEVEL      exit 1 on any breaking change (breaking, or oasdiff's ERR) or any warning (warning, WARN)
  --ignore FILE        accepted changes, one "METHOD /path description" a line (also --err-ignore)
  --verify             prove the verdict: type-check a program written against BASE's SDK against HEAD's
  --changelog [FILE]   add an entry to FILE (default CHANGELOG.md); a released version is never rewritten
  --date YYYY-MM-DD    the changelog entry's date (default today)
  --force              rewrite the changelog entry of an unchanged version
  -h, --help           show this help`,
} as const;

export type CommandName = keyof typeof COMMAND_USAGE;

export const COMMANDS = Object.keys(COMMAND_USAGE) as CommandName[];

/** The first line of each command's usage, for the overview. */
function summary(name: CommandName): string {
  const [usageLine, , description] = COMMAND_USAGE[name].split("\n");
  return `  ${usageLine.replace("Usage: vantage-codegen ", "")}\n      ${description}`;
}

export const USAGE = `Usage: vantage-codegen <command> [options]

Commands:
${COMMANDS.map(summary).join("\n")}

Options:
  -h, --help     show this help (vantage-codegen <command> --help: that command's)
  -V, --version  print the version`;

/** True when the arguments ask for help (before a `--`, which ends the options). */
export function wantsHelp(args: string[]): boolean {
  for (const arg of args) {
    if (arg === "--") return false;
    if (arg === "-h" || arg === "--help") return true;
  }
  return false;
}
