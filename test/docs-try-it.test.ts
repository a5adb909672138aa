/**
 * The docs' "try it" panel in headless Debian Chromium against a real Prism
 * mock of the spec on a free 127.0.0.1 port: a reader opens the panel on an
 * operation, picks the server, fills path, query, body and the bearer token,
 * sends, and sees the mock's status and body. Every request the page makes
 * is recorded: none may go to a host other than the page's and the mock's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import type { Browser, Page, Request } from "playwright-core";
import { loadSpec } from "../generators/load/load.js";
import { buildModel } from "../generators/model/model.js";
import { startPrism, type PrismServer } from "./helpers/prism.js";
import { buildSite, launchChromium, openPage, type Site, type Visit } from "./helpers/docs-site.js";

let browser: Browser;
let site: Site;
let prism: PrismServer;
let visit: Visit;
let page: Page;
/** Requests that reached the mock, as the browser sent them. */
const toMock: Request[] = [];

beforeAll(async () => {
  const { document, file } = await loadSpec("spec/openapi.yaml");
  site = await buildSite(buildModel(document, { specFile: file }));
  // The bundled spec the docs ship is what Prism mocks.
  prism = await startPrism({ mode: "mock", spec: path.join(site.dir, "docs", "openapi.json"), errors: true });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  visit = await openPage(context, `${site.server.url}/docs/`, [site.server.url, prism.url]);
  page = visit.page;
  page.on("request", (request) => {
    if (request.url().startsWith(prism.url)) toMock.push(request);
  });
});

afterAll(async () => {
  await browser?.close();
  await prism?.stop();
  await site?.close();
});

/** Opens the panel from the operation's own "Try it" button and points it at the running mock. */
async function openOn(operationId: string): Promise<void> {
  if (await page.locator("#try-it").isVisible()) await page.keyboard.press("Escape");
  await page.locator(`[id="operation/${operationId}"] .try-it-open`).click();
  await expect.poll(() => page.locator("#try-it").isVisible()).toBe(true);
  await page.selectOption("#try-it-server", "__custom__");
  await page.fill("#try-it-custom-url", prism.url);
}

async function sendAndWait(): Promise<{ status: string; body: string }> {
  const before = toMock.length;
  await page.click("#try-it-send");
  await expect.poll(() => page.locator("#try-it-status").getAttribute("data-status"), { timeout: 20_000 }).toMatch(/^\d{3}$/);
  expect(toMock.length).toBeGreaterThan(before);
  return { status: (await page.locator("#try-it-status").getAttribute("data-status"))!, body: await page.locator("#try-it-response-body").innerText() };
}

