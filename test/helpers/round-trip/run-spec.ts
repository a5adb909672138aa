/**
 * run-spec: the round trip for one spec. The generated server listens on
 * 127.0.0.1:0 with one handler per operation that records what it received
 * and answers the success response the SDK expects (faked from its schema);
 * every generated SDK method is called once with valid arguments, and the
 * run checks that the handler of that operation, and no other, got the path,
 * query, header and body values sent, and that the SDK resolved with the
 * faked response. Values come from a seeded Rng per operation (seed, spec
 * and operation hashed), so a failure replays with its seed.
 */
import { rmSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { createRng, hashString } from "../../../generators/mock/rng.js";
import type { Json } from "../../../generators/load/refs.js";
import type { OperationModel } from "../../../generators/model/model.js";
import { buildSpec } from "./build.js";
import { SchemaSet } from "./schema-set.js";
import { planCall, planResponse, type PlannedCall, type PlannedResponse } from "./values.js";

export interface RoundTripFailure {
  operation: string;
  reason: string;
}

export interface RoundTripResult {
  name: string;
  seed: number;
  operations: number;
  called: number;
  failures: RoundTripFailure[];
  ms: { build: number; start: number; calls: number };
}

interface Received {
  params: Json;
  query: Json;
  headers: Json;
  body: unknown;
  files: Record<string, { filename: string; data: Buffer } | { filename: string; data: Buffer }[]>;
  contentType: string;
}

const API_KEY = "round-trip-user:round-trip-secret-1234";

export function operationLabel(op: OperationModel): string {
  return `${op.method.toUpperCase()} ${op.path}${op.operationId ? ` (${op.operationId})` : ""}`;
}

/** Values as the server compares them: query, header and form values arrive as text and are coerced. */
function loose(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(loose);
  if (value && typeof value === "object" && !(value instanceof Uint8Array)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, loose(v)]));
  return value === null || value === undefined ? value : String(value);
}

/** Where `received` differs from `sent` (extra keys in received objects are defaults the server filled in). */
function mismatch(sent: unknown, received: unknown, at = "", labels: [string, string] = ["sent", "got"]): string | null {
  const differ = () => `${at || "body"}: ${labels[0]} ${short(sent)}, ${labels[1]} ${short(received)}`;
  if (sent && typeof sent === "object" && !Array.isArray(sent)) {
    if (!received || typeof received !== "object" || Array.isArray(received)) return differ();
    for (const [k, v] of Object.entries(sent)) {
      if (v === undefined) continue;
      const m = mismatch(v, (received as Json)[k], `${at}/${k}`, labels);
      if (m) return m;
    }
    return null;
  }
  if (Array.isArray(sent)) {
    if (!Array.isArray(received) || received.length !== sent.length) return differ();
    for (let i = 0; i < sent.length; i++) {
      const m = mismatch(sent[i], received[i], `${at}/${i}`, labels);
      if (m) return m;
    }
    return null;
  }
  return isDeepStrictEqual(sent, received) ? null : differ();
}

