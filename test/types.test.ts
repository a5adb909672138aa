/**
 * The generated SDK's types, checked by the compiler: a fixture that uses the
 * client generated from the Vantage spec (and the discriminator edge specs)
 * is compiled with tsc --strict. Lines marked `// @ts-expect-error` must be
 * rejected: if the generator ever lets one through, tsc reports an unused
 * directive and the test fails.
 */
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, symlinkSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../generators/cli/main.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const specsDir = path.resolve(repoRoot, "test/fixtures/specs");

const VANTAGE_FIXTURE = `
import { Vantage, JobStatus, type Job, type JobCreate, type Webhook, type WebhookInput, type Page } from "./vantage/client/index.js";
import type { APIPromise, PagePromise, FileDownload } from "./vantage/client/index.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const assert = <T extends true>(_: T) => {};

const client = new Vantage({ apiKey: "k" });

// A method's result is the success body only.
const got = client.jobs.get("job_1");
assert<Equal<typeof got, APIPromise<Job>>>(true);
async function use() {
  const job = await client.jobs.get("job_1");
  const id: string = job.id;
  const status: JobStatus = job.status;
  // @ts-expect-error the result is the body, not a response wrapper
  job.data;
  // writeOnly fields are not in responses.
  const hook: Webhook = await client.webhooks.create({ url: "https://x.test", events: ["job.created"], active: true, secret: "0123456789abcdef" });
  // @ts-expect-error Webhook.secret is writeOnly
  hook.secret;
  const page = await client.jobs.list({ status: "running", limit: 10 });
  const first: Job | undefined = page.items[0];
  return [id, status, first];
}
assert<Equal<ReturnType<typeof client.jobs.list>, PagePromise<import("./vantage/client/index.js").JobList, Job>>>(true);

// Required fields are enforced.
// @ts-expect-error command and resources are missing
client.jobs.create({ name: "n", cluster_id: "c" });
client.jobs.create({ name: "n", cluster_id: "c", command: "run", resources: { cpus: 1, memory: "1GB" } });
// readOnly fields are not part of request bodies.
// @ts-expect-error id is readOnly
const withId: JobCreate = { id: "x", name: "n", cluster_id: "c", command: "run", resources: { cpus: 1, memory: "1GB" } };
// @ts-expect-error created_at is readOnly on Webhook
const hookInput: WebhookInput = { url: "https://x.test", events: ["job.created"], created_at: "2024-01-01T00:00:00Z" };
// Enums are enforced, in query and body.
// @ts-expect-error "sleeping" is not a JobStatus
client.jobs.list({ status: "sleeping" });
// @ts-expect-error only "cancelled" can be set
client.jobs.update("job_1", { status: "running" });
// Path params are required.
// @ts-expect-error jobId is missing
client.jobs.get();
// @ts-expect-error userId is missing
client.teams.members.remove("team_1");

// The enum's values, as a readonly tuple, and the same-named union type.
assert<Equal<typeof JobStatus.values, readonly ["pending", "queued", "running", "completed", "failed", "cancelled"]>>(true);
assert<Equal<JobStatus, "pending" | "queued" | "running" | "completed" | "failed" | "cancelled">>(true);

// Text and binary downloads.
assert<Equal<ReturnType<typeof client.jobs.output>, APIPromise<string>>>(true);
assert<Equal<ReturnType<typeof client.storage.files.download>, APIPromise<FileDownload>>>(true);
assert<Equal<FileDownload extends ReadableStream<Uint8Array> ? true : false, true>>(true);
assert<Equal<ReturnType<typeof client.jobs.delete>, APIPromise<void>>>(true);
// Multipart uploads take file content.
client.storage.files.upload({ file: new Blob(["x"]), path: "/data/x.csv" });
// @ts-expect-error file must be file content
client.storage.files.upload({ file: 42, path: "/data/x.csv" });
export type { Page };
export { use, withId, hookInput };
`;

