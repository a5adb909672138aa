/**
 * `vantage-codegen mock --stateful`: the command as a user runs it (a real
 * process serving the project's own generated server for the spec, on a free
 * 127.0.0.1 port), on the Vantage spec through the generated SDK, and on a
 * pets API written for this test (test/fixtures/mock/pets.yaml: camelCase id
 * parameters, uuid and integer ids, cursor and page pagination, RFC 7807
 * problem bodies with 422, an API key header, an RPC operation). Every body
 * is checked against the spec by the tests' own ajv oracle.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadSpec } from "../generators/load/load.js";
import { createSchemaValidator } from "./helpers/openapi-schema.js";
import { freePort } from "./helpers/prism.js";
import { responseSchema, runMock, stopMock, validRequests, waitForOutput, type RunningCommand } from "./helpers/mock-requests.js";
import { Vantage, NotFoundError, ValidationError } from "../generated/client/index.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
const PETS = "test/fixtures/mock/pets.yaml";

async function startStateful(spec: string, extra: string[] = []): Promise<{ mock: RunningCommand; url: string }> {
  const port = await freePort();
  const mock = runMock(["--spec", spec, "--port", String(port), "--stateful", ...extra]);
  await waitForOutput(mock, /Point the SDK at it/);
  return { mock, url: `http://127.0.0.1:${port}` };
}

/** Checks a response against the spec (status declared, JSON body valid) and returns its body. */
function checker(document: any) {
  const oracle = createSchemaValidator(document);
  return async (response: Response, method: string, route: string): Promise<any> => {
    const text = await response.text();
    const { schema, declared } = responseSchema(document, method, route, response.status);
    expect(declared, `${method} ${route} answered an undeclared ${response.status}`).toBe(true);
    if (!text) return undefined;
    if (!/json/.test(response.headers.get("content-type") ?? "")) {
      expect(schema, `${method} ${route} answered ${response.headers.get("content-type")} where the spec declares JSON`).toBeNull();
      return text;
    }
    const body = JSON.parse(text);
    if (schema) expect(oracle.validate(schema, body, "response"), `${method} ${route} ${response.status}: ${text}`).toEqual([]);
    return body;
  };
}