function short(value: unknown): string {
  let text: string;
  try {
    text = value instanceof Uint8Array ? `<${value.length} bytes>` : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

function errorText(error: unknown): string {
  const e = error as { name?: string; message?: string; status?: number; body?: unknown };
  const status = typeof e.status === "number" ? ` ${e.status}` : "";
  const body = e.body !== undefined ? ` body ${short(e.body)}` : "";
  return `${e.name ?? "Error"}${status}: ${String(e.message ?? error).slice(0, 240)}${body}`;
}

function checkRequest(op: OperationModel, planned: PlannedCall, got: Received): string[] {
  const problems: string[] = [];
  for (const p of op.pathParams) {
    if (String(got.params[p.name]) !== String(planned.path[p.name]))
      problems.push(`path ${p.name}: sent ${short(planned.path[p.name])}, got ${short(got.params[p.name])}`);
  }
  for (const [name, value] of Object.entries(planned.wireQuery)) {
    const sent = loose(value);
    let received = loose(got.query[name]);
    if (Array.isArray(sent) && !Array.isArray(received) && received !== undefined) received = [received];
    const m = mismatch(sent, received, `query ${name}`);
    if (m) problems.push(m);
  }
  for (const [name, value] of Object.entries(planned.headers)) {
    const received = got.headers[name.toLowerCase()];
    if (name in planned.headerValues) {
      const m = mismatch(loose(planned.headerValues[name]), loose(received), `header ${name}`);
      if (m) problems.push(`${m} (sent as ${JSON.stringify(value)})`);
    } else if (String(received) !== value) problems.push(`header ${name}: sent ${short(value)}, got ${short(received)}`);
  }
  const body = op.requestBody;
  if (!body) return problems;
  const base = got.contentType.split(";")[0].trim().toLowerCase();
  const expected = body.contentType.split(";")[0].trim().toLowerCase();
  if (!expected.includes("*") && base !== expected)
    problems.push(`content-type: the SDK sent "${got.contentType}", the operation's body is ${body.contentType}`);
  if (body.bodyType === "json") {
    const m = mismatch(planned.bodyFields, got.body);
    if (m) problems.push(m);
  } else if (body.bodyType === "multipart" || body.bodyType === "form-urlencoded") {
    // A form field has no spelling for null: the SDK leaves it out, so it arrives absent.
    const fields = planned.bodyFields;
    const sent =
      fields && typeof fields === "object" && !Array.isArray(fields) ? Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)) : fields;
    const m = mismatch(loose(sent), loose(got.body));
    if (m) problems.push(m);
    for (const file of planned.files) {
      const entry = got.files?.[file.field];
      const one = Array.isArray(entry) ? entry[0] : entry;
      if (!one) problems.push(`file part ${file.field} did not reach the handler`);
      else if (!Buffer.from(file.bytes).equals(one.data) || one.filename !== file.name)
        problems.push(`file part ${file.field}: sent ${file.name} (${file.bytes.length} bytes), got ${one.filename} (${one.data.length} bytes)`);
    }
  } else if (body.bodyType === "text") {
    if (got.body !== planned.bodyFields) problems.push(`text body: sent ${short(planned.bodyFields)}, got ${short(got.body)}`);
  } else {
    const data = Buffer.isBuffer(got.body) ? got.body : Buffer.from(got.body instanceof Uint8Array ? got.body : []);
    if (!data.equals(Buffer.from(planned.bodyFields as Uint8Array)))
      problems.push(`binary body: sent ${(planned.bodyFields as Uint8Array).length} bytes, got ${short(got.body)}`);
  }
  return problems;
}

async function checkResult(op: OperationModel, response: PlannedResponse, result: unknown): Promise<string[]> {
  if (response.body === undefined) return [];
  const s = op.success;
  if (s.parseAs === "json") {
    const data = op.pagination ? (result as { body?: unknown }).body : result;
    const expected = JSON.parse(JSON.stringify(response.body));
    // Extra fields are allowed: the response serializer (fast-json-stringify) writes the schema's default for an absent property.
    const m = mismatch(expected, data, "", ["the handler answered", "the SDK resolved with"]);
    return m ? [`response ${m}`] : [];
  }
  if (s.parseAs === "text") return result === response.body ? [] : [`the SDK resolved with ${short(result)}, the handler answered ${short(response.body)}`];
  const bytes = Buffer.from(await new Response(result as ReadableStream).arrayBuffer());
  return bytes.equals(response.body as Buffer)
    ? []
    : [`the SDK's download has ${bytes.length} bytes, the handler answered ${(response.body as Buffer).length}`];
}

function methodOf(client: Json, op: OperationModel): ((...args: unknown[]) => Promise<unknown>) | null {
  let node: unknown = client;
  for (const segment of op.resource) node = (node as Json | undefined)?.[segment];
  const fn = (node as Json | undefined)?.[op.methodName];
  return typeof fn === "function" ? (fn as (...args: unknown[]) => Promise<unknown>).bind(node) : null;
}

/**
 * Runs one task at a time. Specs run concurrently so that one server's start
 * (its validators compile in a worker thread) overlaps another spec's work,
 * but generation blocks the event loop for seconds: the calls, whose
 * timeouts run on that loop, must never share it with a generation.
 */
