/**
 * diff/operations: one operation in BASE against the same one in HEAD:
 * parameters, request body, responses (status codes, headers, media types),
 * and the operation's own fields. Schemas go to diff/schema in the direction
 * the client meets them. For a webhook the API is the caller: its request is
 * what the receiver reads (response direction), its response what it sends.
 */
import { deref, isObject, type Json } from "./normalize.js";
import { compareSchemas, isAnnotationKey, isFalseSchema, type Draft, type Seg } from "./schema.js";
import { toPointer } from "./normalize.js";
import { ADDED, BREAKING_TYPES, BREAKING_WIRE, CHANGED, DEPRECATED, FIXED, WARN, type Direction } from "./verdicts.js";

interface Side {
  doc: Json;
  op: Json;
  /** Pointer of the operation: ["paths", "/jobs", "get"]. */
  ptr: Seg[];
}

const show = (value: unknown) => {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text === undefined ? "(none)" : text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

export function compareOperation(b: Side, h: Side, webhook: boolean): Draft[] {
  const out: Draft[] = [];
  const requestDir: Direction = webhook ? "response" : "request";
  const responseDir: Direction = webhook ? "request" : "response";
  parameters(b, h, requestDir, out);
  requestBody(b, h, requestDir, out);
  responses(b, h, responseDir, out);
  own(b, h, out);
  return out;
}

function d(out: Draft[], ptr: Seg[], kind: string, verdict: Draft["verdict"], detail: string) {
  out.push({ pointer: toPointer(ptr), kind, verdict, detail });
}

// ---------------------------------------------------------------- parameters

function paramList(side: Side): Map<string, { p: Json; ptr: Seg[] }> {
  const map = new Map<string, { p: Json; ptr: Seg[] }>();
  const list = Array.isArray(side.op.parameters) ? side.op.parameters : [];
  for (const raw of list) {
    const p = deref(side.doc, raw);
    if (!isObject(p) || typeof p.name !== "string") continue;
    // Header names are case-insensitive on the wire.
    const name = p.in === "header" ? p.name.toLowerCase() : p.name;
    map.set(`${String(p.in)}:${name}`, { p, ptr: [...side.ptr, "parameters", p.name] });
  }
  return map;
}

function paramSchema(p: Json): { schema: unknown; sub: Seg[] } | undefined {
  if (p.schema !== undefined) return { schema: p.schema, sub: ["schema"] };
  if (isObject(p.content)) {
    const [mt] = Object.keys(p.content);
    const media = p.content[mt];
    if (isObject(media) && media.schema !== undefined) return { schema: media.schema, sub: ["content", mt, "schema"] };
  }
  return undefined;
}

function parameters(b: Side, h: Side, dir: Direction, out: Draft[]) {
  const bl = paramList(b);
  const hl = paramList(h);
  const sends = dir === "request";
  for (const [key, { p, ptr }] of hl) {
    if (bl.has(key)) continue;
    const where = `${String(p.in)} parameter \`${String(p.name)}\``;
    const required = p.required === true || p.in === "path";
    if (sends) d(out, ptr, "request-parameter-added", required ? BREAKING_TYPES : ADDED, `new ${required ? "required" : "optional"} ${where}`);
    else d(out, ptr, "response-parameter-added", ADDED, `new ${where}`);
  }
  for (const [key, { p, ptr }] of bl) {
    const where = `${String(p.in)} parameter \`${String(p.name)}\``;
    const other = hl.get(key);
    if (!other) {
      d(out, ptr, sends ? "request-parameter-removed" : "response-parameter-removed", sends ? BREAKING_TYPES : BREAKING_WIRE, `removed ${where}`);
      continue;
    }
    const hp = other.p;
    const hptr = other.ptr;
    const br = p.required === true || p.in === "path";
    const hr = hp.required === true || hp.in === "path";
    if (br !== hr) {
      if (hr) d(out, [...hptr, "required"], "request-parameter-became-required", sends ? BREAKING_TYPES : CHANGED, `${where} is now required`);
      else d(out, [...hptr, "required"], "request-parameter-became-optional", sends ? CHANGED : BREAKING_WIRE, `${where} is now optional`);
    }
    if ((p.deprecated === true) !== (hp.deprecated === true)) {
      const on = hp.deprecated === true;
      d(
        out,
        [...hptr, "deprecated"],
        on ? "request-parameter-deprecated" : "request-parameter-undeprecated",
        on ? DEPRECATED : CHANGED,
        `${where} ${on ? "deprecated" : "is no longer deprecated"}`,
      );
    }
    for (const k of ["style", "explode", "allowReserved", "allowEmptyValue"]) {
      if (JSON.stringify(p[k]) === JSON.stringify(hp[k])) continue;
      // How the value is serialised: the SDK sends what BASE said, the server now parses something else.
      const relaxed = (k === "allowReserved" || k === "allowEmptyValue") && hp[k] === true;
      d(
        out,
        [...hptr, k],
        `request-parameter-${k.toLowerCase()}-changed`,
        relaxed ? CHANGED : BREAKING_WIRE,
        `${where}: \`${k}\` changed from ${show(p[k])} to ${show(hp[k])}`,
      );
    }
    for (const k of Object.keys({ ...p, ...hp })) {
      if (!isAnnotationKey(k) || JSON.stringify(p[k]) === JSON.stringify(hp[k])) continue;
      d(out, [...hptr, k], "annotation-changed", FIXED, `documentation of ${where} changed (\`${k}\`)`);
    }
    const bs = paramSchema(p);
    const hs = paramSchema(hp);
    if (bs && hs) {
      out.push(
        ...compareSchemas(
          { doc: b.doc, schema: bs.schema, ptr: [...ptr, ...bs.sub] },
          { doc: h.doc, schema: hs.schema, ptr: [...hptr, ...hs.sub] },
          { dir, where, alwaysSent: p.in === "path" || p.required === true },
        ),
      );
    }
  }
}

// ---------------------------------------------------------------- bodies

function content(side: Side, node: unknown): Json {
  const v = deref(side.doc, node);
  return isObject(v) && isObject(v.content) ? v.content : {};
}

function mediaLabel(where: string, mt: string) {
  return mt === "application/json" ? where : `${where} (${mt})`;
}

function compareContent(b: Side, h: Side, bNode: unknown, hNode: unknown, bPtr: Seg[], hPtr: Seg[], dir: Direction, where: string, out: Draft[]) {
  const bc = content(b, bNode);
  const hc = content(h, hNode);
  const sends = dir === "request";
  const prefix = sends ? "request" : "response";
  for (const mt of Object.keys(hc)) {
    if (mt in bc) continue;
    d(out, [...hPtr, "content", mt], `${prefix}-media-type-added`, sends ? ADDED : WARN, sends ? `${where} accepts ${mt}` : `${where} can be ${mt}`);
  }
  for (const mt of Object.keys(bc)) {
    if (!(mt in hc)) {
      d(
        out,
        [...bPtr, "content", mt],
        `${prefix}-media-type-removed`,
        BREAKING_WIRE,
        sends ? `${where} no longer accepts ${mt}` : `${where} is no longer ${mt}`,
      );
      continue;
    }
    const bm = deref(b.doc, bc[mt]) as Json;
    const hm = deref(h.doc, hc[mt]) as Json;
    const label = mediaLabel(where, mt);
    if (isObject(bm) && isObject(hm)) {
      // `schema: true` accepts what no schema does.
      const bs = bm.schema === true ? undefined : bm.schema;
      const hs = hm.schema === true ? undefined : hm.schema;
      if (bs === undefined && hs !== undefined && isFalseSchema(h.doc, hs)) {
        // Nothing can be sent, or no answer can carry this media type any more.
        d(out, [...hPtr, "content", mt, "schema"], `${prefix}-schema-became-false`, BREAKING_WIRE, `${label}: schema became \`false\` (no value is valid)`);
      } else if (bs !== undefined && hs !== undefined) {
        out.push(
          ...compareSchemas(
            { doc: b.doc, schema: bs, ptr: [...bPtr, "content", mt, "schema"] },
            { doc: h.doc, schema: hs, ptr: [...hPtr, "content", mt, "schema"] },
            { dir, where: label },
          ),
        );
      } else if (bs === undefined && hs !== undefined) {
        d(out, [...hPtr, "content", mt, "schema"], `${prefix}-schema-added`, sends ? BREAKING_WIRE : CHANGED, `${label}: schema added`);
      } else if (bs !== undefined && hs === undefined) {
        d(out, [...bPtr, "content", mt, "schema"], `${prefix}-schema-removed`, sends ? CHANGED : BREAKING_TYPES, `${label}: schema removed`);
      }
      for (const k of Object.keys({ ...bm, ...hm })) {
        if (!isAnnotationKey(k) || JSON.stringify(bm[k]) === JSON.stringify(hm[k])) continue;
        d(out, [...hPtr, "content", mt, k], "annotation-changed", FIXED, `documentation of ${label} changed (\`${k}\`)`);
      }
    }
  }
}

function requestBody(b: Side, h: Side, dir: Direction, out: Draft[]) {
  const bb = deref(b.doc, b.op.requestBody) as Json | undefined;
  const hb = deref(h.doc, h.op.requestBody) as Json | undefined;
  const ptrB = [...b.ptr, "requestBody"];
  const ptrH = [...h.ptr, "requestBody"];
  const sends = dir === "request";
  const where = sends ? "request body" : "webhook payload";
  if (!isObject(bb) && !isObject(hb)) return;
  if (!isObject(bb)) {
    const required = hb!.required === true;
    d(
      out,
      ptrH,
      sends ? "request-body-added" : "webhook-body-added",
      sends && required ? BREAKING_TYPES : ADDED,
      `new ${required ? "required" : "optional"} ${where}`,
    );
    return;
  }
  if (!isObject(hb)) {
    d(out, ptrB, sends ? "request-body-removed" : "webhook-body-removed", sends ? BREAKING_TYPES : BREAKING_WIRE, `${where} removed`);
    return;
  }
  if ((bb.required === true) !== (hb.required === true)) {
    const req = hb.required === true;
    d(
      out,
      [...ptrH, "required"],
      req ? "request-body-became-required" : "request-body-became-optional",
      req === sends ? BREAKING_TYPES : CHANGED,
      `${where} is now ${req ? "required" : "optional"}`,
    );
  }
  for (const k of Object.keys({ ...bb, ...hb })) {
    if (!isAnnotationKey(k) || JSON.stringify(bb[k]) === JSON.stringify(hb[k])) continue;
    d(out, [...ptrH, k], "annotation-changed", FIXED, `documentation of ${where} changed (\`${k}\`)`);
  }
  compareContent(b, h, bb, hb, ptrB, ptrH, dir, where, out);
}

// ---------------------------------------------------------------- responses

const success = (status: string) => /^2/.test(status) || (status === "default" && false);

function responses(b: Side, h: Side, dir: Direction, out: Draft[]) {
  const br = isObject(b.op.responses) ? b.op.responses : {};
  const hr = isObject(h.op.responses) ? h.op.responses : {};
  const reads = dir === "response";
  const removedSuccess = Object.keys(br).filter((s) => !(s in hr) && success(s));
  const addedSuccess = Object.keys(hr).filter((s) => !(s in br) && success(s));
  // One removed success status replaced by another is one change: "201 → 200".
  const paired = removedSuccess.length > 0 && addedSuccess.length > 0;
  if (paired) {
    for (const s of removedSuccess) {
      d(
        out,
        [...h.ptr, "responses", addedSuccess[0]],
        "response-success-status-changed",
        BREAKING_WIRE,
        `success status changed from ${s} to ${addedSuccess.join(", ")}`,
      );
    }
  }
  for (const s of Object.keys(hr)) {
    if (s in br || (paired && addedSuccess.includes(s))) continue;
    d(out, [...h.ptr, "responses", s], success(s) ? "response-success-status-added" : "response-status-added", ADDED, `new response ${s}`);
  }
  for (const s of Object.keys(br)) {
    if (s in hr) continue;
    if (paired && removedSuccess.includes(s)) continue;
    if (success(s)) d(out, [...b.ptr, "responses", s], "response-success-status-removed", BREAKING_WIRE, `response ${s} removed`);
    else d(out, [...b.ptr, "responses", s], "response-status-removed", FIXED, `response ${s} is no longer documented`);
  }
  for (const s of Object.keys(br)) {
    if (!(s in hr)) continue;
    const bResp = deref(b.doc, br[s]) as Json;
    const hResp = deref(h.doc, hr[s]) as Json;
    if (!isObject(bResp) || !isObject(hResp)) continue;
    const bPtr = [...b.ptr, "responses", s];
    const hPtr = [...h.ptr, "responses", s];
    const where = reads ? `response ${s}` : `webhook response ${s}`;
    for (const k of Object.keys({ ...bResp, ...hResp })) {
      if (!isAnnotationKey(k) || JSON.stringify(bResp[k]) === JSON.stringify(hResp[k])) continue;
      d(out, [...hPtr, k], "annotation-changed", FIXED, `documentation of ${where} changed (\`${k}\`)`);
    }
    headers(b, h, bResp, hResp, bPtr, hPtr, where, dir, out);
    compareContent(b, h, bResp, hResp, bPtr, hPtr, dir, where, out);
  }
}

function headers(b: Side, h: Side, bResp: Json, hResp: Json, bPtr: Seg[], hPtr: Seg[], where: string, dir: Direction, out: Draft[]) {
  const lower = (o: unknown) => new Map(Object.entries(isObject(o) ? o : {}).map(([k, v]) => [k.toLowerCase(), [k, v] as const]));
  const bh = lower(bResp.headers);
  const hh = lower(hResp.headers);
  const reads = dir === "response";
  for (const [key, [name]] of hh) {
    if (bh.has(key)) continue;
    const hv = deref(h.doc, hh.get(key)![1]) as Json;
    const required = isObject(hv) && hv.required === true;
    d(out, [...hPtr, "headers", name], "response-header-added", !reads && required ? BREAKING_WIRE : ADDED, `new ${where} header \`${name}\``);
  }
  for (const [key, [name, raw]] of bh) {
    const header = `${where} header \`${name}\``;
    if (!hh.has(key)) {
      d(out, [...bPtr, "headers", name], "response-header-removed", reads ? BREAKING_WIRE : CHANGED, `${header} removed`);
      continue;
    }
    const [hName, hRaw] = hh.get(key)!;
    const bv = deref(b.doc, raw) as Json;
    const hv = deref(h.doc, hRaw) as Json;
    if (!isObject(bv) || !isObject(hv)) continue;
    const hp = [...hPtr, "headers", hName];
    if ((bv.required === true) !== (hv.required === true)) {
      const req = hv.required === true;
      d(
        out,
        [...hp, "required"],
        req ? "response-header-became-required" : "response-header-became-optional",
        req === reads ? CHANGED : BREAKING_WIRE,
        `${header} is ${req ? "now always sent" : "no longer always sent"}`,
      );
    }
    if ((bv.deprecated === true) !== (hv.deprecated === true)) {
      const on = hv.deprecated === true;
      d(
        out,
        [...hp, "deprecated"],
        on ? "response-header-deprecated" : "response-header-undeprecated",
        on ? DEPRECATED : CHANGED,
        `${header} ${on ? "deprecated" : "is no longer deprecated"}`,
      );
    }
    for (const k of Object.keys({ ...bv, ...hv })) {
      if (!isAnnotationKey(k) || JSON.stringify(bv[k]) === JSON.stringify(hv[k])) continue;
      d(out, [...hp, k], "annotation-changed", FIXED, `documentation of ${header} changed (\`${k}\`)`);
    }
    const bs = paramSchema(bv);
    const hs = paramSchema(hv);
    if (bs && hs) {
      const drafts = compareSchemas(
        { doc: b.doc, schema: bs.schema, ptr: [...bPtr, "headers", name, ...bs.sub] },
        { doc: h.doc, schema: hs.schema, ptr: [...hp, ...hs.sub] },
        { dir, where: header },
      );
      // Headers are strings on the wire and not in the SDK's response types: what breaks is behaviour, not compilation.
      for (const x of drafts) if (x.verdict.sdk === "types") x.verdict = BREAKING_WIRE;
      out.push(...drafts);
    }
  }
}

// ---------------------------------------------------------------- the operation's own fields

function own(b: Side, h: Side, out: Draft[]) {
  const bo = b.op;
  const ho = h.op;
  if ((bo.deprecated === true) !== (ho.deprecated === true)) {
    const on = ho.deprecated === true;
    d(
      out,
      [...h.ptr, "deprecated"],
      on ? "endpoint-deprecated" : "endpoint-undeprecated",
      on ? DEPRECATED : CHANGED,
      on ? "operation deprecated" : "operation is no longer deprecated",
    );
  }
  if (bo["x-sunset"] !== ho["x-sunset"]) {
    if (ho["x-sunset"] === undefined) d(out, [...b.ptr, "x-sunset"], "endpoint-sunset-removed", CHANGED, "sunset date removed");
    else d(out, [...h.ptr, "x-sunset"], "endpoint-sunset-set", DEPRECATED, `operation sunsets on ${show(ho["x-sunset"])}`);
  }
  if (bo.operationId !== ho.operationId && bo.operationId !== undefined) {
    d(
      out,
      [...h.ptr, "operationId"],
      "operation-id-changed",
      BREAKING_TYPES,
      `operationId changed from \`${show(bo.operationId)}\` to \`${show(ho.operationId)}\``,
    );
  } else if (bo.operationId === undefined && ho.operationId !== undefined) {
    d(out, [...h.ptr, "operationId"], "operation-id-added", CHANGED, `operationId \`${show(ho.operationId)}\` given`);
  }
  for (const key of ["x-sdk-method", "x-sdk-resource"]) {
    if (bo[key] === ho[key]) continue;
    d(
      out,
      [...h.ptr, key],
      "sdk-method-renamed",
      BREAKING_TYPES,
      `SDK ${key === "x-sdk-method" ? "method" : "resource"} renamed from \`${show(bo[key])}\` to \`${show(ho[key])}\``,
    );
  }
  const bStab = stability(bo);
  const hStab = stability(ho);
  if (bStab !== hStab) {
    const rank = (s: string) => ["draft", "experimental", "alpha", "beta", "stable"].indexOf(s);
    const decreased = rank(hStab) < rank(bStab);
    d(
      out,
      [...h.ptr, ho["x-stability"] !== undefined ? "x-stability" : "x-stability-level"],
      decreased ? "endpoint-stability-decreased" : "endpoint-stability-increased",
      decreased ? BREAKING_WIRE : CHANGED,
      `stability changed from ${bStab} to ${hStab}`,
    );
  }
  for (const k of Object.keys({ ...bo, ...ho })) {
    if (!isAnnotationKey(k) || JSON.stringify(bo[k]) === JSON.stringify(ho[k])) continue;
    d(out, [...(ho[k] === undefined ? b.ptr : h.ptr), k], "annotation-changed", FIXED, `documentation of operation changed (\`${k}\`)`);
  }
}

/** `x-stability` (or oasdiff's `x-stability-level`): stable unless it says otherwise. */
export function stability(op: Json): string {
  const v = op["x-stability"] ?? op["x-stability-level"];
  return typeof v === "string" ? v.toLowerCase() : "stable";
}
