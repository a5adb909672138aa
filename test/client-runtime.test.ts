/**
 * Behaviour of the SDK runtime (templates/client/core) against a real local
 * HTTP server: URLs, headers, auth, errors, secret scrubbing, withResponse.
 * Retries, pagination, uploads and browser safety have their own files.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APIClient, APIResource, type AuthScheme, type ClientOptions, type Logger, type RequestOptions } from "../templates/client/core/client.js";
import {
  APIError,
  AuthenticationError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SDKError,
  ValidationError,
} from "../templates/client/core/errors.js";
import { sendJson, startTestServer, type TestServer } from "./helpers/http-server.js";
import { runtimeClient, TEST_API_KEY } from "./helpers/runtime-client.js";

const API_KEY = TEST_API_KEY;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const makeClient = (options: ClientOptions = {}, auth?: AuthScheme): APIClient => runtimeClient(server.url, options, auth);

interface Job {
  id: string;
  name: string;
}

/** A resource shaped like the generated ones, to check the base class works for them. */
class Jobs extends APIResource {
  get(jobId: string, options?: RequestOptions) {
    return this._client.request<Job>("get", "/jobs/{job_id}", { path: { job_id: jobId } }, options);
  }
  create(body: { name: string }, options?: RequestOptions) {
    return this._client.request<Job>("post", "/jobs", { body }, options);
  }
}

/** Captures every logger call, whatever the level. */
function recordingLogger(): { logger: Logger; lines: unknown[][] } {
  const lines: unknown[][] = [];
  const record =
    (level: string) =>
    (msg: string, data?: Record<string, unknown>): void => {
      lines.push([level, msg, data]);
    };
  return {
    lines,
    logger: { debug: record("debug"), info: record("info"), warn: record("warn"), error: record("error") },
  };
}

