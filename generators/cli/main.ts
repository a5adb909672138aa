/**
 * The `vantage-codegen` command. Each subcommand parses its flags, calls one
 * module, and turns SpecError into one clear line and an exit code.
 * Conventions: `<command> --help` prints that command's usage (exit 0),
 * `--version` the package version, a wrong flag the command's usage (exit 2).
 */
import { parseArgs } from "node:util";
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { DEFAULT_SPEC, SpecError } from "../load/spec-error.js";
import { packageVersion } from "../runners/package-root.js";
import { COMMAND_USAGE, USAGE, wantsHelp, type CommandName } from "./usage.js";

type Command = (args: string[]) => Promise<number>;

const commands: Record<CommandName, Command> = {
  lint: async (args) => (await import("./commands/lint.js")).lintCommand(args),
  bundle: async (args) => {
    const { values } = parseArgs({
      args,
      options: { spec: { type: "string", default: DEFAULT_SPEC }, output: { type: "string", short: "o" } },
    });
    const { loadSpec, serializeSpec } = await import("../load/load.js");
    const { document } = await loadSpec(values.spec!);
    const text = serializeSpec(document, values.output ?? "out.yaml");
    if (!values.output) {
      process.stdout.write(text);
      return 0;
    }
    mkdirSync(path.dirname(path.resolve(values.output)), { recursive: true });
    writeFileSync(values.output, text);
    console.error(`bundled ${values.spec} → ${values.output}`);
    return 0;
  },
  // Loaded on use: each pulls in heavy libraries (the bundler, TypeScript, Prism's runner, the
  // Postman converter, the diff engine) that the other commands should not pay for at start-up.
  generate: async (args) => (await import("./commands/generate.js")).generateCommand(args),
  docs: async (args) => (await import("./commands/docs.js")).docsCommand(args),
  mock: async (args) => (await import("./commands/mock.js")).mockCommand(args),
  diff: async (args) => (await import("./commands/diff.js")).diffCommand(args),
};

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "-h" || name === "--help" || name === "help") {
    // `help generate` is `generate --help`.
    if (name === "help" && rest[0] && isCommand(rest[0])) {
      console.log(COMMAND_USAGE[rest[0]]);
      return 0;
    }
    // No command at all is a usage error: the help goes to stderr, exit 2.
    if (!name) console.error(USAGE);
    else console.log(USAGE);
    return name ? 0 : 2;
  }
  if (name === "-V" || name === "--version" || name === "version") {
    console.log(packageVersion());
    return 0;
  }
  if (!isCommand(name)) {
    console.error(`vantage-codegen: unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  if (wantsHelp(rest)) {
    console.log(COMMAND_USAGE[name]);
    return 0;
  }
  try {
    return await commands[name](rest);
  } catch (error) {
    if (error instanceof SpecError) {
      console.error(`error: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`vantage-codegen ${name}: ${error.message}\n\n${COMMAND_USAGE[name]}`);
      return 2;
    }
    throw error;
  }
}
