/**
 * package-json: the package.json of each generated part, so the client and
 * the server stubs can be packed and published as generated. Versions of
 * what they need at run time are the ones this toolchain is tested with.
 */
import type { Model } from "../model/model.js";
import { words } from "../model/identifiers.js";

export const RUNTIME_DEPENDENCIES = {
  client: { "openapi-fetch": "^0.17.0" },
  server: { ajv: "^8.20.0", "ajv-formats": "^3.0.1" },
} as const;

/** The server stubs plug into the user's own Fastify: one copy, theirs. */
export const SERVER_PEER_DEPENDENCIES = { fastify: "^5.0.0", "@fastify/multipart": "^9.0.0 || ^10.0.0" } as const;

/** The Node versions the outputs run on (global fetch, Blob, ReadableStream, require(esm) not needed). */
export const NODE_ENGINES = ">=20";

/** The npm name from `info.title`: "Vantage Compute API" → vantage-compute-api. */
export function packageName(model: Model): string {
  const name = words(model.title).join("-").slice(0, 200).replace(/-+$/, "");
  return name || "api";
}

/**
 * `info.version` as npm accepts it: kept when it is semver, else its numbers
 * (up to three, padded: "v2" → 2.0.0, "2024-01-15" → 2024.1.15).
 */
export function packageVersion(model: Model): string {
  const version = model.version.trim();
  if (/^\d+\.\d+\.\d+(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/.test(version) && !/(^|\.)0\d/.test(version.split(/[-+]/)[0]!)) {
    return version;
  }
  const numbers = (version.match(/\d+/g) ?? []).slice(0, 3).map((n) => String(Number(n)));
  while (numbers.length < 3) numbers.push("0");
  return numbers.join(".");
}

const banner = (header: string) => header.replace(/^\/\/ /, "").trim();

/** The SDK's package.json: ESM at the root, CommonJS under cjs/, each with its declarations. */
export function clientPackageJson(model: Model, header: string, options: { changelog: boolean }): string {
  const pkg: Record<string, unknown> = {
    "//": banner(header),
    name: packageName(model),
    version: packageVersion(model),
    description: `TypeScript SDK for ${model.title || model.clientName}`,
    ...(packageVersion(model) !== model.version ? { apiVersion: model.version } : {}),
    type: "module",
    main: "./cjs/index.node.js",
    module: "./index.js",
    types: "./cjs/index.d.ts",
    exports: {
      ".": {
        // Node gets the entry that installs Node's faster transport (core/node.js); browsers and other runtimes the portable one.
        node: {
          import: { types: "./index.d.ts", default: "./index.node.js" },
          require: { types: "./cjs/index.d.ts", default: "./cjs/index.node.js" },
        },
        import: { types: "./index.d.ts", default: "./index.js" },
        require: { types: "./cjs/index.d.ts", default: "./cjs/index.js" },
      },
      "./package.json": "./package.json",
    },
    files: ["*.js", "*.d.ts", "core", "resources", "cjs", ...(options.changelog ? ["CHANGELOG.md"] : [])],
    // Only the Node transport's installer runs on import; a bundler may drop anything else unused.
    sideEffects: ["./core/node.js", "./cjs/core/node.js"],
    engines: { node: NODE_ENGINES },
    dependencies: RUNTIME_DEPENDENCIES.client,
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** The server stubs' package.json: ESM, compiled, Fastify as a peer. */
export function serverPackageJson(model: Model, header: string, options: { multipart: boolean }): string {
  const pkg = {
    "//": banner(header),
    name: `${packageName(model)}-server`,
    version: packageVersion(model),
    description: `Fastify server stubs for ${model.title || model.clientName}`,
    type: "module",
    main: "./index.js",
    types: "./index.d.ts",
    exports: {
      ".": { types: "./index.d.ts", default: "./index.js" },
      "./package.json": "./package.json",
    },
    files: ["*.js", "*.d.ts", "runtime/*.js", "runtime/*.d.ts"],
    sideEffects: false,
    engines: { node: NODE_ENGINES },
    dependencies: RUNTIME_DEPENDENCIES.server,
    // @fastify/multipart is imported only when some operation takes a multipart body.
    peerDependencies: options.multipart ? SERVER_PEER_DEPENDENCIES : { fastify: SERVER_PEER_DEPENDENCIES.fastify },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
