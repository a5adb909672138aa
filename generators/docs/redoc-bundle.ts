/**
 * redoc-bundle: Redoc 2's standalone bundle from the `redoc` npm package,
 * served beside the page instead of from a CDN.
 *
 * Redoc 2 has no telemetry, but its sidebar footer always loads the Redocly
 * logo from cdn.redoc.ly (no option turns it off). The copy points that one
 * image at an inline SVG; when a Redoc upgrade changes the URL this throws,
 * so the offline guarantee is never lost silently.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

const REMOTE_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg";
const LOCAL_LOGO = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";

export function redocStandalone(): string {
  const dir = path.dirname(require.resolve("redoc/package.json"));
  const source = readFileSync(path.join(dir, "bundles", "redoc.standalone.js"), "utf8");
  const occurrences = source.split(REMOTE_LOGO).length - 1;
  if (occurrences !== 1) {
    throw new Error(`redoc.standalone.js: expected the Redocly logo URL once, found it ${occurrences} times; check the bundle still works offline`);
  }
  // Its source map is not copied: the comment would make devtools ask for a missing file.
  return source.replace(REMOTE_LOGO, LOCAL_LOGO).replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n");
}
