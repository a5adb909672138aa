/**
 * Bundle: the Vantage SDK (generated/client/index.js, openapi-fetch
 * included) bundled for the browser by esbuild (ESM, minified), gzipped,
 * against openapi-fetch bundled the same way. Sizes are deterministic: one run.
 */
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { repoRoot } from "./lib/paths.mjs";
import { compareRow } from "./lib/rows.mjs";
import { atMostValue } from "./lib/targets.mjs";

export const title = "Bundle size (esbuild, browser, ESM, minified, gzip -9)";

const SDK_LIMIT_BYTES = 10 * 1024;

export async function run() {
  const sdk = await bundledSize({ entryPoints: [path.join(repoRoot, "generated/client/index.js")] });
  const sdkLayer = await bundledSize({ entryPoints: [path.join(repoRoot, "generated/client/index.js")], external: ["openapi-fetch"] });
  const openapiFetch = await bundledSize({
    stdin: { contents: `export * from "openapi-fetch"; export { default } from "openapi-fetch";`, resolveDir: repoRoot, loader: "js" },
  });
  const row = (measure, ours, extra) =>
    compareRow({ subject: "Vantage SDK", measure, unit: "B", ours: [ours.gzip], peerName: "openapi-fetch", peer: [openapiFetch.gzip], ...extra });
  return {
    rows: [
      row("whole SDK, gzip", sdk, { target: atMostValue(SDK_LIMIT_BYTES, "≤ 10.0 KB") }),
      row("SDK layer only (openapi-fetch external), gzip", sdkLayer),
      compareRow({
        subject: "Vantage SDK",
        measure: "whole SDK, minified",
        unit: "B",
        ours: [sdk.minified],
        peerName: "openapi-fetch",
        peer: [openapiFetch.minified],
      }),
    ],
    notes: ["ratio = our size ÷ openapi-fetch's; the SDK bundle contains openapi-fetch, so the difference is what the SDK layer adds"],
    extra: { bytes: { sdk, sdkLayer, openapiFetch } },
  };
}

async function bundledSize(entry) {
  const result = await build({ ...entry, bundle: true, platform: "browser", format: "esm", minify: true, target: "es2022", write: false, logLevel: "warning" });
  const code = Buffer.concat(result.outputFiles.map((f) => Buffer.from(f.contents)));
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
