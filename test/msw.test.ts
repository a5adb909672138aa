/**
 * The generated MSW handlers (generated/msw/): a frontend test suite mocks
 * the API with them and no server. Real msw/node `setupServer` intercepting
 * the generated SDK's fetch and plain fetch; the answers are the spec's
 * examples (checked against the spec by the tests' ajv oracle), Prefer
 * code=/delay= work as on the mock server. Then the handlers generated for
 * every fixture spec (and the pets spec) type-check under tsc --strict in
 * one program, with a consumer file whose wrong override must not compile.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setupServer } from "msw/node";
import { http, HttpResponse } from "msw";
import { loadSpec } from "../generators/load/load.js";
import { generate } from "../generators/pipeline/generate.js";
import { writeAtomically } from "../generators/pipeline/output.js";
import { createSchemaValidator } from "./helpers/openapi-schema.js";
import { typecheckDir } from "./helpers/typecheck.js";
import { responseSchema } from "./helpers/mock-requests.js";
import { createHandlers, mockResponses } from "../generated/msw/index.js";
import { Vantage, NotFoundError } from "../generated/client/index.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
const BASE = "http://vantage.test/v1";

describe("generated MSW handlers in a test suite (msw/node)", () => {
  const server = setupServer(...createHandlers({ baseUrl: BASE }));
  let document: any;
  let oracle: ReturnType<typeof createSchemaValidator>;
  let vantage: Vantage;

  beforeAll(async () => {
    document = (await loadSpec(path.join(repoRoot, "spec/openapi.yaml"))).document;
    oracle = createSchemaValidator(document);
    server.listen({ onUnhandledRequest: "error" });
    // After listen(): the SDK keeps the fetch it is given at construction, and MSW patches the global one.
    vantage = new Vantage({ baseUrl: BASE, apiKey: "test", maxRetries: 0 });
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it("answers the generated SDK with the spec's examples", async () => {
    const page = await vantage.jobs.list({ limit: 10 });
    const example = (mockResponses.listJobs["200"].body as { jobs: { id: string }[] }).jobs;
    expect(page.items.map((j) => j.id)).toEqual(example.map((j) => j.id));
    expect(
      oracle.validate(responseSchema(document, "get", "/jobs", 200).schema, { jobs: page.items, total: page.total, page: 1, per_page: 10 }, "response"),
    ).toEqual([]);
    const job = await vantage.jobs.get("job_123");
    expect(job).toEqual(mockResponses.getJob["200"].body);
    const created = await vantage.jobs.create({ name: "n", cluster_id: "cluster_abc", command: "c", resources: { cpus: 1, memory: "1GB" } });
    expect(created).toEqual(mockResponses.createJob["201"].body);
  });

  it("answers every operation with a declared status and a body valid against the spec", async () => {
    let checked = 0;
    for (const [route, item] of Object.entries<any>(document.paths)) {
      for (const method of ["get", "post", "put", "patch", "delete"]) {
        if (!item[method]) continue;
        const url = `${BASE}${route.replace(/\{[^}]+\}/g, "x1")}`;
        const response = await fetch(url, { method: method.toUpperCase() });
        const { schema, declared } = responseSchema(document, method, route, response.status);
        expect(declared, `${method} ${route} → ${response.status}`).toBe(true);
        if (schema && /json/.test(response.headers.get("content-type") ?? ""))
          expect(oracle.validate(schema, await response.json(), "response"), `${method} ${route}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBe(33);
  });

  it("picks a declared status with Prefer: code= and waits with Prefer: delay=", async () => {
    const error = await vantage.jobs.get("job_123", { headers: { Prefer: "code=404" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe((mockResponses.getJob["404"].body as { error: string }).error);
    const started = Date.now();
    await fetch(`${BASE}/jobs`, { headers: { Prefer: "delay=300" } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("lets a test override one operation with a typed body", async () => {
    server.use(
      http.get(`${BASE}/jobs/:job_id`, ({ params }) => HttpResponse.json({ ...(mockResponses.getJob["200"].body as object), id: String(params.job_id) })),
    );
    expect((await vantage.jobs.get("job_override")).id).toBe("job_override");
  });
});

describe("generated MSW handlers compile under tsc --strict for every spec", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "vantage-msw-tsc-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("edge specs, the pets API and Vantage: one strict program, and a wrong override is refused", async () => {
    const edge = path.join(repoRoot, "test/fixtures/specs/edge");
    const specs = [
      ...readdirSync(edge)
        .filter((f) => /\.(ya?ml|json)$/.test(f) && f !== "external-shared.json")
        .map((f) => path.join(edge, f)),
      path.join(repoRoot, "test/fixtures/mock/pets.yaml"),
      path.join(repoRoot, "test/fixtures/specs/real/opencode.yaml"),
    ];
    for (const [i, spec] of specs.entries()) {
      const { files } = await generate({ spec, only: ["types", "msw"] });
      writeAtomically(path.join(dir, `case-${i}`), ["types", "msw"], files);
    }
    const pets = path.join(dir, `case-${specs.length - 2}`);
    mkdirSync(path.join(pets, "app"), { recursive: true });
    writeFileSync(
      path.join(pets, "app", "overrides.ts"),
      `import { http, HttpResponse } from "msw";
import { createHandlers, type MockBodies } from "../msw/index.js";
export const handlers = [
  http.get<never, never, MockBodies["listPets"]>("http://x/pets", () => HttpResponse.json({ data: [], next_cursor: null })),
  // @ts-expect-error next_cursor is required and data holds pets, not numbers
  http.get<never, never, MockBodies["listPets"]>("http://x/pets", () => HttpResponse.json({ data: [1] })),
  ...createHandlers({ baseUrl: "http://x", delay: 10 }),
];
`,
    );
    expect(typecheckDir(dir)).toEqual([]);
  }, 300_000);
});
