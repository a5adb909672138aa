/**
 * store: the stateful mock's data — per collection, its items in insertion
 * order, each with the parent path parameters it was created under. With a
 * data file it is loaded at start-up and written after every change
 * (to a temp file renamed over the old one, so a crash never leaves half a
 * file).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface StoredItem {
  /** Parent path parameters (`{ team_id: "team_1" }`); absent for items seeded from examples (visible under any parent). */
  parent?: Record<string, string>;
  item: Record<string, unknown>;
}

export interface StoreFile {
  version: 1;
  collections: Record<string, StoredItem[]>;
}

export class Store {
  private collections = new Map<string, StoredItem[]>();

  constructor(private readonly file?: string) {}

  /** Loads the data file when there is one; false when it does not exist yet. Throws with the file's name when it is not a store. */
  load(): boolean {
    if (!this.file || !existsSync(this.file)) return false;
    let parsed: StoreFile;
    try {
      parsed = JSON.parse(readFileSync(this.file, "utf8")) as StoreFile;
    } catch (error) {
      throw new Error(`${this.file}: not a mock data file (${(error as Error).message})`);
    }
    if (!parsed || typeof parsed !== "object" || typeof parsed.collections !== "object" || parsed.collections === null) {
      throw new Error(`${this.file}: not a mock data file (no "collections" object)`);
    }
    this.collections = new Map(Object.entries(parsed.collections).map(([k, v]) => [k, Array.isArray(v) ? v : []]));
    return true;
  }

  save(): void {
    if (!this.file) return;
    const data: StoreFile = { version: 1, collections: Object.fromEntries(this.collections) };
    const tmp = path.join(path.dirname(path.resolve(this.file)), `.${path.basename(this.file)}.${process.pid}.tmp`);
    writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
    renameSync(tmp, this.file);
  }

  items(collection: string, parent: Record<string, string>): StoredItem[] {
    return (this.collections.get(collection) ?? []).filter(
      (s) => !s.parent || Object.entries(s.parent).every(([k, v]) => parent[k] === undefined || parent[k] === v),
    );
  }

  find(collection: string, parent: Record<string, string>, idField: string, id: string): StoredItem | undefined {
    return this.items(collection, parent).find((s) => String(s.item[idField]) === id);
  }

  all(collection: string): StoredItem[] {
    return this.collections.get(collection) ?? [];
  }

  add(collection: string, stored: StoredItem): void {
    const list = this.collections.get(collection) ?? [];
    list.push(stored);
    this.collections.set(collection, list);
  }

  remove(collection: string, stored: StoredItem): void {
    const list = this.collections.get(collection) ?? [];
    this.collections.set(
      collection,
      list.filter((s) => s !== stored),
    );
  }
}
