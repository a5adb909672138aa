/**
 * responses: an operation's declared responses as the model carries them
 * (every status key, its description, headers and media types, `$ref`s of
 * responses, headers and examples resolved), and the `example`/`examples`
 * of anything that holds them (parameters, media types, headers). The
 * docs, server, MSW handlers and mock all read these instead of walking
 * `paths` themselves.
 */
import { pointerSegment, type Json } from "../load/refs.js";
import { mediaEssence, mediaKindOf } from "./media.js";
import type { SchemaStore } from "./schema-store.js";
import type { ExampleModel, ExamplesModel, ResponseHeaderModel, ResponseMediaModel, ResponseModel } from "./types.js";

/** `example` as written, and `examples` by name with each Example Object's `$ref` resolved (a non-object becomes `{}`). */
export function examplesOf(refs: SchemaStore, holder: unknown): ExamplesModel {
  const h = holder && typeof holder === "object" ? (holder as Json) : {};
  const examples: Record<string, ExampleModel> = {};
  if (h.examples && typeof h.examples === "object" && !Array.isArray(h.examples)) {
    for (const [name, raw] of Object.entries(h.examples as Json)) {
      const example = refs.resolve(raw);
      examples[name] = example && typeof example === "object" ? (example as ExampleModel) : {};
    }
  }
  return { example: h.example, examples };
}

/** The first example a holder gives: `example`, else the first of `examples` with a `value`. */
export function firstExampleOf(holder: ExamplesModel | undefined): unknown {
  if (!holder) return undefined;
  if (holder.example !== undefined) return holder.example;
  for (const example of Object.values(holder.examples)) if ("value" in example) return example.value;
  return undefined;
}

export function responsesOf(refs: SchemaStore, pointer: string, raw: unknown): ResponseModel[] {
  if (!raw || typeof raw !== "object") return [];
  return Object.entries(raw as Json).map(([key, value]) => {
    const response = (refs.plain(value) ?? {}) as Json;
    const content = response.content && typeof response.content === "object" ? (response.content as Record<string, Json | undefined>) : {};
    const media: ResponseMediaModel[] = Object.keys(content).map((mediaType) => {
      const schema = content[mediaType]?.schema;
      return { mediaType, essence: mediaEssence(mediaType), kind: mediaKindOf(mediaType, schema, refs), schema, ...examplesOf(refs, content[mediaType]) };
    });
    const headers: Record<string, ResponseHeaderModel> = {};
    if (response.headers && typeof response.headers === "object") {
      for (const [name, rawHeader] of Object.entries(response.headers as Json)) {
        const header = (refs.plain(rawHeader) ?? {}) as Json;
        headers[name] = {
          description: typeof header.description === "string" ? header.description : undefined,
          required: header.required === true,
          deprecated: header.deprecated === true,
          schema: header.schema,
          ...examplesOf(refs, header),
        };
      }
    }
    return {
      key,
      pointer: `${pointer}/${pointerSegment(key)}`,
      description: typeof response.description === "string" ? response.description : undefined,
      headers,
      media,
    };
  });
}