const DISCRIMINATOR_FIXTURE = `
import type { Foo } from "./mapped-many/client/index.js";
import type { Quuz } from "./one-of/client/index.js";

// mapping: one/two → Bar, three → Baz, four → Spæcial.
const one: Foo = { foo: "one" };
const three: Foo = { foo: "three" };
// @ts-expect-error "five" is no mapping value
const five: Foo = { foo: "five" };
function narrow(value: Foo): "Bar" | "Baz" | "Spaecial" {
  if (value.foo === "three") return "Baz";
  if (value.foo === "four") return "Spaecial";
  const bar: "one" | "two" = value.foo;
  return bar ? "Bar" : "Bar";
}
const q: Quuz = { id: "1", type: "Bar" };
// @ts-expect-error id is required on every member
const noId: Quuz = { type: "Baz" };
export { one, three, five, narrow, q, noId };
`;

describe("generated types", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "vantage-types-"));
  let tsc: { status: number | null; output: string };

  beforeAll(async () => {
    const runs: [string, string][] = [
      [path.join(repoRoot, "spec/openapi.yaml"), "vantage"],
      [path.join(specsDir, "edge/discriminator-mapped-many.yaml"), "mapped-many"],
      [path.join(specsDir, "edge/discriminator-one-of.yaml"), "one-of"],
    ];
    for (const [spec, dir] of runs) {
      const code = await main(["generate", "--spec", spec, "--out", path.join(root, dir), "--only", "types,client", "--quiet"]);
      if (code !== 0) throw new Error(`generate ${spec} exited ${code}`);
    }
    writeFileSync(path.join(root, "vantage.check.ts"), VANTAGE_FIXTURE);
    writeFileSync(path.join(root, "discriminator.check.ts"), DISCRIMINATOR_FIXTURE);
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(root, "node_modules"), "dir");
    writeFileSync(
      path.join(root, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          lib: ["ES2023", "DOM", "DOM.Iterable"],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          skipDefaultLibCheck: true,
          types: [],
          noUnusedLocals: false,
        },
        include: ["*.check.ts", "*/client/**/*.ts", "*/types/**/*.ts"],
      }),
    );
    const result = spawnSync(process.execPath, [path.join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", root], { encoding: "utf8" });
    tsc = { status: result.status, output: `${result.stdout}${result.stderr}` };
  }, 180_000);

  it("enforce required fields, enums, path params, readOnly/writeOnly, success bodies (Vantage spec)", () => {
    expect(
      tsc.output
        .split("\n")
        .filter((l) => l.includes("vantage.check.ts"))
        .join("\n"),
    ).toBe("");
  });

  it("honour discriminator mappings", () => {
    expect(
      tsc.output
        .split("\n")
        .filter((l) => l.includes("discriminator.check.ts"))
        .join("\n"),
    ).toBe("");
  });

  it("compile cleanly as a whole", () => {
    expect(tsc.output).toBe("");
    expect(tsc.status).toBe(0);
  });

  it("exports the enum value lists at runtime from types/index.ts", () => {
    const types = readFileSync(path.join(root, "vantage/types/index.ts"), "utf8");
    expect(types).toContain('JobStatus: ["pending","queued","running","completed","failed","cancelled"],');
  });
});

describe("types generator", () => {
  it("matches openapiTS(document, options) byte for byte (transformSchema is called directly, for speed)", async () => {
    const { default: openapiTS, astToString } = await import("openapi-typescript");
    const { createConfig } = await import("@redocly/openapi-core");
    const { loadSpec } = await import("../generators/load/load.js");
    const { transformDocument, TYPES_OPTIONS } = await import("../generators/types/generate-types.js");
    for (const name of ["full.yaml", "discriminator-all-of.yaml", "transformers-recursive.json"]) {
      const { document } = await loadSpec(path.join(specsDir, "edge", name));
      const redocly = await createConfig({ rules: {} }, { extends: [] } as never);
      const viaApi = astToString(await openapiTS(structuredClone(document) as never, { ...TYPES_OPTIONS, redocly }));
      expect(astToString(transformDocument(document)), name).toBe(viaApi);
    }
  });
});