describe("requests", () => {
  it("calls a resource method, fills and encodes path params, parses JSON", async () => {
    server.handle((req, res) => sendJson(res, 200, { id: decodeURIComponent(req.url.split("/")[2]!), name: "sim" }));
    const jobs = new Jobs(makeClient());
    const job = await jobs.get("job 1/ä?x=#");
    expect(server.requests[0]!.url).toBe("/jobs/job%201%2F%C3%A4%3Fx%3D%23");
    expect(job).toEqual({ id: "job 1/ä?x=#", name: "sim" });
  });

  it("serializes query arrays as repeated keys and leaves out undefined and null", async () => {
    server.handle((_req, res) => sendJson(res, 200, {}));
    await makeClient().request("get", "/jobs", {
      query: { status: ["running", "queued"], cluster_id: undefined, user_id: null, limit: 5, q: "a b&c" },
    });
    expect(server.requests[0]!.url).toBe("/jobs?status=running&status=queued&limit=5&q=a%20b%26c");
  });

  it("sends a JSON body with Content-Type application/json", async () => {
    server.handle((req, res) => sendJson(res, 201, { id: "job_1", ...JSON.parse(req.body.toString()) }));
    const job = await new Jobs(makeClient()).create({ name: "créé" });
    const req = server.requests[0]!;
    expect(req.method).toBe("POST");
    expect(req.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(req.body.toString())).toEqual({ name: "créé" });
    expect(job).toEqual({ id: "job_1", name: "créé" });
  });

  it("sends Accept, client headers, bearer auth, per-request and header params, later ones winning", async () => {
    server.handle((_req, res) => sendJson(res, 200, {}));
    const client = makeClient({ headers: { "X-Client": "c", "X-Override": "client" } });
    await client.request("get", "/users/me", { headers: { "X-Param": 7 } }, { headers: { "X-Override": "request" }, idempotencyKey: "idem-1" });
    const headers = server.requests[0]!.headers;
    expect(headers.accept).toBe("application/json");
    expect(headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(headers["x-client"]).toBe("c");
    expect(headers["x-override"]).toBe("request");
    expect(headers["x-param"]).toBe("7");
    expect(headers["idempotency-key"]).toBe("idem-1");
  });

  it("refuses to be made without an API key when the API needs one; sends nothing for an API without auth", async () => {
    server.handle((_req, res) => sendJson(res, 200, {}));
    expect(() => new APIClient({ baseUrl: server.url }, { name: "T", baseUrl: "x", auth: { type: "bearer" } })).toThrow(/T: no API key/);
    await new APIClient({ baseUrl: server.url }, { name: "T", baseUrl: "x", auth: { type: "none" } }).request("get", "/x");
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it("an operation with its own security scheme gets the key its way, and only its way", async () => {
    server.handle((_req, res) => sendJson(res, 200, {}));
    const client = new APIClient({ apiKey: API_KEY, baseUrl: server.url }, { name: "T", baseUrl: "x", auth: { type: "bearer" } });
    await client.request("get", "/own", {}, undefined, { auth: { type: "apiKey", in: "header", name: "X-Key" } });
    await client.request("get", "/cookie", {}, undefined, { auth: { type: "apiKey", in: "cookie", name: "sid" } });
    await client.request("get", "/query", { query: { a: 1 } }, undefined, { auth: { type: "apiKey", in: "query", name: "key" } });
    await client.request("get", "/plain");
    const [own, cookie, query, plain] = server.requests;
    expect(own!.headers["x-key"]).toBe(API_KEY);
    expect(own!.headers.authorization).toBeUndefined();
    expect(cookie!.headers.cookie).toBe(`sid=${API_KEY}`);
    expect(cookie!.headers.authorization).toBeUndefined();
    expect(query!.url).toBe(`/query?a=1&key=${API_KEY}`);
    expect(plain!.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it("the basic form of the key an operation asks for is scrubbed from its errors too", async () => {
    const encoded = Buffer.from(API_KEY).toString("base64");
    server.handle((_req, res) => sendJson(res, 400, { error: "bad", message: `got ${encoded}` }));
    const client = new APIClient({ apiKey: API_KEY, baseUrl: server.url, maxRetries: 0 }, { name: "T", baseUrl: "x", auth: { type: "bearer" } });
    const error = await client.request("get", "/basic", {}, undefined, { auth: { type: "basic" } }).catch((e: Error) => e);
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${encoded}`);
    expect(String((error as Error).message)).not.toContain(encoded);
  });

  it("uses the default baseUrl when none is given", async () => {
    server.handle((_req, res) => sendJson(res, 200, { ok: true }));
    const client = new APIClient({ apiKey: API_KEY }, { name: "T", baseUrl: `${server.url}/v1`, auth: { type: "bearer" } });
    expect(await client.request("get", "/ping")).toEqual({ ok: true });
    expect(server.requests[0]!.url).toBe("/v1/ping");
  });

  it("uses the fetch given in the options", async () => {
    server.handle((_req, res) => sendJson(res, 200, {}));
    const seen: string[] = [];
    const countingFetch: typeof fetch = (input, init) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
    await makeClient({ fetch: countingFetch }).request("get", "/counted");
    expect(seen).toEqual([`${server.url}/counted`]);
  });

  it("resolves 204 and empty bodies to undefined", async () => {
    server.handle((req, res) => {
      if (req.url === "/no-content") res.writeHead(204).end();
      else res.writeHead(200).end();
    });
    const client = makeClient();
    expect(await client.request("delete", "/no-content")).toBeUndefined();
    expect(await client.request("get", "/empty")).toBeUndefined();
  });

  it("parses text responses with parseAs text and asks for */*", async () => {
    server.handle((_req, res) => res.writeHead(200, { "Content-Type": "text/plain" }).end("Step 1/3\nStep 2/3\n"));
    const text = await makeClient().request<string>("get", "/jobs/j/output", {}, undefined, { parseAs: "text" });
    expect(text).toBe("Step 1/3\nStep 2/3\n");
    expect(server.requests[0]!.headers.accept).toBe("*/*");
  });

  it("resolves an empty text response to an empty string, as its type says", async () => {
    server.handle((_req, res) => res.writeHead(200, { "Content-Type": "text/plain" }).end());
    const text = await makeClient().request<string>("get", "/jobs/j/output", {}, undefined, { parseAs: "text" });
    expect(text).toBe("");
  });

  it("starts the request even if nobody awaits the promise", async () => {
    server.handle((_req, res) => sendJson(res, 200, { ok: true }));
    const pending = makeClient().request("get", "/eager");
    await expect.poll(() => server.requests.length, { timeout: 2000 }).toBe(1);
    await expect(pending).resolves.toEqual({ ok: true });
  });

  it("reports a success body that is not JSON as an SDKError, not a connection error", async () => {
    server.handle((_req, res) => res.writeHead(200, { "Content-Type": "application/json" }).end("{not json"));
    const error = await makeClient({ maxRetries: 0 })
      .request("get", "/bad")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SDKError);
    expect(error).not.toBeInstanceOf(APIError);
    expect((error as Error).name).toBe("SDKError");
  });
});

describe("auth schemes", () => {
  it("basic: sends base64 of the UTF-8 user:pass", async () => {
    server.handle((_req, res) => sendJson(res, 200, {}));
    const credentials = "alice:pässwörd-€";
    await makeClient({ apiKey: credentials }, { type: "basic" }).request("get", "/x");
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from(credentials, "utf8").toString("base64")}`);
  });

  it("apiKey in header, query and cookie", async () => {
    server.handle((_req, res) => sendJson(res, 200, {}));
    await makeClient({}, { type: "apiKey", in: "header", name: "X-API-Key" }).request("get", "/h");
    await makeClient({}, { type: "apiKey", in: "query", name: "api_key" }).request("get", "/q", { query: { a: 1 } });
    await makeClient({}, { type: "apiKey", in: "cookie", name: "session" }).request("get", "/c");
    const [header, query, cookie] = server.requests;
    expect(header!.headers["x-api-key"]).toBe(API_KEY);
    expect(header!.headers.authorization).toBeUndefined();
    expect(query!.url).toBe(`/q?a=1&api_key=${API_KEY}`);
    expect(cookie!.headers.cookie).toBe(`session=${API_KEY}`);
  });

  it("none: sends no credentials even with a key", async () => {
    server.handle((_req, res) => sendJson(res, 200, {}));
    await makeClient({}, { type: "none" }).request("get", "/x");
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });
});

describe("errors", () => {
  const cases: Array<{ status: number; body: Record<string, unknown>; expected: new (...args: never[]) => APIError }> = [
    { status: 400, body: { error: "validation_error" }, expected: ValidationError },
    { status: 422, body: {}, expected: ValidationError },
    { status: 401, body: { error: "authentication_failed" }, expected: AuthenticationError },
    { status: 403, body: { error: "permission_denied" }, expected: PermissionDeniedError },
    { status: 404, body: { error: "resource_not_found" }, expected: NotFoundError },
    { status: 409, body: { error: "conflict" }, expected: ConflictError },
    { status: 429, body: { error: "rate_limit_exceeded" }, expected: RateLimitError },
    { status: 500, body: { error: "internal_error" }, expected: InternalServerError },
    { status: 502, body: {}, expected: InternalServerError },
    // The body's code wins over the status.
    { status: 400, body: { error: "permission_denied" }, expected: PermissionDeniedError },
    { status: 418, body: { code: "resource_not_found" }, expected: NotFoundError },
    { status: 402, body: { error: "constructor" }, expected: APIError },
  ];

  for (const { status, body, expected } of cases) {
    it(`${status} ${JSON.stringify(body)} → ${expected.name}`, async () => {
      server.handle((_req, res) =>
        sendJson(res, status, { ...body, message: `failure ${status}`, details: { field: "name" } }, { "X-Request-ID": `req_${status}` }),
      );
      const error = await makeClient({ maxRetries: 0 })
        .request("get", "/jobs/x")
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(expected);
      expect(error).toBeInstanceOf(APIError);
      expect(error).toBeInstanceOf(SDKError);
      const apiError = error as APIError;
      expect(apiError.constructor).toBe(expected);
      expect(apiError.name).toBe(expected.name);
      expect(apiError.status).toBe(status);
      expect(apiError.code).toBe(body.error ?? body.code);
      expect(apiError.message).toBe(`failure ${status}`);
      expect(apiError.details).toEqual({ field: "name" });
      expect(apiError.requestId).toBe(`req_${status}`);
      expect(apiError.headers.get("x-request-id")).toBe(`req_${status}`);
    });
  }

  it("takes requestId from the body's request_id when the header is absent", async () => {
    server.handle((_req, res) => sendJson(res, 404, { error: "resource_not_found", message: "Job job_9 not found", request_id: "req_body" }));
    const error = (await makeClient()
      .request("get", "/jobs/job_9")
      .catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.requestId).toBe("req_body");
    expect(error.message).toBe("Job job_9 not found");
  });

  it("uses a text body as the message", async () => {
    server.handle((_req, res) => res.writeHead(403, { "Content-Type": "text/plain" }).end("Forbidden by proxy"));
    const error = (await makeClient()
      .request("get", "/x")
      .catch((e: unknown) => e)) as PermissionDeniedError;
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.message).toBe("Forbidden by proxy");
    expect(error.code).toBeUndefined();
    expect(error.requestId).toBeNull();
  });
});

describe("secrets", () => {
  it("never puts the API key in error messages, even when the server echoes it", async () => {
    server.handle((req, res) =>
      sendJson(res, 401, {
        error: "authentication_failed",
        message: `Invalid credentials: ${req.headers.authorization}`,
        details: { received: req.headers.authorization, nested: [String(req.headers.authorization)] },
      }),
    );
    const error = (await makeClient()
      .request("get", "/users/me")
      .catch((e: unknown) => e)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe("Invalid credentials: Bearer [REDACTED]");
    for (const text of [error.message, String(error), error.stack ?? "", JSON.stringify(error.details)]) {
      expect(text).not.toContain(API_KEY);
    }
  });

  it("scrubs the encoded form of basic credentials too", async () => {
    server.handle((req, res) => sendJson(res, 401, { message: `got ${req.headers.authorization}` }));
    const credentials = "bob:hunter2-long";
    const error = (await makeClient({ apiKey: credentials }, { type: "basic" })
      .request("get", "/x")
      .catch((e: unknown) => e)) as APIError;
    expect(error.message).toBe("got Basic [REDACTED]");
  });

  it("never gives the logger the API key, headers or query credentials during a retried request", async () => {
    server.handle((_req, res, index) => (index === 0 ? sendJson(res, 503, { error: "internal_error", message: "busy" }) : sendJson(res, 200, { ok: true })));
    const { logger, lines } = recordingLogger();
    const client = makeClient({ logger }, { type: "apiKey", in: "query", name: "api_key" });
    await client.request("get", "/jobs/{job_id}", { path: { job_id: "j1" } });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]!.url).toContain(API_KEY); // the key was really in play
    const debug = lines.filter(([level]) => level === "debug");
    const warn = lines.filter(([level]) => level === "warn");
    expect(debug).toHaveLength(2);
    expect(warn).toHaveLength(1);
    expect(debug[0]![2]).toMatchObject({ method: "GET", path: "/jobs/{job_id}", status: 503, attempt: 1 });
    expect(debug[1]![2]).toMatchObject({ status: 200, attempt: 2 });
    expect(typeof (debug[0]![2] as { ms: unknown }).ms).toBe("number");
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain(API_KEY);
    expect(everything.toLowerCase()).not.toContain("authorization");
  });
});

describe("withResponse", () => {
  it("exposes data, the Response, the request id and the rate limit", async () => {
    server.handle((_req, res) =>
      sendJson(
        res,
        200,
        { id: "job_1", name: "a" },
        {
          "X-Request-ID": "req_abc",
          "X-RateLimit-Limit": "1000",
          "X-RateLimit-Remaining": "998",
          "X-RateLimit-Reset": "1642262400",
        },
      ),
    );
    const { data, response, requestId, rateLimit } = await new Jobs(makeClient()).get("job_1").withResponse();
    expect(data).toEqual({ id: "job_1", name: "a" });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(requestId).toBe("req_abc");
    expect(rateLimit).toEqual({ limit: 1000, remaining: 998, reset: 1642262400 });
    expect(server.requests).toHaveLength(1);
  });

  it("reports null request id and rate limit when the headers are missing", async () => {
    server.handle((_req, res) => sendJson(res, 200, {}, { "X-RateLimit-Limit": "10" }));
    const { requestId, rateLimit } = await makeClient().request("get", "/x").withResponse();
    expect(requestId).toBeNull();
    expect(rateLimit).toBeNull();
  });

  it("rejects withResponse with the API error", async () => {
    server.handle((_req, res) => sendJson(res, 404, { error: "resource_not_found", message: "gone" }));
    await expect(makeClient().request("get", "/x").withResponse()).rejects.toBeInstanceOf(NotFoundError);
  });
});
