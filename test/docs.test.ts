/**
 * The published docs in a real browser: headless Debian Chromium (driven by
 * playwright-core) opens the generated site from a 127.0.0.1 server, with
 * every request to another host blocked and recorded. The site is built by
 * the real generators (Redocly build-docs, Redoc 2, openapi-to-postmanv2).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { loadSpec } from "../generators/load/load.js";
import { buildModel, type Model } from "../generators/model/model.js";
import { generateDocs } from "../generators/docs/generate-docs.js";
import { generatePostman } from "../generators/postman/generate-postman.js";
import { mergeFileSets, writeAtomically } from "../generators/pipeline/output.js";
import { sdkSample } from "../generators/emit/samples.js";
import { serveStatic, type StaticServer } from "../generators/cli/static-server.js";

const CHROMIUM = "/usr/bin/chromium";
const OUTPUT = path.resolve("test-output");

interface Site {
  model: Model;
  dir: string;
  server: StaticServer;
}

async function buildSite(model: Model): Promise<Site> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "docs-test-"));
  const files = mergeFileSets(await Promise.all([generateDocs(model), generatePostman(model)]));
  writeAtomically(dir, ["docs", "postman"], files);
  const server = await serveStatic(dir, { port: 0 });
  return { model, dir, server };
}

async function closeSite(site: Site | undefined): Promise<void> {
  if (!site) return;
  await site.server.close();
  rmSync(site.dir, { recursive: true, force: true });
}

interface Visit {
  page: Page;
  offHost: string[];
  consoleErrors: string[];
}

/** Opens a page that may not reach any host but 127.0.0.1 and records what it tried. */
async function openDocs(context: BrowserContext, url: string): Promise<Visit> {
  const page = await context.newPage();
  const offHost: string[] = [];
  const consoleErrors: string[] = [];
  await page.route("**/*", (route) => {
    const target = new URL(route.request().url());
    const local = target.protocol === "data:" || target.protocol === "blob:" || target.hostname === "127.0.0.1";
    if (local) return route.continue();
    offHost.push(target.href);
    return route.abort("blockedbyclient");
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
  await page.goto(url);
  await page.waitForSelector('html[data-docs-ready="true"]', { timeout: 30_000 });
  return { page, offHost, consoleErrors };
}

let context: BrowserContext | undefined;
let userDataDir: string | undefined;

beforeAll(async () => {
  userDataDir = mkdtempSync(path.join(os.tmpdir(), "docs-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    viewport: { width: 1400, height: 900 },
  });
});

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

describe("docs for the Vantage spec", () => {
  let site: Site | undefined;
  let visit: Visit | undefined;

  beforeAll(async () => {
    const { document, file } = await loadSpec("spec/openapi.yaml");
    site = await buildSite(buildModel(document, { specFile: file }));
    visit = await openDocs(context!, `${site.server.url}/docs/`);
  });

  afterAll(async () => {
    await visit?.page.close();
    await closeSite(site);
  });

  it("makes no request off the machine and logs no console error", async () => {
    const { page, offHost, consoleErrors } = visit!;
    // Scroll through the page so lazily loaded parts (images, the sidebar footer) get their chance to ask.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(500);
    expect(offHost).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("shows the title, intro and every operation's summary", async () => {
    const { page } = visit!;
    const { model } = site!;
    expect(await page.title()).toBe(model.title);
    expect((await page.locator("#docs-logo").innerText()).trim()).toBe(model.title);
    expect(await page.locator("#docs-intro").innerText()).toContain("submit and follow computational jobs");
    const text = await page.evaluate(() => document.body.innerText);
    const missing = model.operations.filter((op) => op.summary && !text.includes(op.summary)).map((op) => op.summary);
    expect(model.operations.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it("shows the TypeScript SDK sample derived from the model for listJobs, beside curl", async () => {
    const { page } = visit!;
    const { model } = site!;
    const op = model.operations.find((o) => o.operationId === "listJobs")!;
    const expected = sdkSample(model, op).source;
    expect(expected).toContain("vantage.jobs.list(");
    const section = page.locator('[id="operation/listJobs"]');
    await expect.poll(() => section.count()).toBe(1);
    const tabs = await section.locator('[role="tab"]').allInnerTexts();
    expect(tabs).toEqual(expect.arrayContaining(["TypeScript SDK", "curl"]));
    // The SDK tab is first, so its code is the one shown.
    const shown = (await section.locator("pre").allInnerTexts()).map((t) => t.trim());
    expect(shown).toContain(expected);
  });

  it("links the spec downloads and the Postman collection, and they resolve", async () => {
    const { page } = visit!;
    const { model } = site!;
    const links = await page.locator(".docs-downloads a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toHaveLength(3);
    const bodies = new Map<string, string>();
    for (const href of links) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      bodies.set(path.basename(new URL(href).pathname), await response.text());
    }
    const json = JSON.parse(bodies.get("openapi.json")!);
    expect(json.info.title).toBe(model.title);
    expect(json.paths["/jobs"].get["x-codeSamples"]).toBeUndefined();
    expect(bodies.get("openapi.yaml")).toContain("operationId: listJobs");
    const collection = JSON.parse(bodies.get("vantage.postman_collection.json")!);
    expect(collection.info.name).toBe(model.title);
  });

  it("saves a screenshot", async () => {
    mkdirSync(OUTPUT, { recursive: true });
    await visit!.page.evaluate(() => window.scrollTo(0, 0));
    await visit!.page.screenshot({ path: path.join(OUTPUT, "docs.png") });
  });
});

describe("docs for a spec with hostile text", () => {
  let site: Site | undefined;
  let visit: Visit | undefined;
  const hostile = `</script><script>window.__pwned = "script"</script><img src=x onerror="window.__pwned = 'img'"> & <b>bold</b>`;

  beforeAll(async () => {
    const document = {
      openapi: "3.0.3",
      info: { title: `Evil </title><script>window.__pwned = "title"</script>`, version: "1.0", description: hostile },
      servers: [{ url: "http://127.0.0.1:9/v1" }],
      paths: {
        "/things": {
          get: {
            operationId: "listThings",
            summary: "List things",
            description: hostile,
            tags: ["Things"],
            parameters: [
              {
                name: "q",
                in: "query",
                required: true,
                description: hostile,
                schema: { type: "string", example: "</script><script>window.__pwned='sample'</script>" },
              },
            ],
            responses: { "200": { description: hostile, content: { "application/json": { schema: { type: "object" } } } } },
          },
        },
      },
    };
    site = await buildSite(buildModel(document, { specFile: "evil.yaml" }));
    visit = await openDocs(context!, `${site.server.url}/docs/`);
  });

  afterAll(async () => {
    await visit?.page.close();
    await closeSite(site);
  });

  it("renders spec text as text and runs none of it", async () => {
    const { page, offHost } = visit!;
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.title()).toContain("</title>");
    expect(await page.locator("#docs-intro").innerText()).toContain("</script><script>");
    expect(offHost).toEqual([]);
    // The version "1.0" stays a string on its way through build-docs' command line.
    expect((await page.locator(".docs-version").innerText()).trim()).toBe("1.0");
  });
});

describe("docs CSP connect-src: what the try-it panel may reach", () => {
  const build = (servers: unknown[]) => buildModel({ openapi: "3.0.3", info: { title: "S", version: "1" }, servers, paths: {} }, { specFile: "s.yaml" });
  const connectOf = (html: string) =>
    html
      .replace(/&#x27;/g, "'")
      .match(/connect-src ([^;]*);/)![1]
      .trim()
      .split(/\s+/);

  it("allows the spec's server origins (every enum value of their variables) and loopback, nothing injected", async () => {
    const model = build([
      { url: "https://api.example.com/v1" },
      { url: "https://api.example.com/v2" },
      {
        url: "https://{region}.example.net:{port}/{base}",
        variables: { region: { default: "eu", enum: ["eu", "us"] }, port: { default: "8443" }, base: { default: "x" } },
      },
      { url: "https://evil.example.org; script-src *" },
      { url: "javascript:alert(1)" },
      { url: "/relative" },
      { url: "http://127.0.0.1:4010" },
    ]);
    const html = (await generateDocs(model)).get("docs/index.html")!;
    expect(connectOf(html)).toEqual([
      "'self'",
      "https://api.example.com",
      "https://eu.example.net:8443",
      "https://us.example.net:8443",
      "http://127.0.0.1:*",
      "http://localhost:*",
      "https://127.0.0.1:*",
      "https://localhost:*",
    ]);
    expect(html).not.toContain("script-src *");
    const data = (await generateDocs(model)).get("docs/try-it-data.js")!;
    const tryIt = JSON.parse(data.replace(/^window\.__API_TRY_IT__ = /, "").replace(/;\n$/, ""));
    // The panel offers the servers as written (defaults filled) plus nothing twice: the mock is already listed.
    expect(tryIt.servers.map((s: { url: string }) => s.url)).toEqual([
      "https://api.example.com/v1",
      "https://api.example.com/v2",
      "https://eu.example.net:8443/x",
      "https://evil.example.org; script-src *",
      "javascript:alert(1)",
      "/relative",
      "http://127.0.0.1:4010",
    ]);
  });

  it("offers the local mock when the spec lists no servers", async () => {
    const data = (await generateDocs(build([]))).get("docs/try-it-data.js")!;
    expect(data).toContain('"servers":[{"url":"http://127.0.0.1:4010","description":"Local mock (vantage-codegen mock)"}]');
  });
});
