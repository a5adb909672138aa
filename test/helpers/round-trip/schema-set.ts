/**
 * schema-set: the spec's schemas as JSON Schema for one direction, with the
 * ajv that checks faked values against them. The mock's SpecSchemas does
 * this for responses; the round trip also fakes requests, whose schemas
 * refuse readOnly fields (`hidden: "refuse"`, as the server validates: a
 * valid request never has them, a valid response no writeOnly ones).
 */
import AjvDraft7 from "ajv";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { convertSchema, RESPONSE_SCHEMA_ID, SPEC_SCHEMA_ID, type Dialect } from "../../../generators/model/json-schema.js";
import { atPointer, isRef, setAtPointer, type Json } from "../../../generators/load/refs.js";
import type { Validate } from "../../../generators/mock/schemas.js";

type AjvInstance = import("ajv").default;
type AjvClass = new (options: Record<string, unknown>) => AjvInstance;
const interop = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;

const ANNOTATIONS = new Set(["description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly", "default", "$comment"]);

export class SchemaSet {
  readonly dialect: Dialect;
  private readonly id: string;
  private readonly refs = new Set<string>();
  private readonly shared: Json;
  private readonly done = new Set<string>();
  private ajv: AjvInstance | null = null;
  private readonly validators = new WeakMap<object, Validate>();

  constructor(
    readonly document: Json,
    readonly direction: "request" | "response",
  ) {
    this.dialect = String(document.openapi ?? "3.0").startsWith("3.1") ? "2020-12" : "draft-07";
    this.id = direction === "request" ? SPEC_SCHEMA_ID : RESPONSE_SCHEMA_ID;
    this.shared = { $id: this.id };
  }

  private options() {
    return { document: this.document, dialect: this.dialect, direction: this.direction, refs: this.refs, hidden: "refuse" as const };
  }

  convert(schema: unknown): Json {
    return convertSchema(schema ?? {}, this.options());
  }

  /**
   * Follows `$ref`s, and an `allOf` of one member with nothing beside it but
   * annotations (how a spec puts a description on a `$ref`): fake.ts checks
   * `enum` before it merges allOf members, so `{ allOf: [{ $ref: Enum }] }`
   * would get a string that is no member of the enum.
   */
  resolve(schema: unknown): Json {
    let node = schema as Json;
    for (let hops = 0; node && typeof node === "object" && hops < 32; hops++) {
      if (typeof node.$ref === "string") {
        const ref = node.$ref as string;
        const pointer = ref.startsWith(`${this.id}#`) ? ref.slice(this.id.length) : ref;
        this.fill();
        node = atPointer(this.shared, pointer) as Json;
      } else if (Array.isArray(node.allOf) && node.allOf.length === 1 && Object.keys(node).every((k) => k === "allOf" || ANNOTATIONS.has(k))) {
        node = node.allOf[0] as Json;
      } else break;
    }
    return this.view((node ?? {}) as Json);
  }

  /** Drives the branch order of `view`; fake() sets it to the run's Rng. */
  rng: (() => number) | null = null;
  private readonly views = new WeakMap<object, Map<number, Json>>();
  private readonly isView = new WeakSet<object>();

