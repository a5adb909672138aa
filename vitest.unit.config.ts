/**
 * The fast tier, `npm run test:unit`: tests that import the sources
 * (model, naming, schema conversion, diff rules, the SDK and server runtimes,
 * the CLI's own helpers) and start nothing heavier than a local HTTP server —
 * no build (no global set-up: nothing here runs dist/), no Prism, no
 * Chromium, no tsc over generated code. `npm test` (vitest.config.ts) still
 * runs every file, these included.
 */
import { defineConfig } from "vitest/config";

export const UNIT_TESTS = [
  "test/cli-helpers.test.ts",
  "test/spec.test.ts",
  "test/postman.test.ts",
  "test/diff.test.ts",
  "test/diff-fixtures-a.test.ts",
  "test/diff-fixtures-b.test.ts",
  "test/server-precompile.test.ts",
  "test/client-runtime.test.ts",
  "test/client-runtime-retries.test.ts",
  "test/client-runtime-pagination.test.ts",
  "test/client-runtime-uploads.test.ts",
  "test/client-runtime-browser.test.ts",
  "test/import-graph.test.ts",
  "test/client-request-url.test.ts",
  "test/model/*.test.ts",
];

export default defineConfig({
  test: {
    include: UNIT_TESTS,
    // diff.test.ts also drives the built command ("diff command …"): that half stays in `npm test`.
    testNamePattern: /^(?!diff command)/,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
  },
});
