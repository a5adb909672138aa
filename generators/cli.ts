/**
 * The `vantage-codegen` command. Each subcommand parses its flags, calls one
 * module, and turns SpecError into one clear line and an exit code.
 */
import { parseArgs } from "node:util";
import { writeFileSync, mkdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { DEFAULT_SPEC, SpecError } from "./spec-error.js";
import { runLint } from "./lint.js";
import { PARTS } from "./parts.js";


const USAGE = `Usage: vantage-codegen <command> [options]

Commands:
  generate [--spec F] [--out D] [--only types,client,server,docs] [--name N] [--check] [--watch] [--quiet] [--json]
                                  generate types, SDK, server stubs and docs (default out: generated/)
  lint [--spec F]                 Redocly lint with the project's rules
  bundle [--spec F] [-o F]        write the spec as one file (.yaml or .json)
  mock [--spec F] [--port 4010] [--dynamic]
                                  Prism mock server of the spec for frontend work
  docs [--spec F] [--out D] [--serve] [--port 8080]
                                  the offline docs site and the Postman collection alone
  diff BASE HEAD [--format text|md|json] [--fail-on breaking] [--changelog [FILE]] [--date YYYY-MM-DD]
                                  classify spec changes (files or git:REF), propose the semver bump

Options:
  --spec F   root OpenAPI document (default ${DEFAULT_SPEC})
  --out D    output folder for generate (default generated/)
  --only P   comma-separated parts to generate: ${PARTS.join(",")} (default all)
  --name N   SDK client class name (default from info.title)
  --check    write nothing; exit 1 and list files that differ from what would be generated
  --watch    regenerate on every save of any file of the spec; a broken save keeps the last good output
  --allow-remote-refs  fetch http(s) $refs (10 s timeout) instead of refusing them
  --quiet    print nothing on success
  --json     print one JSON object { ok, files, timings } on stdout
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
    const { loadSpec, serializeSpec } = await import("./load.js");
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
