/**
 * schema-store: the document's schemas and everything a `$ref` can point at
 * (component schemas, responses, parameters, request bodies, examples, deep
 * pointers into paths), behind one resolver. Generators resolve through it
 * instead of holding the document, and a pointer is walked once however
 * often it is met (the docs, server and mock resolve the same refs over and
 * over).
 */
import { atPointer, isRef, type Json } from "../load/refs.js";

/** The JSON Schema dialect of the document's schemas: 3.0's is draft-07-like, 3.1's is 2020-12. */
export type Dialect = "draft-07" | "2020-12";

export class SchemaStore {
  /** `openapi` as the document states it ("3.0.3"); "3.0" when missing. */
  readonly version: string;
  readonly dialect: Dialect;
  // Private, so a generator can't reach the document through its store.
  readonly #document: Json;
  readonly #at = new Map<string, unknown>();

  constructor(document: Json) {
    this.#document = document;
    this.version = String(document.openapi ?? "3.0");
    this.dialect = this.version.startsWith("3.1") ? "2020-12" : "draft-07";
  }

  /** The value at a local pointer (`#/components/schemas/Job`, `#/paths/~1jobs/get/responses/200`), or undefined. */
  at(pointer: string): unknown {
    if (this.#at.has(pointer)) return this.#at.get(pointer);
    const found = atPointer(this.#document, pointer);
    this.#at.set(pointer, found);
    return found;
  }

  /** Follows `$ref` chains (cycles cut after 32 hops) to what they point at; anything else is returned as is. */
  resolve(value: unknown): unknown {
    let node = value;
    for (let hops = 0; isRef(node) && hops < 32; hops++) node = this.at(node.$ref);
    return node;
  }

  /** What a `$ref` (or the value itself) stands for, when that is an object. */
  plain(value: unknown): Json | undefined {
    const s = this.resolve(value);
    return s && typeof s === "object" ? (s as Json) : undefined;
  }
}

const stores = new WeakMap<object, SchemaStore>();

/** The store of a document, made once: for callers that hold only a document (the model builds its own). */
export function schemaStoreOf(document: Json): SchemaStore {
  let store = stores.get(document);
  if (!store) stores.set(document, (store = new SchemaStore(document)));
  return store;
}
