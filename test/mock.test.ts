/**
 * `vantage-codegen mock` as a user runs it: a real process (the command, and
 * the Prism it starts) on a free 127.0.0.1 port. Every process started here
 * is stopped in afterAll/finally, even when an assertion fails.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import net from "node:net";
import { freePort } from "./helpers/prism.js";
import path from "node:path";
import { loadSpec } from "../generators/load/load.js";
import { createSchemaValidator } from "./helpers/openapi-schema.js";
import { responseSchema, runMock, stopMock, waitForOutput, type RunningCommand } from "./helpers/mock-requests.js";

type Running = RunningCommand;
const waitFor = waitForOutput;

async function stop(running: Running | undefined): Promise<void> {
  await stopMock(running);
}

describe("vantage-codegen mock", () => {
  let port: number;
  let mock: Running | undefined;
  let url: string;

  beforeAll(async () => {
    port = await freePort();
    url = `http://127.0.0.1:${port}`;
    mock = runMock(["--port", String(port), "--delay", "0"]);
    await waitFor(mock, /Point the SDK at it/);
  });

  afterAll(async () => {
    await stop(mock);
  });

  it("prints the URL and how to point the SDK at it", () => {
    expect(mock!.output()).toContain(url);
    expect(mock!.output()).toContain(`new Vantage({ baseUrl: "${url}", apiKey: "test" })`);
  });

  it("answers GET /jobs with the spec's example", async () => {
    const response = await fetch(`${url}/jobs`, { headers: { Authorization: "Bearer test" } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { jobs: { id: string }[]; total: number };
    expect(body.jobs[0].id).toBe("job_123");
    expect(body.total).toBe(1);
  });

  it("lists the Prefer options in its banner", () => {
    for (const option of ["code=", "example=", "dynamic=", "delay="]) expect(mock!.output()).toContain(`Prefer: ${option}`);
  });

  it("answers a request that breaks the spec with the spec's 400, naming the real field and rule", async () => {
    const auth = { Authorization: "Bearer test", "content-type": "application/json" };
    const limit = await fetch(`${url}/jobs?limit=0`, { headers: auth });
    expect(limit.status).toBe(400);
    expect(await limit.json()).toMatchObject({ error: "validation_error", details: { field: "limit", code: "out_of_range" } });
    const missing = await fetch(`${url}/jobs`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ name: "x", command: "c", resources: { cpus: 1, memory: "1GB" } }),
    });
    expect(missing.status).toBe(400);
    const body = (await missing.json()) as { message: string; details: unknown; request_id: string };
    expect(body.details).toEqual({ field: "cluster_id", code: "required" });
    expect(body.message).toContain("cluster_id");
    expect(body.request_id).toBe(missing.headers.get("x-request-id"));
    const wrongType = await fetch(`${url}/jobs`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ name: "x", cluster_id: "cluster_abc", command: "c", resources: { cpus: "four", memory: "1GB" } }),
    });
    expect(((await wrongType.json()) as { details: unknown }).details).toEqual({ field: "resources.cpus", code: "invalid_type" });
  });

  it("answers malformed JSON, a missing token and an unknown route in the API's error format", async () => {
    const broken = await fetch(`${url}/jobs`, {
      method: "POST",
      headers: { Authorization: "Bearer test", "content-type": "application/json" },
      body: '{"name":',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({
      error: "validation_error",
      details: { field: "body", code: "malformed_json" },
      request_id: expect.any(String),
    });
    const anonymous = await fetch(`${url}/jobs`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: "authentication_failed", request_id: expect.any(String) });
    const unknown = await fetch(`${url}/nope`, { headers: { Authorization: "Bearer test" } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: "resource_not_found", message: expect.stringContaining("/nope") });
  });

  it("answers a 5xx only when asked with Prefer: code=500", async () => {
    const response = await fetch(`${url}/jobs`, { headers: { Authorization: "Bearer test", Prefer: "code=500" } });
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: string }).error).toBe("internal_error");
  });

  it("waits with Prefer: delay=MS", async () => {
    const started = Date.now();
    const response = await fetch(`${url}/jobs`, { headers: { Authorization: "Bearer test", Prefer: "delay=500" } });
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
  });

  it("lets the caller pick a response with Prefer: code=404", async () => {
    const response = await fetch(`${url}/jobs/job_123`, { headers: { Authorization: "Bearer test", Prefer: "code=404" } });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toBe("resource_not_found");
  });

  it("answers CORS preflights from a browser app", async () => {
    const response = await fetch(`${url}/jobs`, {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get("access-control-allow-origin")).toBeTruthy();
  });

  it("reports a clear message and exits 1 when the port is in use", async () => {
    const blocked = runMock(["--port", String(port)]);
    try {
      const { code } = await blocked.exit;
      expect(code).toBe(1);
      expect(blocked.output()).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(blocked.output()).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      await stop(blocked);
    }
  });

  it("stops on SIGINT with exit code 0 and frees the port", async () => {
    mock!.child.kill("SIGINT");
    const { code } = await mock!.exit;
    expect(code).toBe(0);
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    expect(free).toBe(true);
  });
});

describe("vantage-codegen mock on another API's error format (pets: RFC 7807, 422), with --delay", () => {
  let mock: Running | undefined;
  let url: string;
  let document: any;

  beforeAll(async () => {
    document = (await loadSpec(path.resolve(import.meta.dirname, "fixtures/mock/pets.yaml"))).document;
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    mock = runMock(["--spec", "test/fixtures/mock/pets.yaml", "--port", String(port), "--delay", "250"]);
    await waitFor(mock, /Point the SDK at it/);
  });

  afterAll(async () => {
    await stop(mock);
  });

  it("answers an invalid body with the spec's 422 problem naming the field and the rule, valid against its schema", async () => {
    const response = await fetch(`${url}/pets`, {
      method: "POST",
      headers: { "x-api-key": "k", "content-type": "application/json" },
      body: JSON.stringify({ name: "" }),
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const body = (await response.json()) as { status: number; detail: string; errors: unknown };
    expect(body.errors).toEqual([{ field: "name", rule: "too_short" }]);
    expect(body.status).toBe(422);
    const { schema } = responseSchema(document, "post", "/pets", 422);
    expect(createSchemaValidator(document).validate(schema, body, "response")).toEqual([]);
  });

  it("delays every answer by --delay", async () => {
    const started = Date.now();
    expect((await fetch(`${url}/owners`, { headers: { "x-api-key": "k" } })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(mock!.output()).toContain("250 ms delay");
  });
});
