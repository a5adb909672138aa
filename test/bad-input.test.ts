/**
 * Bad input through the built command, as users run it: each case must give
 * one clear message naming the file and the line or JSON pointer, a non-zero
 * exit, and leave a pre-filled output folder byte-identical. Plus the two
 * things that are not errors: undeclared path parameters (a warning, and the
 * code still compiles) and a 20 MB document (finishes, bounded memory).
 */
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot, typecheckDir } from "./helpers/typecheck.js";
import { largeSpec } from "./helpers/large-spec.js";

const bad = path.join(repoRoot, "test/fixtures/bad");
const root = mkdtempSync(path.join(os.tmpdir(), "vantage-bad-input-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * Runs the built command. `withoutFileAccessOverride`: the process must obey
 * file permissions. As root it runs under setpriv with the capabilities that
 * bypass them (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) dropped: it stays root,
 * so it still reaches bin/ and node_modules/ wherever the clone lives (also
 * a folder only its owner may enter), but can no longer read a mode-000 file.
 * A non-root user obeys permissions already.
 */
function cli(args: string[], options: { withoutFileAccessOverride?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const started = Date.now();
  const command = [process.execPath, path.join(repoRoot, "bin/vantage-codegen.js"), ...args];
  if (options.withoutFileAccessOverride && process.getuid?.() === 0) {
    command.unshift("setpriv", "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search", "--");
  }
  const result = spawnSync(command[0], command.slice(1), {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, ...options.env },
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

function readTree(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, readTree(path.join(dir, entry.name), rel));
    else out[rel] = readFileSync(path.join(dir, entry.name), "latin1");
  }
  return out;
}

/** An output folder holding a previous generation, every part present. */
function prefilledOut(name: string): string {
  const out = path.join(root, name, "generated");
  for (const file of [
    "types/index.ts",
    "client/index.ts",
    "client/resources/jobs.d.ts",
    "client/resources/jobs.js",
    "server/index.ts",
    "docs/index.html",
    "postman/collection.json",
  ]) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), `// previous ${file}\n`);
  }
  return out;
}

interface Case {
  name: string;
  /** The spec to pass (absolute). */
  spec: () => string;
  exit: number;
  /** Everything the message must say. */
  says: RegExp[];
  /** Run obeying file permissions (see cli()). */
  withoutFileAccessOverride?: boolean;
}

