/**
 * The docs site for browser tests: built by the real generators into a temp
 * folder, served from 127.0.0.1, opened in headless Debian Chromium with
 * every request to a host the test did not allow aborted and recorded.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { Model } from "../../generators/model/model.js";
import { generateDocs } from "../../generators/docs/generate-docs.js";
import { generatePostman } from "../../generators/postman/generate-postman.js";
import { mergeFileSets, writeAtomically } from "../../generators/pipeline/output.js";
import { serveStatic, type StaticServer } from "../../generators/cli/static-server.js";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Site {
  model: Model;
  dir: string;
  server: StaticServer;
  close(): Promise<void>;
}

export async function buildSite(model: Model): Promise<Site> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "docs-test-"));
  const files = mergeFileSets(await Promise.all([generateDocs(model), generatePostman(model)]));
  writeAtomically(dir, ["docs", "postman"], files);
  const server = await serveStatic(dir, { port: 0 });
  return {
    model,
    dir,
    server,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface Visit {
  page: Page;
  /** Every request the page made, by URL. */
  requests: string[];
  /** Requests to an origin not in `allowedOrigins` (aborted). */
  offHost: string[];
  consoleErrors: string[];
}

/** Opens `url` in `context`; requests may go only to `allowedOrigins` (data: and blob: aside). */
export async function openPage(context: BrowserContext, url: string, allowedOrigins: string[]): Promise<Visit> {
  const page = await context.newPage();
  const visit: Visit = { page, requests: [], offHost: [], consoleErrors: [] };
  await page.route("**/*", (route) => {
    const target = new URL(route.request().url());
    visit.requests.push(target.href);
    if (target.protocol === "data:" || target.protocol === "blob:" || allowedOrigins.includes(target.origin)) return route.continue();
    visit.offHost.push(target.href);
    return route.abort("blockedbyclient");
  });
  page.on("console", (message) => {
    if (message.type() === "error") visit.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => visit.consoleErrors.push(`pageerror: ${error.message}`));
  await page.goto(url);
  await page.waitForSelector('html[data-docs-ready="true"]', { timeout: 60_000 });
  return visit;
}
