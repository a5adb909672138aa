import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Generation and tsc runs are CPU-heavy; two workers match the CI machine.
    maxWorkers: 2,
  },
});