  /**
   * What fake.ts generates from, for schemas it would miss: a pattern with no
   * maxLength gets room (fake.ts caps such strings at 24 characters, too few
   * for `^ak_[0-9a-f]{32}$`), and oneOf/anyOf branches come in an Rng-chosen
   * order (fake.ts always takes the first, which may match two branches).
   * A oneOf without a discriminator becomes its chosen branch plus, for each
   * other object branch, one property that branch declares set to a value of
   * another type (`breakers`): `{}` matches every branch of
   * `oneOf: [{ properties: { a } }, { properties: { b } }]`, `{ b: 7301 }`
   * only the first. What fake.ts generates from, not what validates (ajv
   * still checks the schema itself, and a failing oneOf says so).
   */
  private view(node: Json): Json {
    if (this.isView.has(node)) return node;
    const key = Array.isArray(node.oneOf) ? "oneOf" : Array.isArray(node.anyOf) ? "anyOf" : null;
    const branches = key ? (node[key] as unknown[]) : [];
    const roomy = typeof node.pattern === "string" && node.maxLength === undefined;
    if (!roomy && branches.length < 2) return node;
    const turn = branches.length > 1 && this.rng ? Math.floor(this.rng() * branches.length) % branches.length : 0;
    let byTurn = this.views.get(node);
    if (!byTurn) this.views.set(node, (byTurn = new Map()));
    let out = byTurn.get(turn);
    if (!out) {
      out = { ...node };
      if (roomy) out.maxLength = 512;
      if (key && turn) out[key] = [...branches.slice(turn), ...branches.slice(0, turn)];
      if (key === "oneOf" && !node.discriminator) {
        const { oneOf: _, ...rest } = out;
        out = { ...rest, allOf: [branches[turn], ...this.breakers(branches, turn)] };
      }
      byTurn.set(turn, out);
      this.isView.add(out);
    }
    return out;
  }

  /** A schema adding, for each branch but `chosen`, one property it declares with a value of another type (none when the chosen branch can't take it). */
  private breakers(branches: unknown[], chosen: number): Json[] {
    const own = this.resolveQuiet(branches[chosen]);
    if (!own || own.additionalProperties === false || (own.additionalProperties && typeof own.additionalProperties === "object")) return [];
    const mine = new Set(Object.keys((own.properties ?? {}) as Json));
    const properties: Json = {};
    branches.forEach((branch, i) => {
      if (i === chosen) return;
      const other = this.resolveQuiet(branch);
      for (const [name, schema] of Object.entries((other?.properties ?? {}) as Json)) {
        if (mine.has(name) || name in properties) continue;
        const target = this.resolveQuiet(schema);
        if (!target || (target.type === undefined && !Array.isArray(target.enum))) continue;
        const textual = target.type === "string" || (Array.isArray(target.enum) && target.enum.every((e) => typeof e === "string"));
        properties[name] = textual ? { type: "integer", enum: [7301] } : { type: "string", enum: ["round-trip-other-branch"] };
        return;
      }
    });
    const names = Object.keys(properties);
    return names.length ? [{ type: "object", properties, required: names }] : [];
  }

  /** A node with its `$ref`s followed, no view. */
  private resolveQuiet(schema: unknown): Json | undefined {
    let node = schema as Json | undefined;
    for (let hops = 0; node && typeof node === "object" && typeof node.$ref === "string" && hops < 32; hops++) {
      const ref = node.$ref as string;
      this.fill();
      node = atPointer(this.shared, ref.startsWith(`${this.id}#`) ? ref.slice(this.id.length) : ref) as Json | undefined;
    }
    return node && typeof node === "object" ? node : undefined;
  }

  validator(schema: Json): Validate {
    const hit = this.validators.get(schema);
    if (hit) return hit;
    if (this.fill() || !this.ajv) {
      const Ajv = interop<AjvClass>(this.dialect === "2020-12" ? Ajv2020Module : AjvDraft7);
      const ajv = new Ajv({ strict: false, allErrors: false, unicodeRegExp: false, validateFormats: true });
      interop<(a: AjvInstance) => void>(addFormatsModule)(ajv);
      ajv.addSchema(structuredClone(this.shared));
      this.ajv = ajv;
    }
    const validate = this.ajv.compile(schema) as unknown as Validate;
    this.validators.set(schema, validate);
    return validate;
  }

  /** Converts every referenced node into the shared document (converting one can reveal more); true when any was added. */
  private fill(): boolean {
    let added = false;
    for (let pending = [...this.refs].filter((r) => !this.done.has(r)); pending.length; pending = [...this.refs].filter((r) => !this.done.has(r))) {
      for (const pointer of pending) {
        this.done.add(pointer);
        const target = atPointer(this.document, pointer);
        if (target === undefined || (isRef(target) && target.$ref === pointer)) continue;
        setAtPointer(this.shared, pointer, convertSchema(target, this.options()));
        added = true;
      }
    }
    return added;
  }
}
