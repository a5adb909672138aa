// Installs what the test suite needs that npm does not. The browser tests
// drive Debian's Chromium through playwright-core (never `playwright install`,
// which downloads a browser from a CDN), so install it with apt when missing.
// The reference server's tests start a real PostgreSQL server (Debian's
// postgresql: initdb and pg_ctl), so install that too when initdb is missing.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

const CHROMIUM = "/usr/bin/chromium";

function run(command, args, needed = `the browser tests need ${CHROMIUM}`) {
  console.log(`test-setup: ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (result.status !== 0) {
    console.error(
      `test-setup: "${[command, ...args].join(" ")}" failed (${result.error?.message ?? `exit ${result.status}`}); ${needed} (apt-get install it, as root).`,
    );
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

/** initdb on PATH, or in Debian's /usr/lib/postgresql/N/bin. */
function hasInitdb() {
  if ((process.env.PATH ?? "").split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, "initdb")))) return true;
  const root = "/usr/lib/postgresql";
  return existsSync(root) && readdirSync(root).some((version) => existsSync(path.join(root, version, "bin", "initdb")));
}

if (hasInitdb()) {
  console.log("test-setup: PostgreSQL (initdb) is installed");
} else {
  const needed = "the reference server's tests need PostgreSQL's initdb and pg_ctl";
  console.log("test-setup: PostgreSQL is missing; installing Debian's postgresql for the reference server's tests");
  run("apt-get", ["update"], needed);
  run("apt-get", ["install", "-y", "postgresql"], needed);
}
