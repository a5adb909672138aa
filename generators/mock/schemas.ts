/**
 * schemas: the spec's response bodies as JSON Schema (response direction:
 * writeOnly fields refused, `nullable` as a type union, 3.0's boolean
 * exclusive bounds as numbers — the server generator's conversion), with one
 * ajv instance to check what the mock is about to send. Also finds, for an
 * operation and a status, the response the spec declares and its example.
 */
import AjvDraft7 from "ajv";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { convertSchema, fillSharedSchema, RESPONSE_SCHEMA_ID, type Dialect } from "../model/json-schema.js";
import { atPointer, type Json } from "../load/refs.js";
import type { OperationModel, ResponseMediaModel, ResponseModel } from "../model/model.js";
import { examplesOf, firstExampleOf } from "../model/responses.js";
import { SchemaStore, schemaStoreOf } from "../model/schema-store.js";

/** What the mock asks of an operation: its declared responses. */
type Declaring = Pick<OperationModel, "responses">;

type AjvInstance = import("ajv").default;
type AjvClass = new (options: Record<string, unknown>) => AjvInstance;
export type Validate = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }[] | null;
};

const interop = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;

export interface DeclaredResponse {
  /** The key in `responses` ("404", "4XX", "default"). */
  key: string;
  /** A concrete status to answer with. */
  status: number;
  mediaType: string | null;
  /** Converted (JSON Schema) body schema, or null without a JSON body. */
  schema: Json | null;
  /** The spec's example for the body (media example, first of examples, schema example). */
  example: unknown;
}

export class SpecSchemas {
  readonly dialect: Dialect;
  /** Pointers the converted schemas reference (their targets go into `shared`). */
  private readonly wanted = new Set<string>();
  /** The response-direction copy of the spec's schemas, where convertSchema's response `$ref`s point (RESPONSE_SCHEMA_ID). */
  private readonly shared: Json = { $id: RESPONSE_SCHEMA_ID };
  private ajv: AjvInstance | null = null;
  private readonly validators = new WeakMap<object, Validate>();
  private readonly converted = new WeakMap<object, Json>();

  constructor(readonly refs: SchemaStore) {
    this.dialect = refs.dialect;
  }

  /** An OpenAPI schema as JSON Schema (response direction); the same object for the same input. */
  convert(schema: unknown): Json {
    if (!schema || typeof schema !== "object")
      return convertSchema(schema, { store: this.refs, dialect: this.dialect, direction: "response", refs: this.wanted, hidden: "refuse" });
    const hit = this.converted.get(schema);
    if (hit) return hit;
    const out = convertSchema(schema, { store: this.refs, dialect: this.dialect, direction: "response", refs: this.wanted, hidden: "refuse" });
    this.converted.set(schema, out);
    return out;
  }

  /** Follows a converted `$ref` (into the shared document) to its schema. */
  resolve(schema: unknown): Json {
    let node = schema as Json;
    for (let hops = 0; node && typeof node === "object" && typeof node.$ref === "string" && hops < 32; hops++) {
      const ref = node.$ref as string;
      const pointer = ref.startsWith(`${RESPONSE_SCHEMA_ID}#`) ? ref.slice(RESPONSE_SCHEMA_ID.length) : ref;
      this.ensureShared(pointer);
      node = atPointer(this.shared, pointer) as Json;
    }
    return (node ?? {}) as Json;
  }

  /** A validator for a converted schema (compiled once). */
  validator(schema: Json): Validate {
    const hit = this.validators.get(schema);
    if (hit) return hit;
    this.syncShared();
    const validate = this.ajv!.compile(schema) as unknown as Validate;
    this.validators.set(schema, validate);
    return validate;
  }

  /** The responses an operation declares, by key (the model's, in document order). */
  responsesOf(op: Declaring): Record<string, ResponseModel> {
    const out: Record<string, ResponseModel> = {};
    for (const response of op.responses) out[response.key] = response;
    return out;
  }

  /** The declared response for a status: the exact code, then `4XX`, then `default`. */
  declared(op: Declaring, status: number): DeclaredResponse | null {
    const responses = this.responsesOf(op);
    const key = [String(status), `${String(status)[0]}XX`, `${String(status)[0]}xx`, "default"].find((k) => responses[k]);
    return key ? this.describe(key, responses[key], status) : null;
  }

  /** The success response Prism would pick: the lowest 2xx declared. */
  success(op: Declaring): DeclaredResponse | null {
    const responses = this.responsesOf(op);
    const key = Object.keys(responses)
      .filter((k) => /^2(\d\d|XX)$/i.test(k))
      .sort()[0];
    return key ? this.describe(key, responses[key], /^\d+$/.test(key) ? Number(key) : 200) : null;
  }

  /** Statuses an operation declares (concrete numbers only). */
  statuses(op: Declaring): number[] {
    return Object.keys(this.responsesOf(op))
      .filter((k) => /^\d{3}$/.test(k))
      .map(Number);
  }

  private describe(key: string, response: ResponseModel, status: number): DeclaredResponse {
    const media = jsonMediaOf(response);
    const mediaType = media?.mediaType ?? null;
    const isJson = !!mediaType && /json/i.test(mediaType);
    return {
      key,
      status,
      mediaType,
      schema: isJson && media!.schema !== undefined ? this.convert(media!.schema) : isJson ? {} : null,
      example: media ? mediaExample(this.refs, media) : undefined,
    };
  }

  private ensureShared(pointer: string): void {
    if (!pointer.startsWith("#/")) return;
    this.wanted.add(pointer);
    this.fillShared();
  }

  private readonly done = new Set<string>();
  /** Converts every referenced node into the shared document (the server's builder, model/json-schema.ts). */
  private fillShared(): boolean {
    return fillSharedSchema(
      this.refs,
      this.shared,
      this.wanted,
      (target) => convertSchema(target, { store: this.refs, dialect: this.dialect, direction: "response", refs: this.wanted, hidden: "refuse" }),
      this.done,
    );
  }

  /** ajv holds the shared document by id: rebuilt when new refs appeared since. */
  private syncShared(): void {
    const added = this.fillShared();
    if (this.ajv && !added) return;
    const Ajv = interop<AjvClass>(this.dialect === "2020-12" ? Ajv2020Module : AjvDraft7);
    const ajv = new Ajv({ strict: false, allErrors: false, unicodeRegExp: false, validateFormats: true });
    interop<(a: AjvInstance) => void>(addFormatsModule)(ajv);
    ajv.addSchema(structuredClone(this.shared));
    this.ajv = ajv;
  }
}

/** The media type the mock answers a response in: the first JSON one, else the first. */
export function jsonMediaOf(response: ResponseModel | undefined): ResponseMediaModel | undefined {
  return response?.media.find((m) => /json/i.test(m.mediaType)) ?? response?.media[0];
}

/** The spec's example for a body: the media type's (`example`, the first of `examples`), else its schema's `example`. */
export function mediaExample(refs: SchemaStore, media: Pick<ResponseMediaModel, "example" | "examples" | "schema">): unknown {
  const given = firstExampleOf(media);
  if (given !== undefined) return given;
  const schema = refs.plain(media.schema);
  return schema?.example;
}

/** `mediaExample` for a media type object as the document writes it (test helpers that hold a document). */
export function exampleOf(document: Json | SchemaStore, media: Json): unknown {
  const refs = document instanceof SchemaStore ? document : schemaStoreOf(document);
  return mediaExample(refs, { ...examplesOf(refs, media), schema: media.schema });
}
