/**
 * The list conventions every list operation shares: time filters
 * (created/updated after/before), `sort` (a field, `-` for descending;
 * newest first by default) and a page by `limit` with `offset` or `page`.
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

type Row = Record<string, unknown>;

const time = (value: unknown) => (typeof value === "string" ? Date.parse(value) : NaN);

export function listPage<T extends object>(all: Iterable<T>, query: ListQuery, fields: { created: string; updated?: string; name?: string } = { created: "created_at", updated: "updated_at", name: "name" }): Page<T> {
  const created = (r: T) => time((r as Row)[fields.created]);
  const updated = (r: T) => {
    const u = fields.updated ? time((r as Row)[fields.updated]) : NaN;
    return Number.isNaN(u) ? created(r) : u;
  };
  let rows = [...all].filter((r) => {
    if (query.created_after && !(created(r) >= time(query.created_after))) return false;
    if (query.created_before && !(created(r) < time(query.created_before))) return false;
    if (query.updated_after && !(updated(r) >= time(query.updated_after))) return false;
    if (query.updated_before && !(updated(r) < time(query.updated_before))) return false;
    return true;
  });
  const sort = query.sort ?? "-created_at";
  const descending = sort.startsWith("-");
  const field = sort.replace(/^-/, "");
  const key = (r: T): string | number =>
    field === "name" ? String((r as Row)[fields.name ?? "name"] ?? (r as Row).id ?? "") : field === "updated_at" ? updated(r) : created(r);
  rows = rows.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const order = x < y ? -1 : x > y ? 1 : String((a as Row).id ?? "").localeCompare(String((b as Row).id ?? ""));
    return descending ? -order : order;
  });
  const offset = query.page !== undefined ? (query.page - 1) * query.limit : query.offset;
  return {
    items: rows.slice(offset, offset + query.limit),
    total: rows.length,
    page: Math.floor(offset / query.limit) + 1,
    per_page: query.limit,
  };
}
