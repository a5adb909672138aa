/**
 * msw: Mock Service Worker handlers (msw v2) from the model, so a frontend
 * test suite (or the browser, through MSW's service worker) mocks the API
 * without a server. One handler per operation, typed from the generated
 * types: it answers the spec's example for the success status, any other
 * declared status with `Prefer: code=…`, and waits with `Prefer: delay=MS`
 * (or the `delay` option) — the same Prefer options as `vantage-codegen mock`.
 */
import type { Model, OperationModel } from "../model/model.js";
import { headerComment } from "../emit/header.js";
import { jsdocText, str } from "../model/identifiers.js";
import { examplesOf, type OperationExamples } from "./examples.js";

export function generateMsw(model: Model): Map<string, string> {
  const header = headerComment(model.specFileName);
  const files = new Map<string, string>();
  files.set("msw/index.ts", `${header}${render(model)}`);
  return files;
}

/** `/jobs/{job_id}` → `/jobs/:job_id` (names MSW's path syntax can't hold become p0, p1…). */
/** The operation's URL as an msw route: simple variables as `:name`, a segment with template operators as a wildcard. */
function mswPath(op: OperationModel): string {
  let n = 0;
  const out = op.urlParts.map((p) => {
    if (typeof p === "string") return p;
    if (p.style === "reserved") return "*";
    if (p.style !== "simple") return "*";
    return `:${/^[A-Za-z_][A-Za-z0-9_]*$/.test(p.name) ? p.name : `p${n++}`}`;
  });
  return out.join("");
}

/** The indexed-access type of one response body in the generated `paths`, or `undefined` without a JSON body. */
function bodyType(op: OperationModel, status: string, contentType: string | null): string {
  if (!contentType) return "undefined";
  const key = /^\d+$/.test(status) ? status : str(status);
  return `NonNullable<paths[${str(op.path)}][${str(op.method)}]["responses"][${key}]["content"]>[${str(contentType)}]`;
}

function render(model: Model): string {
  const ops = model.operations.map((op) => ({ op, examples: examplesOf(model.refs, op) }));
  const title = model.title || model.clientName;
  const lines: string[] = [];
  lines.push(`
/**
 * MSW handlers for ${jsdocText(title)}: every operation answers the spec's
 * example, so tests and the browser can mock the API without a server.
 *
 *     import { setupServer } from "msw/node";
 *     import { createHandlers } from "./generated/msw/index.js";
 *     const server = setupServer(...createHandlers({ baseUrl: "http://localhost/api" }));
 *
 * A request can pick a declared status with \`Prefer: code=404\` and add
 * latency with \`Prefer: delay=300\`, as on \`vantage-codegen mock\`.
 */
import { http, HttpResponse, delay as wait, type DefaultBodyType, type HttpHandler } from "msw";
import type { paths } from "../types/index.js";

export interface MockHandlerOptions {
  /** Where the API is mocked (default: the spec's first server, ${jsdocText(JSON.stringify(model.baseUrl))}). */
  baseUrl?: string;
  /** Latency in ms for every response (a request's \`Prefer: delay=\` wins). */
  delay?: number;
}

/** One declared response: its status, media type and the spec's example body. */
export interface MockResponse {
  status: number;
  contentType: string | null;
  /** Absent when the response has no body. */
  body?: unknown;
}

/** What each operation can answer, by status ("200", "404"…): the spec's examples. */
export const mockResponses: Record<string, Record<string, MockResponse>> = {
${ops.map(({ op, examples }) => `  ${str(op.operationId ?? `${op.method} ${op.path}`)}: ${JSON.stringify(examples.responses)},`).join("\n")}
};

function preferred(request: Request, name: string): string | undefined {
  const header = request.headers.get("prefer") ?? "";
  for (const part of header.split(/[,;]/)) {
    const [key, value] = part.split("=").map((s) => s.trim());
    if (key?.toLowerCase() === name && value) return value.replace(/^"|"$/g, "");
  }
  return undefined;
}

async function answer(request: Request, operation: string, success: string, options: MockHandlerOptions): Promise<Response> {
  const latency = Number(preferred(request, "delay") ?? options.delay ?? 0);
  if (latency > 0) await wait(Math.min(latency, 60_000));
  const responses = mockResponses[operation] ?? {};
  const asked = preferred(request, "code");
  const chosen = (asked !== undefined ? responses[asked] : undefined) ?? responses[success];
  if (!chosen) return new HttpResponse(null, { status: asked !== undefined && /^[1-5]\\d\\d$/.test(asked) ? Number(asked) : 204 });
  if (chosen.body === undefined || chosen.body === null && chosen.contentType === null) return new HttpResponse(null, { status: chosen.status });
  if (chosen.contentType && /json/i.test(chosen.contentType)) return HttpResponse.json(chosen.body as never, { status: chosen.status, headers: { "content-type": chosen.contentType } });
  return new HttpResponse(typeof chosen.body === "string" ? chosen.body : JSON.stringify(chosen.body), { status: chosen.status, headers: chosen.contentType ? { "content-type": chosen.contentType } : {} });
}
`);
  lines.push(`/** The success body type of each operation, from the generated types. */`);
  lines.push(`export interface MockBodies {`);
  for (const { op, examples } of ops) {
    const name = op.operationId ?? `${op.method} ${op.path}`;
    lines.push(`  ${str(name)}: ${bodyType(op, examples.success.key, examples.success.contentType)};`);
  }
  lines.push(`}`, ``);
  lines.push(`/** One MSW handler per operation of ${jsdocText(title)}, answering the spec's examples. */`);
  lines.push(`export function createHandlers(options: MockHandlerOptions = {}): HttpHandler[] {`);
  lines.push(`  const base = (options.baseUrl ?? ${str(model.baseUrl)}).replace(/\\/+$/, "");`);
  lines.push(`  return [`);
  // Literal paths before templated ones, as a router would: /jobs/search must not be taken by /jobs/:id.
  const ordered = [...ops].sort((a, b) => literalScore(b.op.path) - literalScore(a.op.path));
  for (const { op, examples } of ordered) {
    if (op.method === "trace") continue;
    const name = op.operationId ?? `${op.method} ${op.path}`;
    const doc = [op.summary, `${op.method.toUpperCase()} ${op.path}`]
      .filter(Boolean)
      .map((t) => jsdocText(String(t)))
      .join(" — ");
    lines.push(`    /** ${doc.replace(/\n/g, " ")} */`);
    lines.push(
      `    http.${op.method}<never, never, MockBodies[${str(name)}] & DefaultBodyType>(base + ${str(mswPath(op))}, ({ request }) => answer(request, ${str(name)}, ${str(examples.success.key)}, options) as Promise<never>),`,
    );
  }
  lines.push(`  ];`, `}`, ``);
  lines.push(`/** The handlers with the default options. */`, `export const handlers: HttpHandler[] = createHandlers();`, ``);
  return lines.join("\n");
}

function literalScore(path: string): number {
  return path.split("/").filter((s) => s && !s.includes("{")).length * 10 - (path.match(/\{/g)?.length ?? 0);
}

export type { OperationExamples };
