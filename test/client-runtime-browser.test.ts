/**
 * The runtime must run unchanged in a browser: it bundles for
 * platform "browser" with openapi-fetch, and neither it nor the bundle
 * touches Node built-ins or Node globals.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions } from "esbuild";
import { describe, expect, it } from "vitest";

const CORE_DIR = fileURLToPath(new URL("../templates/client/core/", import.meta.url));
const ROOT = fileURLToPath(new URL("../", import.meta.url));

const browserBuild: BuildOptions = {
  bundle: true,
  platform: "browser",
  format: "esm",
  target: "es2022",
  write: false,
  logLevel: "silent",
  absWorkingDir: ROOT,
};

async function bundle(entry: string, extra: BuildOptions = {}): Promise<string> {
  const result = await build({ ...browserBuild, entryPoints: [entry], ...extra });
  expect(result.errors).toEqual([]);
  return result.outputFiles![0]!.text;
}

/** Ways a bundle could still reach for Node at run time. */
const NODE_ONLY = /\brequire\s*\(|["']node:|\bfrom\s*["'](fs|path|http|https|stream|buffer|crypto|os|url|util)["']/;

describe("browser safety", () => {
  it("client.ts bundles for the browser with openapi-fetch and no Node built-ins", async () => {
    const code = await bundle(path.join(CORE_DIR, "client.ts"));
    expect(code).toContain("APIClient");
    expect(code).toContain("createQuerySerializer"); // openapi-fetch really is inside
    expect(code).not.toMatch(NODE_ONLY);
  });

  it("every runtime file bundles for the browser", async () => {
    const files = readdirSync(CORE_DIR).filter((f) => f.endsWith(".ts"));
    expect(files).toContain("client.ts");
    for (const file of files) {
      expect(await bundle(path.join(CORE_DIR, file))).not.toMatch(NODE_ONLY);
    }
  });

  it("the runtime's own code uses no Node globals (process, Buffer, global, __dirname)", async () => {
    // openapi-fetch guards its own `typeof process` probe, so leave it out and
    // minify away comments to check only our code.
    const code = await bundle(path.join(CORE_DIR, "index.ts"), { external: ["openapi-fetch"], minify: true });
    // The environment is read as `globalThis.process?.env`, which is undefined, not an error, in a browser.
    expect(code).not.toMatch(/(?<!globalThis\.)\b(process|Buffer|global|__dirname|__filename|setImmediate)\b/);
    expect(code).toMatch(/globalThis\.process\?\.env/);
    expect(code).toMatch(/from\s*"openapi-fetch"/);
  });

  it("the whole generated Vantage SDK (resources, models, types) bundles for the browser", async () => {
    const code = await bundle(path.join(ROOT, "generated/client/index.js"));
    expect(code).toContain("createQuerySerializer"); // openapi-fetch is inside
    expect(code).toMatch(/\bVantage = class extends APIClient\b/);
    expect(code).not.toMatch(NODE_ONLY);
    const ours = await bundle(path.join(ROOT, "generated/client/index.js"), { external: ["openapi-fetch"], minify: true });
    expect(ours).not.toMatch(/(?<!globalThis\.)\b(process|Buffer|__dirname|__filename|setImmediate)\b/);
  });

  it("the check is real: a snippet importing node:fs fails to bundle for the browser", async () => {
    const attempt = build({
      ...browserBuild,
      stdin: { contents: 'import { readFileSync } from "node:fs"; export const x = readFileSync;', resolveDir: ROOT, loader: "ts" },
    });
    await expect(attempt).rejects.toThrow(/node:fs/);
  });
});
