/**
 * The docs on any screen, in headless Debian Chromium: at 1400x900 and at a
 * 390x844 phone, light and dark (the reader's system setting, emulated),
 * nothing is cut off or pushed sideways, the SDK sample's method call lies
 * inside its code block, text keeps a readable contrast, and the page
 * follows a change of the setting without a reload. Screenshots of each case
 * go to test-output/ (gitignored) for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { loadSpec } from "../generators/load/load.js";
import { buildModel, type Model } from "../generators/model/model.js";
import { sdkCall } from "../generators/emit/samples.js";
import { buildSite, launchChromium, openPage, type Site } from "./helpers/docs-site.js";
import { contrastProblems, horizontalProblems, sampleCallVisible } from "./helpers/docs-browser.js";

const OUTPUT = path.resolve("test-output");
const SIZES = [
  { name: "desktop", width: 1400, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;
const SCHEMES = ["light", "dark"] as const;
/** WCAG AA for body text. */
const MIN_CONTRAST = 4.5;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(OUTPUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** Scrolls so the element's top is in view (or the page top), then lets the layout settle. */
async function scrollTo(page: Page, selector: string | null): Promise<void> {
  await page.evaluate((sel) => {
    if (!sel) return window.scrollTo(0, 0);
    document.querySelector(sel)?.scrollIntoView({ block: "start" });
  }, selector);
  await page.waitForTimeout(150);
}

interface Problems {
  where: string;
  horizontal: unknown[];
  contrast: unknown[];
}

/** Layout and contrast problems at each place; `[]` when every place is clean. */
async function problemsAt(page: Page, places: (string | null)[]): Promise<Problems[]> {
  const out: Problems[] = [];
  for (const place of places) {
    await scrollTo(page, place);
    const horizontal = await page.evaluate(horizontalProblems);
    const contrast = await page.evaluate(contrastProblems, MIN_CONTRAST);
    if (horizontal.length || contrast.length) out.push({ where: place ?? "top", horizontal: horizontal.slice(0, 5), contrast: contrast.slice(0, 5) });
  }
  return out;
}

async function colours(page: Page): Promise<{ background: string; text: string }> {
  return page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const paragraph = document.querySelector(".api-content p");
    return { background: body.backgroundColor, text: getComputedStyle(paragraph ?? document.body).color };
  });
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? [])
    .slice(0, 3)
    .map(Number)
    .map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe("docs layout and themes, Vantage spec", () => {
  let site: Site;
  let model: Model;

  beforeAll(async () => {
    const { document, file } = await loadSpec("spec/openapi.yaml");
    model = buildModel(document, { specFile: file });
    site = await buildSite(model);
  });

  afterAll(async () => {
    await site?.close();
  });

  for (const size of SIZES) {
    describe(`${size.name} ${size.width}x${size.height}`, () => {
      let page: Page;
      let light: { background: string; text: string };

      beforeAll(async () => {
        const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: "light" });
        ({ page } = await openPage(context, `${site.server.url}/docs/`, [site.server.url]));
      });

      afterAll(async () => {
        await page?.context().close();
      });

      for (const scheme of SCHEMES) {
        it(`${scheme}: nothing cut off or scrolling sideways, readable contrast, every SDK call inside its code block`, async () => {
          if (scheme === "dark") {
            light = await colours(page);
            // The setting changes while the page is open: it re-renders in the dark theme.
            await page.emulateMedia({ colorScheme: "dark" });
            await page.waitForSelector('html[data-docs-theme="dark"][data-docs-ready="true"]');
            const dark = await colours(page);
            expect(dark.background).not.toBe(light.background);
            expect(dark.text).not.toBe(light.text);
            expect(luminance(dark.background)).toBeLessThan(0.05);
            expect(luminance(dark.text)).toBeGreaterThan(0.5);
          } else {
            expect(await page.getAttribute("html", "data-docs-theme")).toBe("light");
            expect(luminance((await colours(page)).background)).toBeGreaterThan(0.9);
          }
          const places = [null, ".api-info", '[id="operation/listJobs"]', '[id="operation/createJob"]', '[id="operation/uploadFile"]'];
          expect(await problemsAt(page, places)).toEqual([]);

          const hidden: string[] = [];
          for (const op of model.operations) {
            const id = `operation/${op.operationId}`;
            const check = await page.evaluate(sampleCallVisible, [id, sdkCall(model, op)] as [string, string]);
            if (!check.found) hidden.push(`${id}: SDK call not shown`);
            else if (check.outside.length) hidden.push(`${id}: ${check.outside.join("; ")}`);
          }
          expect(hidden).toEqual([]);

          await scrollTo(page, null);
          await page.screenshot({ path: path.join(OUTPUT, `docs-${size.name}-${scheme}.png`) });
          await page.evaluate(() => document.getElementById("operation/createJob")?.querySelector("pre")?.scrollIntoView({ block: "center" }));
          await page.waitForTimeout(150);
          await page.screenshot({ path: path.join(OUTPUT, `docs-${size.name}-${scheme}-operation.png`) });

          // The try-it panel, open, in the same theme and size.
          await page.locator('[id="operation/createJob"] .try-it-open').click();
          await expect.poll(() => page.locator("#try-it").isVisible()).toBe(true);
          const panel = await page.evaluate(() => {
            const el = document.getElementById("try-it")!;
            return { width: el.getBoundingClientRect().width, overflow: el.scrollWidth > el.clientWidth + 1 };
          });
          expect(panel.width).toBeLessThanOrEqual(size.width);
          expect(panel.overflow).toBe(false);
          expect(await page.evaluate(contrastProblems, MIN_CONTRAST)).toEqual([]);
          expect((await page.evaluate(horizontalProblems)).filter((p) => p.where.includes("try-it") || p.reason.includes("try-it"))).toEqual([]);
          await page.screenshot({ path: path.join(OUTPUT, `docs-${size.name}-${scheme}-try-it.png`) });
          await page.keyboard.press("Escape");
          await expect.poll(() => page.locator("#try-it").isVisible()).toBe(false);
        });
      }
    });
  }
});

