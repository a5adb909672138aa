/**
 * validate: the structural rules the generators rely on, checked once on the
 * bundled document so every problem becomes one clear SpecError (file, JSON
 * pointer, what is wrong) instead of a crash or a silently wrong SDK.
 * Style rules are the linter's job, not this module's.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { SpecError } from "./spec-error.js";
import { atPointer, resolveRef, pointerSegment, type Json } from "./refs.js";
import { describeCycle, findSchemaCycle } from "./schema-cycles.js";
import { lineOf } from "./locate.js";
import { templateNames } from "./path-template.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

interface Problem {
  pointer: string;
  message: string;
  /** Reported, not fatal. */
  warning?: boolean;
}

/**
 * Throws a SpecError for the first fatal problem; returns warnings for what
 * the generators can work around (path parameters used in a path template
 * but never declared: real specs, e.g. edge/full.yaml, leave `{api-version}`
 * undeclared; the SDK then takes them as required string arguments).
 */
export function validateDocument(document: Json, file: string): string[] {
  const all = findProblems(document);
  const relative = path.relative(process.cwd(), file) || file;
  const warnings = all.filter((p) => p.warning).map((p) => `${relative} (${p.pointer}): ${p.message}`);
  const problems = all.filter((p) => !p.warning);
  if (problems.length === 0) return warnings;
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
  const line = lineOf(file, first.pointer);
  throw new SpecError(`${relative}${line ? `:${line}` : ""} (${first.pointer}): ${first.message}${more}`, file, first.pointer);
}

/** The version checks alone, on the root file as written (used when the bundler gives up on it). */
export function validateRootFile(file: string): void {
  let parsed: unknown;
  try {
    parsed = parseDocument(readFileSync(file, "utf8")).toJS();
  } catch {
    return;
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new SpecError(
      `${path.relative(process.cwd(), file) || file}: not an OpenAPI document (expected a YAML/JSON object with an \`openapi\` field).`,
      file,
      "#/",
    );
  }
  validateDocument(parsed as Json, file);
}

function findProblems(doc: Json): Problem[] {
  if (typeof doc.swagger === "string" || typeof doc.swagger === "number") {
    return [
      {
        pointer: "#/swagger",
        message: `this is a Swagger ${doc.swagger} document; vantage-codegen reads OpenAPI 3.0 and 3.1. Convert it first, e.g. \`npx swagger2openapi ${"<file>"} -o openapi.yaml\`.`,
      },
    ];
  }
  if (doc.openapi === undefined) return [{ pointer: "#/openapi", message: "not an OpenAPI document: there is no `openapi` field at the root." }];
  if (typeof doc.openapi !== "string" || !/^3\.[01]\.\d+(-.+)?$/.test(doc.openapi)) {
    return [{ pointer: "#/openapi", message: `unsupported OpenAPI version ${JSON.stringify(doc.openapi)}: expected 3.0.x or 3.1.x.` }];
  }
  const problems: Problem[] = [];
  if (!doc.info || typeof doc.info !== "object") problems.push({ pointer: "#/info", message: "the `info` object is missing." });
  checkServers(doc.servers, "#/servers", problems);
  const paths = doc.paths;
  if (paths !== undefined && (typeof paths !== "object" || paths === null || Array.isArray(paths))) {
    problems.push({ pointer: "#/paths", message: "`paths` must be an object." });
    return problems;
  }
  checkRefs(doc, problems);
  checkSchemaTypes(doc, problems);
  const cycle = findSchemaCycle(doc);
  if (cycle) {
    problems.push({
      pointer: cycle.pointer,
      message: `$ref cycle ${describeCycle(cycle.chain)} that no type can express: every step is a $ref, allOf/oneOf/anyOf member or array items, with no object property in between. Make the recursion go through a property (e.g. properties: { children: { type: array, items: { $ref: … } } }), or remove the back-reference.`,
    });
  }
  const seenIds = new Map<string, string>();
  for (const route of Object.keys((paths ?? {}) as Json)) {
    const itemPointer = `#/paths/${pointerSegment(route)}`;
    const item = resolveRef(doc, (paths as Json)[route]) as Json | undefined;
    if (!item || typeof item !== "object") continue;
    checkServers(item.servers, `${itemPointer}/servers`, problems);
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op || typeof op !== "object") continue;
      const opPointer = `${itemPointer}/${method}`;
      checkServers(op.servers, `${opPointer}/servers`, problems);
      if (typeof op.operationId === "string") {
        const previous = seenIds.get(op.operationId);
        if (previous) {
          problems.push({
            pointer: `${opPointer}/operationId`,
            message: `duplicate operationId "${op.operationId}": also used at ${previous}. Each operationId must be unique.`,
          });
        } else seenIds.set(op.operationId, opPointer);
      }
      checkPathParams(doc, route, method, item, op, opPointer, problems);
    }
  }
  return problems;
}