export function createLock(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export async function runRoundTrip(
  name: string,
  file: string,
  seed: number,
  exclusive: <T>(task: () => Promise<T>) => Promise<T> = (task) => task(),
): Promise<RoundTripResult> {
  const t0 = performance.now();
  const result: RoundTripResult = { name, seed, operations: 0, called: 0, failures: [], ms: { build: 0, start: 0, calls: 0 } };
  type Plan = { op: OperationModel; handlerName: string; call: PlannedCall; response: PlannedResponse; problems: string[] };
  let built: Awaited<ReturnType<typeof buildSpec>>;
  let plans: Plan[];
  try {
    // Generating and faking (ajv compiles) hold the event loop: one spec at a time.
    [built, plans] = await exclusive(async () => {
      const b = await buildSpec(file, name);
      const document = b.model.bundled as Json;
      const requests = new SchemaSet(document, "request");
      const responses = new SchemaSet(document, "response");
      const p = b.model.operations.map((op, i) => {
        const rng = createRng(hashString(`${seed}:${name}:${op.method} ${op.path}`));
        const problems: string[] = [];
        const route = `${op.method} ${op.path.split("#")[0]}`;
        const siblings = op.dispatch ? b.model.operations.filter((o) => `${o.method} ${o.path.split("#")[0]}` === route) : [];
        const call = planCall(document, op, requests, rng, problems, siblings);
        const response = planResponse(document, op, responses, rng, problems);
        return { op, handlerName: b.serverModel.operations[i].handlerName, call, response, problems };
      });
      // Operations the SDK leaves out on purpose (TRACE: fetch can't send it) have no method to call; a shadowed
      // one (the same route as an earlier one, with other parameter names) reaches the earlier one's handler.
      return [b, p.filter((plan) => plan.op.inSdk && plan.op.shadowedBy === null)] as const;
    });
  } catch (error) {
    result.failures.push({ operation: "(generate)", reason: errorText(error) });
    return result;
  }
  result.ms.build = Math.round(performance.now() - t0);
  const { model } = built;
  result.operations = model.operations.filter((op) => op.inSdk && op.shadowedBy === null).length;
  const received = new Map<string, Received[]>();
  let lastHandler = "";
  const handlers: Record<string, (ctx: Json) => unknown> = {};
  for (const plan of plans) {
    received.set(plan.handlerName, []);
    handlers[plan.handlerName] = (ctx) => {
      lastHandler = plan.handlerName;
      const request = ctx.request as { headers: Record<string, string | undefined> };
      received.get(plan.handlerName)!.push({
        params: (ctx.params ?? {}) as Json,
        query: (ctx.query ?? {}) as Json,
        headers: (ctx.headers ?? {}) as Json,
        body: ctx.body,
        files: (ctx.files ?? {}) as Received["files"],
        contentType: request.headers["content-type"] ?? "",
      });
      const { status, contentType, body } = plan.response;
      return { status, ...(body === undefined ? {} : { body }), ...(contentType ? { contentType } : {}) };
    };
  }
  const createServer = built.server.createServer as (options: Json) => Promise<{ listen(o: Json): Promise<string>; close(): Promise<void> }>;
  let app: Awaited<ReturnType<typeof createServer>> | undefined;
  try {
    const t1 = performance.now();
    app = await createServer({ handlers, authenticate: async () => ({ id: "round-trip" }), rateLimit: false });
    const url = await app.listen({ host: "127.0.0.1", port: 0 });
    result.ms.start = Math.round(performance.now() - t1);
    const Client = built.sdk[model.clientName] as new (options: Json) => Json;
    const client = new Client({ apiKey: API_KEY, baseUrl: url, maxRetries: 0, timeoutMs: 20_000 });
    await exclusive(async () => {
      const t2 = performance.now();
      for (const plan of plans) {
        const label = operationLabel(plan.op);
        const fail = (reason: string) => result.failures.push({ operation: label, reason });
        for (const p of plan.problems) fail(`test data: ${p}`);
        const method = methodOf(client, plan.op);
        if (!method) {
          fail(`no SDK method ${[...plan.op.resource, plan.op.methodName].join(".")}`);
          continue;
        }
        const before = received.get(plan.handlerName)!.length;
        lastHandler = "";
        result.called++;
        let value: unknown;
        let error: unknown;
        try {
          value = await method(...plan.call.args, { headers: plan.call.headers });
        } catch (e) {
          error = e;
        }
        const got = received.get(plan.handlerName)!.slice(before);
        if (got.length !== 1) {
          const where = lastHandler ? `the request reached ${lastHandler} instead` : "no handler was reached";
          fail(`${where}${error ? `; the SDK threw ${errorText(error)}` : ""}`);
          continue;
        }
        for (const p of checkRequest(plan.op, plan.call, got[0])) fail(p);
        if (error) fail(`the SDK threw ${errorText(error)}`);
        else for (const p of await checkResult(plan.op, plan.response, value)) fail(p);
      }
      result.ms.calls = Math.round(performance.now() - t2);
    });
  } catch (error) {
    result.failures.push({ operation: "(server)", reason: errorText(error) });
  } finally {
    await app?.close();
    rmSync(built.dir, { recursive: true, force: true });
  }
  return result;
}
