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
import { atPointer, resolveRef, type Json } from "../load/refs.js";
import type { OperationModel } from "../model/model.js";

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
  private readonly refs = new Set<string>();
  /** The response-direction copy of the spec's schemas, where convertSchema's response `$ref`s point (RESPONSE_SCHEMA_ID). */
  private readonly shared: Json = { $id: RESPONSE_SCHEMA_ID };
  private ajv: AjvInstance | null = null;
  private readonly validators = new WeakMap<object, Validate>();
  private readonly converted = new WeakMap<object, Json>();

  constructor(readonly document: Json) {
    this.dialect = String(document.openapi ?? "3.0").startsWith("3.1") ? "2020-12" : "draft-07";
  }

  /** An OpenAPI schema as JSON Schema (response direction); the same object for the same input. */
  convert(schema: unknown): Json {
    if (!schema || typeof schema !== "object")
      return convertSchema(schema, { document: this.document, dialect: this.dialect, direction: "response", refs: this.refs, hidden: "refuse" });
    const hit = this.converted.get(schema);
    if (hit) return hit;
    const out = convertSchema(schema, { document: this.document, dialect: this.dialect, direction: "response", refs: this.refs, hidden: "refuse" });
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

  /** The responses an operation declares, resolved. */
  responsesOf(op: Pick<OperationModel, "path" | "method">): Record<string, Json> {
    const item = resolveRef(this.document, ((this.document.paths ?? {}) as Json)[op.path]) as Json | undefined;
    const operation = (item?.[op.method] ?? {}) as Json;
    const out: Record<string, Json> = {};
    for (const [key, value] of Object.entries((operation.responses ?? {}) as Json)) out[key] = (resolveRef(this.document, value) ?? {}) as Json;
    return out;
  }

  /** The declared response for a status: the exact code, then `4XX`, then `default`. */
  declared(op: Pick<OperationModel, "path" | "method">, status: number): DeclaredResponse | null {
    const responses = this.responsesOf(op);
    const key = [String(status), `${String(status)[0]}XX`, `${String(status)[0]}xx`, "default"].find((k) => responses[k]);
    return key ? this.describe(key, responses[key], status) : null;
  }

  /** The success response Prism would pick: the lowest 2xx declared. */
  success(op: Pick<OperationModel, "path" | "method">): DeclaredResponse | null {
    const responses = this.responsesOf(op);
    const key = Object.keys(responses)
      .filter((k) => /^2(\d\d|XX)$/i.test(k))
      .sort()[0];
    return key ? this.describe(key, responses[key], /^\d+$/.test(key) ? Number(key) : 200) : null;
  }

  /** Statuses an operation declares (concrete numbers only). */
  statuses(op: Pick<OperationModel, "path" | "method">): number[] {
    return Object.keys(this.responsesOf(op))
      .filter((k) => /^\d{3}$/.test(k))
      .map(Number);
  }

  private describe(key: string, response: Json, status: number): DeclaredResponse {
    const content = (response.content ?? {}) as Record<string, Json>;
    const mediaType = Object.keys(content).find((t) => /json/i.test(t)) ?? Object.keys(content)[0] ?? null;
    const media = mediaType ? ((content[mediaType] ?? {}) as Json) : {};
    const isJson = !!mediaType && /json/i.test(mediaType);
    return {
      key,
      status,
      mediaType,
      schema: isJson && media.schema !== undefined ? this.convert(media.schema) : isJson ? {} : null,
      example: exampleOf(this.document, media),
    };
  }

  private ensureShared(pointer: string): void {
    if (!pointer.startsWith("#/")) return;
    this.refs.add(pointer);
    this.fillShared();
  }

  private readonly done = new Set<string>();
  /** Converts every referenced node into the shared document (the server's builder, model/json-schema.ts). */
  private fillShared(): boolean {
    return fillSharedSchema(
      this.document,
      this.shared,
      this.refs,
      (target) => convertSchema(target, { document: this.document, dialect: this.dialect, direction: "response", refs: this.refs, hidden: "refuse" }),
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

export function exampleOf(document: Json, media: Json): unknown {
  if (media.example !== undefined) return media.example;
  if (media.examples && typeof media.examples === "object") {
    for (const value of Object.values(media.examples as Json)) {
      const example = resolveRef(document, value) as Json | undefined;
      if (example && typeof example === "object" && "value" in example) return example.value;
    }
  }
  const schema = resolveRef(document, media.schema) as Json | undefined;
  if (schema && typeof schema === "object" && schema.example !== undefined) return schema.example;
  return undefined;
}
