/**
 * The `vantage-codegen` command. Each subcommand parses its flags, calls one
 * module, and turns SpecError into one clear line and an exit code.
 */
import { parseArgs } from "node:util";
import { writeFileSync, mkdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { stringify } from "yaml";
import { loadSpec, SpecError } from "./load.js";
import { runLint } from "./lint.js";
import { generate, foldersOf, PARTS, type Part } from "./generate.js";
import { checkOutput, writeAtomically } from "./files.js";
import { docsCommand } from "./commands/docs.js";
import { mockCommand } from "./commands/mock.js";
import { diffCommand } from "./commands/diff.js";

export const DEFAULT_SPEC = "spec/openapi.yaml";

const USAGE = `Usage: vantage-codegen <command> [options]

Commands:
  generate [--spec F] [--out D] [--only types,client] [--name N] [--check] [--quiet] [--json]
                                  generate the types and the SDK (default out: generated/)
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
  generate: (args) => runGenerateCommand(args),
  docs: docsCommand,
  mock: mockCommand,
  diff: diffCommand,
};

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

/**
 * `generate`: load → model → generators → one file set → one atomic write
 * (or, with --check, a comparison). Progress lines go to stderr so stdout
 * stays clean for --json.
 */
async function runGenerateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      spec: { type: "string", default: DEFAULT_SPEC },
      out: { type: "string", default: "generated" },
      only: { type: "string" },
      name: { type: "string" },
      check: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
  });
  const only = parseOnly(values.only);
  if (typeof only === "string") {
    console.error(`vantage-codegen generate: ${only}`);
    return 2;
  }
  const progress = !values.quiet && !values.json;
  const report = (message: string) => progress && console.error(message);
  let result;
  try {
    result = await generate({ spec: values.spec!, only, name: values.name, onStep: (step, ms) => report(`${step} ${ms}ms`) });
  } catch (error) {
    if (values.json && error instanceof SpecError) {
      process.stdout.write(`${JSON.stringify({ ok: false, error: error.message, file: error.file, location: error.location ?? null })}\n`);
    }
    throw error;
  }
  const { files, timings, warnings } = result;
  const out = values.out!;
  // After the step lines, so progress stays one line per step.
  const printWarnings = () => {
    if (progress && warnings.length) console.error(warnings.map((w) => `warning: ${w}`).join("\n"));
  };
  if (values.check) {
    const diff = checkOutput(out, foldersOf(only), files);
    const problems = [
      ...diff.stale.map((f) => `stale   ${path.join(out, f)}`),
      ...diff.missing.map((f) => `missing ${path.join(out, f)}`),
      ...diff.extra.map((f) => `extra   ${path.join(out, f)}`),
    ];
    const ok = problems.length === 0;
    if (values.json) process.stdout.write(`${JSON.stringify({ ok, files: [...files.keys()], timings, ...diff })}\n`);
    else if (!ok) console.error(`${out} is out of date with ${values.spec} (run vantage-codegen generate):\n${problems.map((p) => `  ${p}`).join("\n")}`);
    else report(`${out} is up to date (${files.size} files)`);
    printWarnings();
    return ok ? 0 : 1;
  }
  const start = performance.now();
  writeAtomically(out, foldersOf(only), files);
  timings.write = Math.round(performance.now() - start);
  report(`write ${timings.write}ms`);
  report(`generated ${files.size} files in ${out}/ (${only.join(", ")})`);
  printWarnings();
  if (values.json) process.stdout.write(`${JSON.stringify({ ok: true, files: [...files.keys()], timings, warnings })}\n`);
  return 0;
}

/** `--only types,client` → the parts in canonical order; an error string for unknown parts. */
function parseOnly(raw: string | undefined): Part[] | string {
  if (raw === undefined) return [...PARTS];
  const asked = raw.split(",").map((p) => p.trim()).filter(Boolean);
  const unknown = asked.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length || asked.length === 0) {
    return `--only: unknown part${unknown.length === 1 ? "" : "s"} ${unknown.join(", ") || "(none given)"}; choose from ${PARTS.join(", ")}.`;
  }
  return PARTS.filter((p) => asked.includes(p));
}
