/**
 * The `vantage-codegen` command. Each subcommand parses its flags, calls one
 * module, and turns SpecError into one clear line and an exit code.
 */
import { parseArgs } from "node:util";
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { loadSpec, SpecError } from "./load.js";
import { runLint } from "./lint.js";

export const DEFAULT_SPEC = "spec/openapi.yaml";

const USAGE = `Usage: vantage-codegen <command> [options]

Commands:
  generate [--spec F] [--out D]   lint and bundle the spec (generators arrive with later releases)
  lint [--spec F]                 Redocly lint with the project's rules
  bundle [--spec F] [-o F]        write the spec as one file (.yaml or .json)
  mock, docs, diff                not available yet

Options:
  --spec F   root OpenAPI document (default ${DEFAULT_SPEC})
  -h, --help show this help`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  lint: async (args) => {
    const { values } = parseArgs({ args, options: { spec: { type: "string", default: DEFAULT_SPEC } } });
    return runLint(values.spec!);
  },
  bundle: async (args) => {
    const { values } = parseArgs({
      args,
      options: { spec: { type: "string", default: DEFAULT_SPEC }, output: { type: "string", short: "o" } },
    });
    const { document } = await loadSpec(values.spec!);
    const text = serialize(document, values.output ?? "out.yaml");
    if (!values.output) {
      process.stdout.write(text);
      return 0;
    }
    mkdirSync(path.dirname(path.resolve(values.output)), { recursive: true });
    writeFileSync(values.output, text);
    console.error(`bundled ${values.spec} → ${values.output}`);
    return 0;
  },
  generate: async (args) => {
    const { values } = parseArgs({
      args,
      options: { spec: { type: "string", default: DEFAULT_SPEC }, out: { type: "string", default: "generated" } },
    });
    const lintCode = await runLint(values.spec!);
    if (lintCode !== 0) return lintCode;
    const { document } = await loadSpec(values.spec!);
    mkdirSync(values.out!, { recursive: true });
    writeFileSync(path.join(values.out!, "openapi.yaml"), serialize(document, "openapi.yaml"));
    writeFileSync(path.join(values.out!, "openapi.json"), serialize(document, "openapi.json"));
    console.error(`bundled ${values.spec} → ${values.out}/openapi.yaml, ${values.out}/openapi.json`);
    return 0;
  },
};

function notYet(name: string): Command {
  return async () => {
    console.error(`vantage-codegen ${name}: not available yet in this version.`);
    return 2;
  };
}
for (const name of ["mock", "docs", "diff"]) commands[name] = notYet(name);

export function serialize(document: unknown, file: string): string {
  return file.endsWith(".json")
    ? JSON.stringify(document, null, 2) + "\n"
    : stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "-h" || name === "--help" || name === "help") {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`vantage-codegen: unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof SpecError) {
      console.error(`error: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`vantage-codegen ${name}: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
