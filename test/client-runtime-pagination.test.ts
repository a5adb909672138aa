/**
 * Offset and page pagination through APIClient.requestPage, against a real
 * local server that holds seven jobs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APIClient, APIResource, type PaginationConfig, type RequestOptions } from "../templates/client/core/client.js";
import { Page, type PagePromise } from "../templates/client/core/pagination.js";
import { SDKError } from "../templates/client/core/errors.js";
import { sendJson, startTestServer, type TestServer } from "./helpers/http-server.js";
import { runtimeClient } from "./helpers/runtime-client.js";

interface Job {
  id: string;
}
interface JobList {
  jobs: Job[];
  total?: number;
  page?: number;
  per_page?: number;
}
interface JobQuery {
  limit?: number;
  offset?: number;
  page?: number;
  status?: string;
}

const ALL_JOBS: Job[] = Array.from({ length: 7 }, (_, i) => ({ id: `job_${i + 1}` }));
const PAGINATION: PaginationConfig = { items: "jobs", total: "total", limit: "limit", offset: "offset" };

let server: TestServer;

/** Serves ALL_JOBS by offset or page; `reportTotal` false leaves `total` out. */
function serveJobs(reportTotal: boolean) {
  server.handle((req, res) => {
    const params = new URL(req.url, "http://x").searchParams;
    const limit = Number(params.get("limit") ?? 50);
    const page = params.get("page");
    const offset = page !== null ? (Number(page) - 1) * limit : Number(params.get("offset") ?? 0);
    const body: JobList = { jobs: ALL_JOBS.slice(offset, offset + limit), page: Math.floor(offset / limit) + 1, per_page: limit };
    if (reportTotal) body.total = ALL_JOBS.length;
    sendJson(res, 200, body);
  });
}

class Jobs extends APIResource {
  list(query?: JobQuery, options?: RequestOptions): PagePromise<JobList, Job> {
    return this._client.requestPage<JobList, Job>("get", "/jobs", { query }, options, PAGINATION);
  }
}

function jobs(): Jobs {
  return new Jobs(runtimeClient(server.url));
}

function requestedQueries(): string[] {
  return server.requests.map((r) => new URL(r.url, "http://x").search);
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe("offset pagination", () => {
  it("for await over the PagePromise yields every item exactly once across 3 pages", async () => {
    serveJobs(true);
    const seen: string[] = [];
    for await (const job of jobs().list({ limit: 3, status: "running" })) seen.push(job.id);
    expect(seen).toEqual(ALL_JOBS.map((j) => j.id));
    expect(requestedQueries()).toEqual(["?limit=3&status=running", "?limit=3&status=running&offset=3", "?limit=3&status=running&offset=6"]);
  });

  it("await gives the first Page; hasNextPage/nextPage walk to the end", async () => {
    serveJobs(true);
    const first = await jobs().list({ limit: 3 });
    expect(first).toBeInstanceOf(Page);
    expect(first.items.map((j) => j.id)).toEqual(["job_1", "job_2", "job_3"]);
    expect(first.total).toBe(7);
    expect(first.body.per_page).toBe(3);
    expect(first.hasNextPage()).toBe(true);
    const second = await first.nextPage();
    expect(second.items.map((j) => j.id)).toEqual(["job_4", "job_5", "job_6"]);
    const third = await second.nextPage();
    expect(third.items.map((j) => j.id)).toEqual(["job_7"]);
    expect(third.hasNextPage()).toBe(false);
    await expect(third.nextPage()).rejects.toBeInstanceOf(SDKError);
    expect(server.requests).toHaveLength(3);
  });

  it("iterating a Page continues from that page", async () => {
    serveJobs(true);
    const second = await (await jobs().list({ limit: 3 })).nextPage();
    const seen: string[] = [];
    for await (const job of second) seen.push(job.id);
    expect(seen).toEqual(["job_4", "job_5", "job_6", "job_7"]);
  });

  it("starts from the caller's offset", async () => {
    serveJobs(true);
    const seen: string[] = [];
    for await (const job of jobs().list({ limit: 4, offset: 2 })) seen.push(job.id);
    expect(seen).toEqual(["job_3", "job_4", "job_5", "job_6", "job_7"]);
    expect(requestedQueries()).toEqual(["?limit=4&offset=2", "?limit=4&offset=6"]);
  });

  it("without a total, stops at the first page shorter than the limit", async () => {
    serveJobs(false);
    const seen: string[] = [];
    for await (const job of jobs().list({ limit: 3 })) seen.push(job.id);
    expect(seen).toEqual(ALL_JOBS.map((j) => j.id));
    // 3 + 3 + 1: the short third page is the last; no request for an empty fourth.
    expect(server.requests).toHaveLength(3);
    expect(requestedQueries()[2]).toBe("?limit=3&offset=6");
  });

  it("without a total or a limit, stops at the first empty page", async () => {
    serveJobs(false);
    const seen: string[] = [];
    for await (const job of jobs().list()) seen.push(job.id);
    expect(seen).toEqual(ALL_JOBS.map((j) => j.id));
    expect(server.requests.length).toBeGreaterThan(1);
    expect(server.requests.length).toBeLessThan(10);
  });

  it("a single page that holds everything makes one request", async () => {
    serveJobs(true);
    const page = await jobs().list();
    expect(page.items).toHaveLength(7);
    expect(page.hasNextPage()).toBe(false);
    expect(server.requests).toHaveLength(1);
  });
});

describe("page-number pagination", () => {
  it("a caller that pages by `page` gets page + 1 until total is reached", async () => {
    serveJobs(true);
    const seen: string[] = [];
    for await (const job of jobs().list({ page: 1, limit: 3 })) seen.push(job.id);
    expect(seen).toEqual(ALL_JOBS.map((j) => j.id));
    expect(requestedQueries()).toEqual(["?page=1&limit=3", "?page=2&limit=3", "?page=3&limit=3"]);
  });

  it("an API with only a page parameter pages by number", async () => {
    serveJobs(true);
    const client = new APIClient({ baseUrl: server.url }, { name: "T", baseUrl: "x", auth: { type: "none" } });
    const seen: string[] = [];
    const pages = client.requestPage<JobList, Job>("get", "/jobs", { query: { limit: 3 } }, undefined, {
      items: "jobs",
      total: "total",
      limit: "limit",
      page: "page",
    });
    for await (const job of pages) seen.push(job.id);
    expect(seen).toEqual(ALL_JOBS.map((j) => j.id));
    expect(requestedQueries()).toEqual(["?limit=3", "?limit=3&page=2", "?limit=3&page=3"]);
  });
});

describe("PagePromise", () => {
  it("supports withResponse like any APIPromise", async () => {
    serveJobs(true);
    const { data, response } = await jobs().list({ limit: 2 }).withResponse();
    expect(data.items).toHaveLength(2);
    expect(response.status).toBe(200);
  });

  it("propagates errors to for await", async () => {
    server.handle((_req, res) => sendJson(res, 403, { error: "permission_denied", message: "no" }));
    const consume = async () => {
      for await (const _ of jobs().list()) {
        // nothing
      }
    };
    await expect(consume()).rejects.toMatchObject({ status: 403, code: "permission_denied" });
  });
});
