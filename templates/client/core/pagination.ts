/**
 * Offset/page pagination: a Page knows how to ask for the one after it, and
 * iterating a Page (or the PagePromise for it) walks every item of every
 * following page.
 */
import { APIPromise, type Outcome, type RequestStarter } from "./api-promise.js";
import { SDKError } from "./errors.js";
import type { PaginationConfig, RequestInput } from "./request-input.js";

/** Fetches the page for a given request input; `previous` is the page before it. */
export type PageFetcher<Body, Item> = (input: RequestInput, previous?: Page<Body, Item>) => PagePromise<Body, Item>;

/** One page of a list operation. */
export class Page<Body, Item> implements AsyncIterable<Item> {
  /** The items on this page. */
  readonly items: Item[];
  /** Total items across all pages, when the API reports it. */
  readonly total: number | undefined;
  /** The whole response body of this page. */
  readonly body: Body;
  readonly #nextInput: RequestInput | undefined;
  readonly #fetchPage: PageFetcher<Body, Item>;

  /** Built by APIClient.requestPage from a response body; `previous` is the page this one follows. */
  constructor(body: Body, config: PaginationConfig, input: RequestInput, fetchPage: PageFetcher<Body, Item>, previous?: Page<Body, Item>) {
    const fields = (body ?? {}) as Record<string, unknown>;
    const items = fields[config.items];
    const total = config.total !== undefined ? fields[config.total] : undefined;
    const list = Array.isArray(items) ? (items as Item[]) : [];
    // A server that ignores the paging parameters would send the same page forever: the
    // list ends here, and the repeat holds no items (they were the previous page's).
    const repeats = previous !== undefined && samePage(previous.items, list);
    this.body = body;
    this.items = repeats ? [] : list;
    this.total = typeof total === "number" ? total : undefined;
    this.#fetchPage = fetchPage;
    this.#nextInput = repeats ? undefined : nextPageInput(fields, this.items.length, this.total, config, input);
  }

  /** True when another page should be requested. */
  hasNextPage(): boolean {
    return this.#nextInput !== undefined;
  }

  /** Requests the next page; rejects when there is none. */
  nextPage(): Promise<Page<Body, Item>> {
    if (this.#nextInput === undefined) {
      return Promise.reject(new SDKError("There is no next page; check hasNextPage() first."));
    }
    return this.#fetchPage(this.#nextInput, this);
  }

  /** This page and every page after it, one request per page. */
  async *iterPages(): AsyncGenerator<Page<Body, Item>, void, undefined> {
    let page: Page<Body, Item> = this;
    for (;;) {
      yield page;
      if (!page.hasNextPage()) return;
      page = await page.nextPage();
    }
  }

  /** Every item of this page and all the pages after it. */
  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    let page: Page<Body, Item> = this;
    for (;;) {
      for (const item of page.items) yield item;
      if (!page.hasNextPage()) return;
      page = await page.nextPage();
    }
  }
}

/**
 * A Promise of the first Page that can also be iterated directly:
 * `for await (const job of client.jobs.list())`.
 */
export class PagePromise<Body, Item> extends APIPromise<Page<Body, Item>> implements AsyncIterable<Item> {
  /** Wraps the running request for the first page (a promise that never rejects). */
  constructor(responsePromise: Promise<Outcome<Page<Body, Item>>> | RequestStarter<Page<Body, Item>>) {
    super(responsePromise);
  }

  /** Every item of every page, fetching pages as needed. */
  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    const page = await this;
    yield* page;
  }

  /** Every page, starting with the first: `for await (const page of client.jobs.list().iterPages())`. */
  async *iterPages(): AsyncGenerator<Page<Body, Item>, void, undefined> {
    const page = await this;
    yield* page.iterPages();
  }
}

/** True when two pages hold the same items (compared as JSON: items are plain data). */
function samePage(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/**
 * The request input for the page after this one, or undefined at the end.
 * Offset style moves `offset` past this page's items; a caller that paged
 * by `page` gets `page + 1` (and never an offset too). The end is an empty
 * page, a page shorter than the page size asked for, or reaching `total`.
 */
function nextPageInput(
  body: Record<string, unknown>,
  itemCount: number,
  total: number | undefined,
  config: PaginationConfig,
  input: RequestInput,
): RequestInput | undefined {
  if (itemCount === 0) return undefined;
  const query = (input.query ?? {}) as Record<string, unknown>;
  const offsetKey = config.offset ?? "offset";
  const pageKey = config.page ?? "page";
  const callerUsedPage = query[offsetKey] === undefined && query[pageKey] !== undefined;
  const pageOnlyApi = config.offset === undefined && config.page !== undefined;

  const limitKey = config.limit ?? "limit";
  const askedSize = toInteger(query[limitKey]);
  // Fewer items than asked for: this is the last page.
  if (askedSize !== undefined && itemCount < askedSize) return undefined;

  if (callerUsedPage || pageOnlyApi) {
    const page = toInteger(query[pageKey]) ?? 1;
    const pageSize = askedSize ?? toInteger(body[limitKey]) ?? itemCount;
    if (total !== undefined && (page - 1) * pageSize + itemCount >= total) return undefined;
    const next: Record<string, unknown> = { ...query, [pageKey]: page + 1 };
    delete next[offsetKey];
    return { ...input, query: next };
  }

  const nextOffset = (toInteger(query[offsetKey]) ?? 0) + itemCount;
  if (total !== undefined && nextOffset >= total) return undefined;
  const next: Record<string, unknown> = { ...query, [offsetKey]: nextOffset };
  // Offset paging: a page number would make the server skip twice.
  if (config.page !== undefined || pageKey in next) delete next[pageKey];
  return { ...input, query: next };
}

function toInteger(value: unknown): number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
}
