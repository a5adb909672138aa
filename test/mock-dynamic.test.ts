/**
 * `vantage-codegen mock --dynamic`: generated data that is always valid. Real
 * command processes (each with its real Prism) on free 127.0.0.1 ports; 200
 * requests spread over every operation, every answer checked against the
 * spec by the tests' own ajv oracle (not the mock's validator); then the
 * same on another spec with formats, patterns and bounds everywhere. A fixed
 * --seed gives the same data twice.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { loadSpec } from "../generators/load/load.js";
import { createSchemaValidator } from "./helpers/openapi-schema.js";
import { freePort } from "./helpers/prism.js";
import { responseSchema, runMock, stopMock, validRequests, waitForOutput, type RunningCommand } from "./helpers/mock-requests.js";

const repoRoot = path.resolve(import.meta.dirname, "..");

interface Outcome {
  operationId: string;
  status: number;
  problems: string[];
  body: string;
}

async function drive(document: any, url: string, count: number): Promise<Outcome[]> {
  const requests = validRequests(document, url);
  const oracle = createSchemaValidator(document);
  const outcomes: Outcome[] = [];
  for (let i = 0; i < count; i++) {
    const request = requests[i % requests.length];
    const response = await fetch(request.url, request.init);
    const text = await response.text();
    const problems: string[] = [];
    const { schema, declared } = responseSchema(document, request.method, request.path, response.status);
    if (!declared) problems.push(`status ${response.status} is not declared`);
    if (schema && /json/.test(response.headers.get("content-type") ?? "")) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        problems.push(`not JSON: ${text.slice(0, 80)}`);
      }
      if (body !== undefined) problems.push(...oracle.validate(schema, body, "response"));
    }
    outcomes.push({ operationId: request.operationId, status: response.status, problems, body: text });
  }
  return outcomes;
}

function failures(outcomes: Outcome[]): string[] {
  return outcomes
    .filter((o) => o.status >= 500 || o.problems.length)
    .map((o) => `${o.operationId} ${o.status}: ${o.problems.join("; ")} ${o.body.slice(0, 200)}`);
}

describe.each([
  { name: "Vantage", spec: "spec/openapi.yaml", operations: 33 },
  { name: "faker edge spec", spec: "test/fixtures/specs/edge/faker.yaml", operations: 7 },
])("mock --dynamic on $name", ({ spec, operations }) => {
  let document: any;
  const mocks: RunningCommand[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    document = (await loadSpec(path.join(repoRoot, spec))).document;
    // Two processes with the same seed, started together: the second checks repeatability.
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      urls.push(`http://127.0.0.1:${port}`);
      mocks.push(runMock(["--spec", spec, "--port", String(port), "--dynamic", "--seed", "42"]));
    }
    await Promise.all(mocks.map((m) => waitForOutput(m, /Point the SDK at it/)));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(mocks.map((m) => stopMock(m)));
  });

  it("repeats the same data with the same --seed", async () => {
    // The same 40 requests, in the same order, to two processes started with --seed 42.
    const [first, second] = [await drive(document, urls[0], 40), await drive(document, urls[1], 40)];
    expect(second.map((o) => `${o.status} ${o.body}`)).toEqual(first.map((o) => `${o.status} ${o.body}`));
  }, 180_000);

  it("answers 200 requests over every operation without a 5xx, every body valid against its schema", async () => {
    const outcomes = await drive(document, urls[0], 200);
    expect(new Set(outcomes.map((o) => o.operationId)).size).toBe(operations);
    expect(failures(outcomes)).toEqual([]);
    const repaired = mocks[0]
      .output()
      .split("\n")
      .filter((line) => /mock: (repaired|Prism answered)/.test(line));
    console.log(`${spec}: ${outcomes.length} requests, ${repaired.length} bodies Prism got wrong and the mock repaired`);
  }, 180_000);
});
