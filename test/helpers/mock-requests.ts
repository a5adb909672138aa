/**
 * Valid requests for every operation of a spec, built from its examples (or,
 * without one, the smallest value its schema accepts), to drive a mock. Also
 * the command runner the mock tests share: a real `vantage-codegen mock`
 * process on a free 127.0.0.1 port.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { deref } from "./openapi-schema.js";

type Json = any;
const METHODS = ["get", "put", "post", "delete", "patch"];

export interface MockRequest {
  operationId: string;
  method: string;
  path: string;
  url: string;
  init: RequestInit;
}

/** The example of a parameter or media object, or of its schema. */
function exampleOf(document: Json, node: Json): unknown {
  if (node.example !== undefined) return node.example;
  if (node.examples && typeof node.examples === "object") {
    const first = deref<Json>(document, Object.values(node.examples)[0]);
    if (first && "value" in first) return first.value;
  }
  const schema = deref<Json>(document, node.schema);
  return schema ? smallest(document, schema) : undefined;
}

/** The smallest value a schema accepts (required fields only). */
export function smallest(document: Json, input: Json, depth = 0): unknown {
  const schema = deref<Json>(document, input) ?? {};
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum) return schema.enum.find((v: unknown) => v !== null);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s: Json) => smallest(document, s, depth + 1)));
  if (schema.oneOf || schema.anyOf) return smallest(document, (schema.oneOf ?? schema.anyOf)[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== "null") : schema.type;
  if (type === "object" || schema.properties) {
    const out: Record<string, unknown> = {};
    for (const name of schema.required ?? []) {
      const prop = deref<Json>(document, schema.properties?.[name]);
      if (prop?.readOnly) continue;
      out[name] = depth > 5 ? {} : smallest(document, prop ?? {}, depth + 1);
    }
    return out;
  }
  if (type === "array") return Array.from({ length: schema.minItems ?? 0 }, () => smallest(document, schema.items ?? {}, depth + 1));
  if (type === "integer" || type === "number") return schema.minimum !== undefined ? schema.minimum + (schema.exclusiveMinimum === true ? 1 : 0) : 1;
  if (type === "boolean") return true;
  if (schema.format === "date-time") return "2024-01-01T00:00:00Z";
  if (schema.format === "email") return "a@example.com";
  if (schema.format === "uuid") return "123e4567-e89b-42d3-a456-426614174000";
  return "a".repeat(Math.max(1, schema.minLength ?? 3));
}

export function validRequests(document: Json, baseUrl: string, headers: Record<string, string> = {}): MockRequest[] {
  const out: MockRequest[] = [];
  for (const [route, rawItem] of Object.entries<Json>(document.paths ?? {})) {
    const item = deref<Json>(document, rawItem);
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Json) => deref<Json>(document, p));
      let path = route;
      const query = new URLSearchParams();
      const sent: Record<string, string> = { authorization: "Bearer test", ...headers };
      for (const p of params) {
        const value = exampleOf(document, p);
        if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(String(value)));
        else if (p.in === "query" && p.required) query.set(p.name, String(value));
        else if (p.in === "header" && p.required) sent[p.name] = String(value);
      }
      const init: RequestInit = { method: method.toUpperCase(), headers: sent };
      const body = deref<Json>(document, op.requestBody);
      const content = body?.content ?? {};
      const json = Object.keys(content).find((t) => /json/.test(t));
      const multipart = Object.keys(content).find((t) => t.startsWith("multipart/"));
      if (json) {
        sent["content-type"] = json;
        init.body = JSON.stringify(exampleOf(document, content[json]));
      } else if (multipart) {
        const schema = deref<Json>(document, content[multipart].schema) ?? {};
        const form = new FormData();
        for (const name of schema.required ?? Object.keys(schema.properties ?? {})) {
          const prop = deref<Json>(document, schema.properties?.[name]) ?? {};
          if (prop.format === "binary") form.set(name, new Blob(["a,b\n1,2\n"], { type: "text/csv" }), "data.csv");
          else form.set(name, String(prop.example ?? smallest(document, prop)));
        }
        init.body = form;
      }
      const qs = query.toString();
      out.push({ operationId: op.operationId ?? `${method} ${route}`, method, path: route, url: `${baseUrl}${path}${qs ? `?${qs}` : ""}`, init });
    }
  }
  return out;
}

/** The schema of the response declared for a status (exact, then NXX, then default) and media type. */
export function responseSchema(document: Json, method: string, route: string, status: number): { schema: Json | null; declared: boolean } {
  const op = deref<Json>(document, document.paths[route])[method];
  const responses = op.responses ?? {};
  const key = [String(status), `${String(status)[0]}XX`, "default"].find((k) => responses[k]);
  if (!key) return { schema: null, declared: false };
  const response = deref<Json>(document, responses[key]);
  const type = Object.keys(response.content ?? {}).find((t) => /json/.test(t));
  return { schema: type ? (response.content[type].schema ?? {}) : null, declared: true };
}

export interface RunningCommand {
  child: ChildProcess;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function runMock(args: string[]): RunningCommand {
  const child = spawn(process.execPath, ["bin/vantage-codegen.js", "mock", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  let text = "";
  child.stdout!.on("data", (chunk: Buffer) => (text += chunk));
  child.stderr!.on("data", (chunk: Buffer) => (text += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => text, exit };
}

export async function waitForOutput(running: RunningCommand, pattern: RegExp, timeoutMs = 90_000): Promise<void> {
  const started = Date.now();
  while (!pattern.test(running.output())) {
    if (running.child.exitCode !== null) throw new Error(`mock exited (${running.child.exitCode}):\n${running.output()}`);
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${pattern}:\n${running.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** SIGINT, then SIGKILL after 10 s: the command's own clean-up runs (it stops its Prism). */
export async function stopMock(running: RunningCommand | undefined): Promise<void> {
  if (!running || running.child.exitCode !== null || running.child.signalCode !== null) return;
  running.child.kill("SIGINT");
  const timer = setTimeout(() => running.child.kill("SIGKILL"), 10_000);
  await running.exit;
  clearTimeout(timer);
}