describe("try-it panel against a running mock", () => {
  it("offers the spec's servers, the local mock and a custom URL", async () => {
    const options = await page.locator("#try-it-server option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(["https://api.vantage.omnivector.solutions/v1", "http://127.0.0.1:4010", "__custom__"]);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    const connect = csp!
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("connect-src"))!
      .split(/\s+/)
      .slice(1);
    expect(connect).toEqual([
      "'self'",
      "https://api.vantage.omnivector.solutions",
      "http://127.0.0.1:*",
      "http://localhost:*",
      "https://127.0.0.1:*",
      "https://localhost:*",
    ]);
  });

  it("sends a path parameter and the bearer token, and shows the mock's answer", async () => {
    await openOn("getJob");
    // Path values are encoded into their segment (shown in the preview before sending).
    await page.fill("#try-it-path-job_id", "job/with space");
    await expect.poll(() => page.locator("#try-it-url").innerText()).toBe(`GET ${prism.url}/jobs/job%2Fwith%20space`);
    await page.fill("#try-it-path-job_id", "job_from-docs");
    await page.fill("#try-it-token", "secret-token-1");
    const { status, body } = await sendAndWait();
    const sent = toMock.at(-1)!;
    expect(sent.method()).toBe("GET");
    expect(new URL(sent.url()).pathname).toBe("/jobs/job_from-docs");
    expect(await sent.headerValue("authorization")).toBe("Bearer secret-token-1");
    expect(status).toBe("200");
    expect(JSON.parse(body).id).toMatch(/^job_/);
  });

  it("sends query parameters (an optional one left out when empty)", async () => {
    await openOn("listJobs");
    await page.fill("#try-it-token", "t");
    await page.fill("#try-it-query-limit", "5");
    await page.fill("#try-it-query-status", "running");
    await page.fill("#try-it-query-offset", "");
    const { status, body } = await sendAndWait();
    const url = new URL(toMock.at(-1)!.url());
    expect(url.pathname).toBe("/jobs");
    expect(url.searchParams.get("limit")).toBe("5");
    expect(url.searchParams.get("status")).toBe("running");
    expect(url.searchParams.has("offset")).toBe(false);
    expect(status).toBe("200");
    expect(Array.isArray(JSON.parse(body).jobs)).toBe(true);
  });

  it("sends a JSON body as typed, with its content type", async () => {
    await openOn("createJob");
    await page.fill("#try-it-token", "t");
    const typed = { name: "from-the-docs", cluster_id: "cluster_abc", command: "echo hi", resources: { cpus: 2, memory: "4GB" } };
    await page.fill("#try-it-body-text", JSON.stringify(typed, null, 2));
    const { status } = await sendAndWait();
    const sent = toMock.at(-1)!;
    expect(sent.method()).toBe("POST");
    expect(await sent.headerValue("content-type")).toBe("application/json");
    expect(JSON.parse(sent.postData()!)).toEqual(typed);
    expect(status).toBe("201");
    expect(await page.locator("#try-it-response-body").innerText()).toContain('"id"');
  });

  it("shows the mock's error answer: a body that breaks the spec, a missing token", async () => {
    await openOn("createJob");
    await page.fill("#try-it-token", "t");
    await page.fill("#try-it-body-text", JSON.stringify({ name: "no cluster" }));
    const invalid = await sendAndWait();
    expect(["400", "422"]).toContain(invalid.status);
    expect(await page.locator("#try-it-status").getAttribute("class")).toContain("try-it-failed");

    await openOn("getJob");
    await page.fill("#try-it-token", "");
    const unauthorised = await sendAndWait();
    expect(unauthorised.status).toBe("401");
    expect(await toMock.at(-1)!.headerValue("authorization")).toBeNull();
  });

  it("refuses a malformed body and a required field left empty without sending anything", async () => {
    const before = toMock.length;
    await openOn("createJob");
    await page.fill("#try-it-body-text", "{ not json");
    await page.click("#try-it-send");
    await expect.poll(() => page.locator("#try-it-status").innerText()).toContain("not valid JSON");
    await openOn("getJob");
    await page.fill("#try-it-path-job_id", "");
    await page.click("#try-it-send");
    await expect.poll(() => page.locator("#try-it-status").innerText()).toContain("job_id");
    expect(toMock.length).toBe(before);
  });

  it("refuses a custom server the page's policy does not allow, and never contacts it", async () => {
    await openOn("getJob");
    await page.fill("#try-it-custom-url", "https://staging.example.org/v1");
    await page.click("#try-it-send");
    await expect.poll(() => page.locator("#try-it-status").innerText()).toContain("security policy");
    expect(visit.requests.filter((u) => u.includes("example.org"))).toEqual([]);
  });

  it("made no request to any host but the page's and the mock's, and logged no error", async () => {
    const origins = new Set(visit.requests.map((u) => new URL(u).origin));
    origins.delete("null"); // data: URLs
    expect([...origins].sort()).toEqual([site.server.url, prism.url].sort());
    expect(visit.offHost).toEqual([]);
    // The two failed answers (422/400 and 401) are logged by Chromium as failed loads; nothing else.
    expect(visit.consoleErrors.filter((e) => !/status of (400|401|422)/.test(e))).toEqual([]);
  });
});
