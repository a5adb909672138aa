// Installs what the test suite needs that npm does not. The browser tests
// drive Debian's Chromium through playwright-core (never `playwright install`,
// which downloads a browser from a CDN), so install it with apt when missing.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const CHROMIUM = "/usr/bin/chromium";

function run(command, args) {
  console.log(`test-setup: ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (result.status !== 0) {
    console.error(`test-setup: "${[command, ...args].join(" ")}" failed (${result.error?.message ?? `exit ${result.status}`}); the browser tests need ${CHROMIUM} (apt-get install chromium, as root).`);
    process.exit(1);
  }
}

if (existsSync(CHROMIUM)) {
  console.log(`test-setup: ${CHROMIUM} is installed`);
} else {
  console.log(`test-setup: ${CHROMIUM} is missing; installing Debian's chromium for the browser tests`);
  run("apt-get", ["update"]);
  run("apt-get", ["install", "-y", "chromium"]);
}