describe("mock --stateful on the Vantage spec, through the generated SDK", () => {
  let mock: RunningCommand | undefined;
  let vantage: Vantage;
  let document: any;
  let url: string;

  beforeAll(async () => {
    document = (await loadSpec(path.join(repoRoot, "spec/openapi.yaml"))).document;
    const started = await startStateful("spec/openapi.yaml");
    mock = started.mock;
    url = started.url;
    vantage = new Vantage({ baseUrl: started.url, apiKey: "test", maxRetries: 0 });
  }, 120_000);

  afterAll(async () => {
    await stopMock(mock);
  });

  it("create job → get → patch → list includes it → delete → get 404 in the API's error format", async () => {
    const input = { name: "stateful-sim", cluster_id: "cluster_abc", command: "python sim.py", resources: { cpus: 8, memory: "16GB" } };
    const created = await vantage.jobs.create(input);
    expect(created).toMatchObject(input);
    expect(created.id).toMatch(/^job_/); // generated in the style of the examples' ids
    expect(created.id).not.toBe("job_123");
    expect(Date.parse(created.created_at!)).toBeGreaterThan(Date.now() - 60_000); // a server-owned field, generated now

    expect(await vantage.jobs.get(created.id)).toEqual(created);
    const patched = await vantage.jobs.update(created.id, { status: "cancelled" });
    expect(patched.status).toBe("cancelled");
    expect((await vantage.jobs.get(created.id)).status).toBe("cancelled");

    const page = await vantage.jobs.list({ limit: 100 });
    expect(page.items.map((j) => j.id)).toContain(created.id);
    expect(page.items.map((j) => j.id)).toContain("job_123"); // seeded from the spec's examples
    expect(page.total).toBe(page.items.length);
    const filtered = await vantage.jobs.list({ status: "cancelled", limit: 100 });
    expect(filtered.items.map((j) => j.id)).toEqual([created.id]);

    await vantage.jobs.delete(created.id);
    const error = await vantage.jobs.get(created.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe("resource_not_found");
    expect((error as NotFoundError).message).toContain(created.id);
    expect((await vantage.jobs.list({ limit: 100 })).items.map((j) => j.id)).not.toContain(created.id);
  });

  it("validates as the generated server does: a bad body names the field and the rule", async () => {
    const error = await vantage.jobs
      .create({ name: "x", cluster_id: "cluster_abc", command: "c", resources: { cpus: 0, memory: "1GB" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details).toMatchObject({ field: "resources.cpus", code: "out_of_range" });
  });

  it("answers every operation with a declared status and a body valid against the spec, never a 5xx", async () => {
    const check = checker(document);
    const seen: string[] = [];
    for (const request of validRequests(document, url)) {
      const response = await fetch(request.url, request.init);
      expect(response.status, `${request.operationId}`).toBeLessThan(500);
      await check(response, request.method, request.path);
      seen.push(request.operationId);
    }
    expect(seen).toHaveLength(33);
  });
});

describe("mock --stateful on another API (pets)", () => {
  let mock: RunningCommand | undefined;
  let url: string;
  let document: any;
  let check: ReturnType<typeof checker>;
  const key = { "x-api-key": "any-key" };
  const json = { ...key, "content-type": "application/json" };

  beforeAll(async () => {
    document = (await loadSpec(path.join(repoRoot, PETS))).document;
    check = checker(document);
    ({ mock, url } = await startStateful(PETS));
  }, 120_000);

  afterAll(async () => {
    await stopMock(mock);
  });

  it("says once at start-up which operations it cannot map", () => {
    const output = mock!.output();
    expect(output).toMatch(/Stateful collections: .*\/pets \(id: id\).*\/owners \(id: ownerId\)/);
    expect(output).toContain("POST /rpc/quoteAdoption (quoteAdoption)");
    expect(output.match(/quoteAdoption \(/g)).toHaveLength(1);
  });

  it("creates with a generated uuid and server-owned fields, reads it by petId, changes it, deletes it, then 404s as a problem body", async () => {
    const created = await check(
      await fetch(`${url}/pets`, { method: "POST", headers: json, body: JSON.stringify({ name: "Bo", tag: "dog" }) }),
      "post",
      "/pets",
    );
    expect(created).toMatchObject({ name: "Bo", tag: "dog", status: "available" }); // the schema's default
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const read = await check(await fetch(`${url}/pets/${created.id}`, { headers: key }), "get", "/pets/{petId}");
    expect(read).toEqual(created);
    const changed = await check(
      await fetch(`${url}/pets/${created.id}`, { method: "PATCH", headers: json, body: JSON.stringify({ status: "adopted", owner_id: 1 }) }),
      "patch",
      "/pets/{petId}",
    );
    expect(changed).toMatchObject({ id: created.id, name: "Bo", status: "adopted", owner_id: 1, created_at: created.created_at });
    const gone = await fetch(`${url}/pets/${created.id}`, { method: "DELETE", headers: key });
    expect(gone.status).toBe(204);
    const missing = await fetch(`${url}/pets/${created.id}`, { headers: key });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    const problem = await check(missing, "get", "/pets/{petId}");
    expect(problem.status).toBe(404);
    expect(problem.detail).toContain(created.id);
  });

  it("pages the list with the spec's cursor, and filters it", async () => {
    const names = ["p1", "p2", "p3"];
    for (const name of names) await fetch(`${url}/pets`, { method: "POST", headers: json, body: JSON.stringify({ name, status: "pending" }) });
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const query: string = `page_size=2&status=pending${cursor ? `&cursor=${cursor}` : ""}`;
      const page = await check(await fetch(`${url}/pets?${query}`, { headers: key }), "get", "/pets");
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((p: any) => p.name));
      cursor = page.next_cursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(names);
  });

  it("gives integer ids the next number and pages by page/per_page with total_count", async () => {
    const owner = await check(await fetch(`${url}/owners`, { method: "POST", headers: json, body: JSON.stringify({ name: "Grace" }) }), "post", "/owners");
    expect(owner.ownerId).toBe(2); // the example's owner is 1
    const first = await check(await fetch(`${url}/owners?per_page=1&page=2`, { headers: key }), "get", "/owners");
    expect(first).toEqual({ owners: [owner], total_count: 2, page: 2 });
    expect(await check(await fetch(`${url}/owners/${owner.ownerId}`, { headers: key }), "get", "/owners/{ownerId}")).toEqual(owner);
  });

  it("answers invalid requests with the spec's 422 problem naming the field and rule, malformed JSON too", async () => {
    const missing = await fetch(`${url}/pets`, { method: "POST", headers: json, body: JSON.stringify({ tag: "cat" }) });
    expect(missing.status).toBe(422);
    const body = await check(missing, "post", "/pets");
    expect(body.errors).toEqual([{ field: "name", rule: "required" }]);
    expect(body.detail).toContain("name");
    const broken = await fetch(`${url}/pets`, { method: "POST", headers: json, body: '{"name":' });
    expect(broken.status).toBe(422);
    expect((await check(broken, "post", "/pets")).errors).toEqual([{ field: "body", rule: "malformed_json" }]);
    const noKey = await fetch(`${url}/pets`);
    expect(noKey.status).toBe(401);
    const unauthorized = await check(noKey, "get", "/pets");
    expect(unauthorized).toMatchObject({ status: 401, title: "Unauthorized" });
  });

  it("answers the operation it cannot map with its example", async () => {
    const quote = await check(
      await fetch(`${url}/rpc/quoteAdoption`, { method: "POST", headers: json, body: JSON.stringify({ petId: "7d6f8a2e-1c3b-4e5f-9a8b-0c1d2e3f4a5b" }) }),
      "post",
      "/rpc/quoteAdoption",
    );
    expect(quote).toEqual({ amount: 120.5, currency: "EUR" });
  });

  it("honours Prefer: delay= and Prefer: code=", async () => {
    const started = Date.now();
    const slow = await fetch(`${url}/owners`, { headers: { ...key, prefer: "delay=400" } });
    expect(slow.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    const forced = await fetch(`${url}/pets/7d6f8a2e-1c3b-4e5f-9a8b-0c1d2e3f4a5b`, { headers: { ...key, prefer: "code=404" } });
    expect(forced.status).toBe(404);
    await check(forced, "get", "/pets/{petId}");
  });
});

describe("mock --stateful --data FILE", () => {
  let dir: string;
  let mock: RunningCommand | undefined;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "vantage-mock-data-"));
  });

  afterAll(async () => {
    await stopMock(mock);
    rmSync(dir, { recursive: true, force: true });
  });

  it("saves the store to the file and loads it on the next start", async () => {
    const file = path.join(dir, "store.json");
    let started = await startStateful(PETS, ["--data", file]);
    mock = started.mock;
    expect(existsSync(file)).toBe(true); // written at start-up with the seeds
    const headers = { "x-api-key": "k", "content-type": "application/json" };
    const created = await (await fetch(`${started.url}/pets`, { method: "POST", headers, body: JSON.stringify({ name: "Kept" }) })).json();
    const saved = JSON.parse(readFileSync(file, "utf8"));
    expect(JSON.stringify(saved)).toContain(created.id);
    expect(readFileSync(file, "utf8")).not.toMatch(/\.tmp/);
    await stopMock(mock);

    started = await startStateful(PETS, ["--data", file]);
    mock = started.mock;
    const again = await fetch(`${started.url}/pets/${created.id}`, { headers });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(created);
    expect((await fetch(`${started.url}/pets/${created.id}`, { method: "DELETE", headers: { "x-api-key": "k" } })).status).toBe(204);
    expect(readFileSync(file, "utf8")).not.toContain(created.id);
  }, 120_000);

  it("refuses a data file that is not a store, naming it", async () => {
    const file = path.join(dir, "broken.json");
    writeFileSync(file, "{ not json");
    const port = await freePort();
    const bad = runMock(["--spec", PETS, "--port", String(port), "--stateful", "--data", file]);
    const { code } = await bad.exit;
    expect(code).toBe(1);
    expect(bad.output()).toContain(`${file}: not a mock data file`);
    expect(bad.output()).not.toMatch(/\n\s+at /);
  });
});
