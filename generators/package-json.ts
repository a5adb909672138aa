/**
 * package-json: the package.json written beside each generated part, so the
 * client or server can be published or copied out with what it needs at run
 * time. Versions are the ones this toolchain is tested with.
 */
import type { Model } from "./model.js";
import { words } from "./names.js";

export const RUNTIME_DEPENDENCIES = {
  client: { "openapi-fetch": "^0.17.0" },
  server: { ajv: "^8.20.0", "ajv-formats": "^3.0.1", fastify: "^5.0.0" },
} as const;

export function generatedPackageJson(model: Model, header: string, part: keyof typeof RUNTIME_DEPENDENCIES): string {
  const base = words(model.title).join("-") || "api";
  const pkg = {
    "//": header.replace(/^\/\/ /, "").trim(),
    name: part === "client" ? base : `${base}-${part}`,
    version: model.version,
    type: "module",
    main: "./index.ts",
    dependencies: RUNTIME_DEPENDENCIES[part],
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
