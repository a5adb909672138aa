/**
 * diff/classify: every change between two documents, classified for SDK users
 * and API clients: operations under `paths` and `webhooks`, security, and
 * component schemas. Rules: guides/diff-rules.md.
 */
import { alignPathParameters, isObject, METHODS, normalize, toPointer, type Json } from "./normalize.js";
import { make, opRef, type Collection, type Context } from "./context.js";
import { compareOperation, stability } from "./operations.js";
import { componentChanges, securityChanges } from "./security.js";
import type { Change } from "./types.js";
import { ADDED, BREAKING_TYPES, BREAKING_WIRE, FIXED } from "./verdicts.js";
import { clientNameFromTitle, GLOBAL_NAMES, safeIdentifier } from "../model/identifiers.js";
import { RESERVED_EXPORTS } from "../model/reserved-names.js";

/** The SDK's client class name, as the model derives it from info.title. */
function clientName(doc: Json): string {
  const info = isObject(doc.info) ? doc.info : {};
  const name = safeIdentifier(clientNameFromTitle(typeof info.title === "string" ? info.title : ""), "Client");
  return RESERVED_EXPORTS.includes(name) || GLOBAL_NAMES.has(name) || name === "default" ? `${name}Client` : name;
}

type Section = Change["section"];

export function classify(baseDoc: Json, headDoc: Json): Change[] {
  const base = normalize(baseDoc);
  const head = normalize(headDoc);
  const renames = alignPathParameters(base, head);
  const ctx: Context = { base, head, headToBase: new Map(renames.map((r) => [r.headPath, r.basePath])) };
  const changes: Change[] = [];

  for (const rename of renames) {
    const names = rename.renames.map(([a, b]) => `\`${a}\` → \`${b}\``).join(", ");
    changes.push(
      make({
        pointer: toPointer(["paths", rename.headPath]),
        kind: "path-parameter-renamed",
        verdict: FIXED,
        detail: `path parameter renamed ${names} (same endpoint, was ${rename.basePath})`,
        prefix: rename.headPath,
      }),
    );
  }
  const [bName, hName] = [clientName(baseDoc), clientName(headDoc)];
  if (bName !== hName) {
    changes.push(
      make({
        pointer: toPointer(["info", "title"]),
        kind: "sdk-client-renamed",
        verdict: BREAKING_TYPES,
        detail: `the SDK's client class is renamed from \`${bName}\` to \`${hName}\` (info.title changed)`,
      }),
    );
  }
  changes.push(...operations(ctx, "paths"), ...operations(ctx, "webhooks"));
  changes.push(...securityChanges(ctx));
  changes.push(...componentChanges(ctx));
  return order(changes);
}

function operations(ctx: Context, collection: Collection): Change[] {
  const out: Change[] = [];
  const items = (doc: Json) => (isObject(doc[collection]) ? (doc[collection] as Json) : {});
  const bItems = items(ctx.base.document);
  const hItems = items(ctx.head.document);
  const webhook = collection === "webhooks";
  for (const [p, rawH] of Object.entries(hItems)) {
    const hi = rawH as Json;
    const bi = bItems[p] as Json | undefined;
    for (const method of METHODS) {
      const ho = hi?.[method];
      if (!isObject(ho)) continue;
      const bo = isObject(bi) ? bi[method] : undefined;
      if (!isObject(bo)) {
        out.push(
          make({
            pointer: toPointer([collection, p, method]),
            kind: webhook ? "webhook-added" : "endpoint-added",
            verdict: ADDED,
            detail: webhook ? "new webhook" : "new operation",
            op: opRef(ctx, "head", p, method, collection),
          }),
        );
        continue;
      }
      const basePath = webhook ? p : (ctx.headToBase.get(p) ?? p);
      const drafts = compareOperation(
        { doc: ctx.base.document, op: bo, ptr: [collection, basePath, method] },
        { doc: ctx.head.document, op: ho, ptr: [collection, p, method] },
        webhook,
      );
      const ref = opRef(ctx, "head", p, method, collection);
      const level = stability(bo);
      for (const draft of drafts) {
        const change = make({ ...draft, op: ref });
        out.push(level === "stable" ? change : relax(change, level));
      }
    }
  }
  for (const [p, rawB] of Object.entries(bItems)) {
    const bi = rawB as Json;
    const hi = hItems[p] as Json | undefined;
    for (const method of METHODS) {
      const bo = bi?.[method];
      if (!isObject(bo) || isObject(hi?.[method])) continue;
      const shown = webhook ? p : (ctx.headToBase.get(p) ?? p);
      const gone = !isObject(hi);
      const kind = webhook ? "webhook-removed" : gone ? "path-removed" : "endpoint-removed";
      const change = make({
        pointer: toPointer(gone && !webhook ? [collection, shown] : [collection, shown, method]),
        kind,
        // The SDK method goes with the operation; a webhook's receiver just stops being called.
        verdict: webhook ? BREAKING_WIRE : BREAKING_TYPES,
        detail: webhook ? "webhook removed" : gone ? `operation removed (the path ${shown} is gone)` : "operation removed",
        op: opRef(ctx, "base", p, method, collection),
      });
      const level = stability(bo);
      out.push(level === "stable" ? change : relax(change, level));
    }
  }
  return out;
}

/** An operation BASE marks beta/alpha/draft may break without a major bump: a warning, a minor bump. */
function relax(change: Change, level: string): Change {
  change.stability = level;
  if (!change.breaking) return change;
  return { ...change, bump: "minor", severity: "warning", detail: `${change.detail} (${level} operation)`, message: `${change.message} (${level} operation)` };
}

const SECTION_ORDER: Section[] = ["Breaking", "Added", "Changed", "Deprecated", "Fixed"];

function order(changes: Change[]): Change[] {
  const seen = new Set<string>();
  return changes
    .filter((c) => {
      const key = `${c.pointer}|${c.kind}|${c.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(
      (a, b) =>
        Number(b.breaking) - Number(a.breaking) ||
        SECTION_ORDER.indexOf(a.section) - SECTION_ORDER.indexOf(b.section) ||
        (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0) ||
        (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
    );
}
