/**
 * The list conventions every list operation shares, as SQL: time filters
 * (created/updated after/before), `sort` (a field, `-` for descending; newest
 * first by default, ties broken by id) and a page by `limit` with `offset`
 * or `page`. Columns come from a fixed map per table, never from the request.
 */
export interface ListQuery {
  limit: number;
  offset: number;
  page?: number;
  sort?: string;
  created_after?: string;
  created_before?: string;
  updated_after?: string;
  updated_before?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  per_page: number;
}

/** The columns a table sorts and filters on. */
export interface ListColumns {
  id: string;
  created: string;
  updated: string;
  name: string;
}

/** Collects the parameters of one statement: `sql.p(value)` is its placeholder. */
export class Params {
  readonly values: unknown[] = [];
  p(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Adds the time filters to `where`; true when there were any. */
export function timeFilters(query: ListQuery, columns: ListColumns, where: string[], params: Params): boolean {
  const before = where.length;
  if (query.created_after) where.push(`${columns.created} >= ${params.p(query.created_after)}`);
  if (query.created_before) where.push(`${columns.created} < ${params.p(query.created_before)}`);
  if (query.updated_after) where.push(`${columns.updated} >= ${params.p(query.updated_after)}`);
  if (query.updated_before) where.push(`${columns.updated} < ${params.p(query.updated_before)}`);
  return where.length > before;
}

export function orderBy(sort: string | undefined, columns: ListColumns): string {
  const value = sort ?? "-created_at";
  const direction = value.startsWith("-") ? "DESC" : "ASC";
  const field = value.replace(/^-/, "");
  const column = field === "name" ? columns.name : field === "updated_at" ? columns.updated : columns.created;
  return `${column} ${direction}, ${columns.id} ${direction}`;
}

export function pageOf(query: ListQuery): { offset: number; limit: number; page: number } {
  const offset = query.page !== undefined ? (query.page - 1) * query.limit : query.offset;
  return { offset, limit: query.limit, page: Math.floor(offset / query.limit) + 1 };
}

/** The exclusive upper bound of the strings that start with `prefix` (code-point order, the "C" collation). */
export function prefixEnd(prefix: string): string | null {
  const points = [...prefix];
  while (points.length) {
    const last = points.pop()!.codePointAt(0)!;
    let next = last + 1;
    if (next >= 0xd800 && next <= 0xdfff) next = 0xe000;
    if (next <= 0x10ffff) return points.join("") + String.fromCodePoint(next);
  }
  return null;
}

export const WHERE = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(" AND ")}` : "");
