/** The database interface both engines implement (database.ts opens one). */
export type Row = Record<string, unknown>;

/** What runs a statement: the database itself or one transaction. */
export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Database extends Queryable {
  readonly engine: "pglite" | "postgres";
  /** Where the data lives, for the start-up line (a path, `memory`, or the URL without its password). */
  readonly location: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