/** Every local $ref must point at something (the bundler lets a dangling one inside the root file through). */
function checkRefs(doc: Json, problems: Problem[]): void {
  const seen = new Set<unknown>();
  const walk = (node: unknown, pointer: string) => {
    if (!node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    const ref = (node as Json).$ref;
    if (typeof ref === "string" && ref.startsWith("#") && atPointer(doc, ref) === undefined) {
      problems.push({ pointer, message: `can't resolve $ref "${ref}": nothing is defined there.` });
    }
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${pointer}/${i}`));
    else for (const key of Object.keys(node)) walk((node as Json)[key], `${pointer}/${pointerSegment(key)}`);
  };
  walk(doc, "#");
}

const SCHEMA_TYPES = ["string", "number", "integer", "boolean", "array", "object", "null"];
/** Keys whose values are data (examples, defaults, extensions), never schemas to check. */
const DATA_KEYS = new Set(["example", "examples", "default", "enum", "const"]);
const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SCHEMA_ONE = [
  "items",
  "additionalProperties",
  "additionalItems",
  "not",
  "contains",
  "if",
  "then",
  "else",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
];

/** The closest known type, for "did you mean" (edit distance ≤ 2). */
function closestType(word: string): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]++;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length];
  };
  const best = SCHEMA_TYPES.map((t) => [t, distance(word.toLowerCase(), t)] as const).sort((x, y) => x[1] - y[1])[0];
  return best[1] <= 2 ? best[0] : undefined;
}

/**
 * Every schema's `type` must be a JSON Schema type (or, in 3.1, a list of
 * them): `type: strin` would otherwise become `unknown` in the SDK with no
 * word said, while Redocly's lint refuses it (struct rule).
 */
function checkSchemaTypes(doc: Json, problems: Problem[]): void {
  // "null" is a type from OpenAPI 3.1 (JSON Schema 2020-12) on; 3.0 says `nullable: true`.
  const is30 = typeof doc.openapi === "string" && doc.openapi.startsWith("3.0");
  const allowed = is30 ? SCHEMA_TYPES.filter((t) => t !== "null") : SCHEMA_TYPES;
  const seen = new Set<unknown>();
  const schema = (node: unknown, pointer: string) => {
    if (!node || typeof node !== "object" || Array.isArray(node) || seen.has(node)) return;
    seen.add(node);
    const s = node as Json;
    if (typeof s.$ref === "string") return;
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      for (const type of types) {
        if (typeof type === "string" && allowed.includes(type)) continue;
        const hint =
          type === "null"
            ? " (OpenAPI 3.0 has no null type: use `nullable: true`)"
            : typeof type === "string" && closestType(type)
              ? ` (did you mean "${closestType(type)}"?)`
              : "";
        problems.push({
          pointer: `${pointer}/type`,
          message: `unknown schema type ${JSON.stringify(type)}${hint}: a type is one of ${allowed.join(", ")}.`,
        });
      }
    }
    for (const key of SCHEMA_MAPS) {
      const map = s[key];
      if (map && typeof map === "object" && !Array.isArray(map))
        for (const name of Object.keys(map)) schema((map as Json)[name], `${pointer}/${key}/${pointerSegment(name)}`);
    }
    for (const key of SCHEMA_LISTS) if (Array.isArray(s[key])) (s[key] as unknown[]).forEach((item, i) => schema(item, `${pointer}/${key}/${i}`));
    for (const key of SCHEMA_ONE) {
      if (Array.isArray(s[key])) (s[key] as unknown[]).forEach((item, i) => schema(item, `${pointer}/${key}/${i}`));
      else schema(s[key], `${pointer}/${key}`);
    }
  };
  // Outside schemas: every `schema` (parameters, headers, media types) and components.schemas.
  const walk = (node: unknown, pointer: string) => {
    if (!node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach((v, i) => walk(v, `${pointer}/${i}`));
    for (const key of Object.keys(node)) {
      const value = (node as Json)[key];
      const at = `${pointer}/${pointerSegment(key)}`;
      if (DATA_KEYS.has(key) || key.startsWith("x-")) continue;
      if (key === "schema") schema(value, at);
      else if (key === "schemas" && pointer === "#/components" && value && typeof value === "object") {
        for (const name of Object.keys(value)) schema((value as Json)[name], `${at}/${pointerSegment(name)}`);
      } else walk(value, at);
    }
  };
  walk(doc, "#");
}

function checkServers(servers: unknown, pointer: string, problems: Problem[]): void {
  if (servers === undefined) return;
  if (!Array.isArray(servers)) {
    problems.push({ pointer, message: "`servers` must be an array of Server objects (each with a `url`)." });
    return;
  }
  servers.forEach((server, i) => {
    if (!server || typeof server !== "object" || Array.isArray(server)) {
      problems.push({ pointer: `${pointer}/${i}`, message: `server entry must be an object with a \`url\`, got ${JSON.stringify(server)}.` });
    } else if (typeof (server as Json).url !== "string") {
      problems.push({ pointer: `${pointer}/${i}`, message: "server entry has no `url` (required)." });
    }
  });
}

function checkPathParams(doc: Json, route: string, method: string, item: Json, op: Json, opPointer: string, problems: Problem[]): void {
  const declared = new Set<string>();
  for (const list of [item.parameters, op.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const p = resolveRef(doc, raw) as Json | undefined;
      if (p && p.in === "path" && typeof p.name === "string") declared.add(p.name);
    }
  }
  for (const name of templateNames(route)) {
    if (!declared.has(name)) {
      problems.push({
        pointer: `${opPointer}/parameters`,
        message: `path parameter "${name}" of ${method.toUpperCase()} ${route} is not declared (add a parameter with in: path, name: ${name}, required: true); the SDK takes it as a string.`,
        warning: true,
      });
    }
  }
}
