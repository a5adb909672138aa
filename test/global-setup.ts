/**
 * Runs once before every test file: builds generators/ and the SDK runtime
 * to dist/ when a source changed since the last build (scripts/build.js, the
 * same check the command makes), because many tests run the real command
 * (bin/vantage-codegen.js → dist/) and the client generator ships the
 * compiled runtime. One build here means no test file rebuilds dist/ under
 * another one that is using it. (`npm run test:unit` has no global set-up:
 * its tests import the sources and need no build.)
 */
import { buildIfStale } from "../scripts/build.js";

export default function setup(): void {
  buildIfStale({ log: (line) => console.log(line) });
}