describe("docs layout, a spec of long words", () => {
  let site: Site;
  const long = "a-really-long-unbroken-identifier-that-would-run-out-of-any-phone-screen-0123456789";

  beforeAll(async () => {
    const document = {
      openapi: "3.1.0",
      info: {
        title: "Long Words API",
        version: "2.0.0-beta.1",
        description: `Reach us at ${long}@example.com or read https://docs.example.com/${long}/${long}.`,
        contact: {
          name: "The team with the unusually long support rota name",
          email: `support-desk-for-${long}@example.com`,
          url: `https://example.com/${long}`,
        },
        license: { name: "A licence whose name is long too", url: `https://example.com/licences/${long}` },
      },
      servers: [
        { url: "https://{region}.api.example.com/{version}", variables: { region: { default: "eu", enum: ["eu", "us"] }, version: { default: "v2" } } },
      ],
      components: { securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Api-Key" } } },
      security: [{ key: [] }],
      paths: {
        [`/organisations/{organisation_identifier}/${long}/{member_identifier}`]: {
          get: {
            summary: "Read one member of an organisation",
            tags: ["Organisations"],
            parameters: [
              { name: "organisation_identifier", in: "path", required: true, schema: { type: "string", example: `org_${long}` } },
              { name: "member_identifier", in: "path", required: true, schema: { type: "string" } },
              { name: "include_the_following_related_resources", in: "query", required: true, schema: { type: "array", items: { type: "string" } } },
            ],
            responses: {
              "200": {
                description: "The member",
                content: {
                  "application/json": { schema: { type: "object", properties: { id: { type: "string", pattern: `^${long}$` } } }, example: { id: long } },
                },
              },
            },
          },
        },
      },
    };
    site = await buildSite(buildModel(document, { specFile: "long.yaml" }));
  });

  afterAll(async () => {
    await site?.close();
  });

  for (const size of SIZES) {
    for (const scheme of SCHEMES) {
      it(`${size.name} ${scheme}: nothing cut off`, async () => {
        const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: scheme });
        try {
          const { page } = await openPage(context, `${site.server.url}/docs/`, [site.server.url]);
          const section = await page.evaluate(() => document.querySelector("[data-section-id*='/paths/']")?.getAttribute("data-section-id") ?? null);
          expect(section).not.toBeNull();
          expect(await problemsAt(page, [null, ".api-info", `[data-section-id="${section}"]`])).toEqual([]);
          if (size.name === "phone") await page.screenshot({ path: path.join(OUTPUT, `docs-long-words-${size.name}-${scheme}.png`) });
        } finally {
          await context.close();
        }
      });
    }
  }
});
