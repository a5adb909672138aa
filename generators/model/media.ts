/**
 * media: the one rule for what a media type carries. The SDK encodes a body,
 * the server parses it and the docs show it by the kind decided here, so
 * the three can't disagree on a document.
 */
import type { Json } from "../load/refs.js";
import type { SchemaStore } from "./schema-store.js";
import type { BodyKind } from "./types.js";

/** `Application/JSON; charset=utf-8` → `application/json`: what Fastify matches parsers and body schemas by. */
export function mediaEssence(mediaType: string): string {
  return mediaType.split(";")[0]!.trim().toLowerCase();
}

/** JSON itself or any `…/…+json` (merge-patch, json-patch, problem, vnd.api…). */
export function isJsonMedia(mediaType: string): boolean {
  const t = mediaEssence(mediaType);
  return t === "application/json" || /^[a-z0-9!#$&^_.-]+\/[a-z0-9!#$&^_.+-]*\+json$/.test(t);
}

/** The schema a `$ref` (or the value itself) stands for, when it is an object. */
export function plainSchema(refs: SchemaStore, schema: unknown): Json | undefined {
  return refs.plain(schema);
}

/** A string schema for raw bytes: `format: binary`, or a `contentMediaType` (3.1). */
export function isBinarySchema(refs: SchemaStore, schema: unknown): boolean {
  const s = refs.plain(schema);
  return !!s && (s.format === "binary" || (s.contentMediaType !== undefined && s.type === "string" && !s.properties));
}

/** The kind of body a media type (with its schema) carries. */
export function mediaKindOf(mediaType: string, schema: unknown, refs: SchemaStore): BodyKind {
  const t = mediaEssence(mediaType);
  const s = refs.plain(schema);
  const binary = isBinarySchema(refs, schema);
  if (t.startsWith("multipart/")) return "multipart";
  if (t === "application/x-www-form-urlencoded") return "form";
  if (isJsonMedia(t)) return "json";
  if (t.startsWith("text/") && !binary) return "text";
  // `*/*` with a structured schema is JSON in practice; with a string or no schema it is bytes.
  if (t === "*/*" && s && !binary && s.type !== "string") return "json";
  return "binary";
}

/** Which media type a client sends when several are declared: JSON first, then +json, forms, text, the rest (by name). */
export function mediaRank(mediaType: string, kind: BodyKind): number {
  const t = mediaEssence(mediaType);
  if (t === "application/json") return 0;
  const byKind: Record<BodyKind, number> = { json: 1, multipart: 2, form: 3, text: 4, binary: 5 };
  // A wildcard can't be sent as it is written: after every exact type of its kind.
  return byKind[kind] * 2 + (t.includes("*") ? 1 : 0);
}