const fixture = (file: string) => () => path.join(bad, file);
const POINTER_200 = /\(#\/paths\/~1things\/get\/responses\/200\/content\/application~1json\/schema\)/;

const cases: Case[] = [
  { name: "missing file", spec: () => path.join(root, "nope.yaml"), exit: 2, says: [/nope\.yaml: no such file/] },
  { name: "a directory", spec: () => bad, exit: 2, says: [/fixtures\/bad: is a directory/] },
  {
    name: "unreadable file (no permission)",
    spec: () => {
      // Readable by no one (root included, once it obeys permissions).
      const file = path.join(root, "secret.yaml");
      copyFileSync(path.join(bad, "dangling-ref.yaml"), file);
      chmodSync(file, 0o000);
      return file;
    },
    withoutFileAccessOverride: true,
    exit: 2,
    says: [/secret\.yaml: can't read the file \(EACCES\)/],
  },
  { name: "YAML syntax error", spec: fixture("yaml-syntax.yaml"), exit: 1, says: [/yaml-syntax\.yaml/, /\(10:\d+\)|:10:\d+/] },
  { name: "JSON syntax error", spec: fixture("json-syntax.json"), exit: 1, says: [/json-syntax\.json:5:\d+: JSON syntax error/] },
  {
    name: "schema with an unknown type (type: strin)",
    spec: fixture("unknown-type.yaml"),
    exit: 1,
    says: [
      /unknown-type\.yaml:24 \(#\/paths\/~1things\/get\/responses\/200\/content\/application~1json\/schema\/properties\/name\/type\)/,
      /unknown schema type "strin" \(did you mean "string"\?\)/,
    ],
  },
  { name: "not OpenAPI (package.json)", spec: fixture("package.json"), exit: 1, says: [/package\.json/, /\(#\/openapi\): not an OpenAPI document/] },
  { name: "Swagger 2.0", spec: fixture("swagger2.yaml"), exit: 1, says: [/swagger2\.yaml:1 \(#\/swagger\)/, /Swagger 2\.0 document/, /swagger2openapi/] },
  { name: "openapi 4.0.0", spec: fixture("openapi-4.yaml"), exit: 1, says: [/openapi-4\.yaml:1 \(#\/openapi\)/, /unsupported OpenAPI version "4\.0\.0"/] },
  {
    name: "dangling local $ref",
    spec: fixture("dangling-ref.yaml"),
    exit: 1,
    says: [/dangling-ref\.yaml:15/, POINTER_200, /can't resolve \$ref "#\/components\/schemas\/Missing"/],
  },
  {
    name: "$ref to a missing file",
    spec: fixture("missing-file-ref.yaml"),
    exit: 1,
    says: [/missing-file-ref\.yaml:15:\d+/, POINTER_200, /schemas\/nowhere\.yaml/],
  },
  {
    name: "remote $ref (no network)",
    spec: fixture("remote-ref.yaml"),
    exit: 1,
    says: [
      /remote-ref\.yaml:15:\d+/,
      POINTER_200,
      /remote \$ref https:\/\/schemas\.example\.invalid\/thing\.yaml refused/,
      /VANTAGE_CODEGEN_ALLOW_REMOTE_REFS/,
    ],
  },
  {
    // 10.255.255.1 is never routed: a fetch would hang until a timeout. Refusing up front is instant.
    name: "remote $ref to a host that never answers",
    spec: () => {
      const file = path.join(root, "blackhole.yaml");
      writeFileSync(
        file,
        readFileSync(path.join(bad, "remote-ref.yaml"), "utf8").replace("https://schemas.example.invalid/thing.yaml", "http://10.255.255.1/thing.yaml"),
      );
      return file;
    },
    exit: 1,
    says: [/remote \$ref http:\/\/10\.255\.255\.1\/thing\.yaml refused/],
  },
  {
    name: "schema that is only a $ref to itself",
    spec: fixture("self-ref.yaml"),
    exit: 1,
    says: [/self-ref\.yaml:\d+ \(#\/components\/schemas\/Loop\)/, /\$ref cycle Loop → Loop/],
  },
  {
    name: "A: $ref B, B: $ref A",
    spec: fixture("ref-cycle.yaml"),
    exit: 1,
    says: [/ref-cycle\.yaml:\d+ \(#\/components\/schemas\/A\)/, /\$ref cycle A → B → A/],
  },
  {
    name: "array whose items are itself",
    spec: fixture("array-cycle.yaml"),
    exit: 1,
    says: [/array-cycle\.yaml:\d+ \(#\/components\/schemas\/Tree\/items\)/, /\$ref cycle Tree → Tree/],
  },
  {
    name: "discriminator parent listing children that allOf it",
    spec: fixture("discriminator-cycle.yaml"),
    exit: 1,
    says: [/discriminator-cycle\.yaml:\d+ \(#\/components\/schemas\/Pet\/oneOf\/0\)/, /\$ref cycle Pet → Cat → Pet/],
  },
  {
    name: "duplicate operationId",
    spec: fixture("duplicate-operation-id.yaml"),
    exit: 1,
    says: [
      /duplicate-operation-id\.yaml:12 \(#\/paths\/~1things~1\{id\}\/get\/operationId\)/,
      /duplicate operationId "getThing": also used at #\/paths\/~1things\/get/,
    ],
  },
  {
    name: "two operations asking for the same SDK method",
    spec: fixture("sdk-method-clash.yaml"),
    exit: 1,
    says: [
      /sdk-method-clash\.yaml:16 \(#\/paths\/~1v2~1jobs\/get\/x-sdk-method\)/,
      /GET \/v2\/jobs \(operationId "listJobsV2"\) and GET \/jobs \(operationId "listJobs"\) both ask for the SDK method jobs\.list/,
    ],
  },
];

describe("bad input: a clear message, a non-zero exit, the output untouched", () => {
  for (const c of cases) {
    it(c.name, () => {
      const out = prefilledOut(c.name.replace(/\W+/g, "-"));
      const before = readTree(out);
      const { code, stdout, stderr, ms } = cli(["generate", "--spec", c.spec(), "--out", out, "--only", "types,client,docs"], {
        withoutFileAccessOverride: c.withoutFileAccessOverride,
      });
      expect(code, stderr).toBe(c.exit);
      expect(stderr).toMatch(/^error: /);
      for (const pattern of c.says) expect(stderr).toMatch(pattern);
      // One line, no stack trace.
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stdout).toBe("");
      expect(readTree(out)).toEqual(before);
      expect(readdirSync(path.dirname(out))).toEqual(["generated"]);
      // Nothing here waits on the network or a timer.
      expect(ms).toBeLessThan(10_000);
    });
  }
});

describe("undeclared path parameters", () => {
  it("warn with the pointer, and the generated code still compiles", () => {
    const out = path.join(root, "undeclared");
    const { code, stderr } = cli(["generate", "--spec", path.join(bad, "undeclared-path-param.yaml"), "--out", out, "--only", "types,client"]);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /warning: \S*undeclared-path-param\.yaml \(#\/paths\/~1orgs~1\{org\}~1things~1\{thing-id\}\/get\/parameters\): path parameter "thing-id" of GET \/orgs\/\{org\}\/things\/\{thing-id\} is not declared/,
    );
    expect(readFileSync(path.join(out, "client/resources/orgs.d.ts"), "utf8")).toMatch(/\(org: string, thingId: string, options\?: RequestOptions\)/);
    expect(typecheckDir(out)).toEqual([]);
  }, 120_000);
});

describe("a 20 MB document", () => {
  it("generates types and client with bounded memory", () => {
    const { document, operations } = largeSpec(20e6);
    const spec = path.join(root, "large.json");
    writeFileSync(spec, JSON.stringify(document));
    const out = path.join(root, "large-out");
    const started = Date.now();
    const result = spawnSync(
      "/usr/bin/time",
      ["-v", process.execPath, path.join(repoRoot, "bin/vantage-codegen.js"), "generate", "--spec", spec, "--out", out, "--only", "types,client", "--quiet"],
      { encoding: "utf8", timeout: 120_000 },
    );
    const seconds = (Date.now() - started) / 1000;
    expect(result.status, result.stderr).toBe(0);
    const maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1]);
    console.log(`20 MB spec (${operations} operations): ${seconds.toFixed(1)} s, peak RSS ${(maxRssKb / 1024).toFixed(0)} MB`);
    expect(maxRssKb).toBeGreaterThan(0);
    expect(maxRssKb).toBeLessThan(2 * 1024 * 1024);
    expect(readdirSync(path.join(out, "client/resources")).length).toBeGreaterThan(10);
  }, 150_000);
});
