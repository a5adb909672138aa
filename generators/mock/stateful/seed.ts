/**
 * seed: the store's first items, from the spec's examples — the item in
 * each read/create/update response example and the items of each list
 * example, once per id.
 */
import type { SpecSchemas } from "../schemas.js";
import type { Plan } from "./plan.js";
import type { Store } from "./store.js";

export function seedStore(plan: Plan, store: Store, schemas: SpecSchemas): void {
  for (const op of plan.operations) {
    if (op.action === "example" || op.action === "delete" || !op.collection || !op.at) continue;
    const collection = plan.collections.get(op.collection);
    if (!collection) continue;
    const example = schemas.success(op.operation)?.example;
    let value: unknown = example;
    for (const key of op.at) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
    const items = op.action === "list" ? (Array.isArray(value) ? value : []) : [value];
    for (const item of items) {
      if (!item || typeof item !== "object" || Array.isArray(item)) continue;
      const id = (item as Record<string, unknown>)[collection.idField];
      if (id === undefined || store.all(collection.path).some((s) => String(s.item[collection.idField]) === String(id))) continue;
      store.add(collection.path, { item: structuredClone(item) as Record<string, unknown> });
    }
  }
}
