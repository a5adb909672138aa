/**
 * Offset/page pagination: a Page knows how to ask for the one after it, and
 * iterating a Page (or the PagePromise for it) walks every item of every
 * following page.
 */
import { APIPromise, type APIResponse } from "./api-promise.js";
import { SDKError } from "./errors.js";
import type { PaginationConfig, RequestInput } from "./client.js";

/** Fetches the page for a given request input. */
export type PageFetcher<Body, Item> = (input: RequestInput) => PagePromise<Body, Item>;

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

  /** Built by APIClient.requestPage from a response body. */
  constructor(body: Body, config: PaginationConfig, input: RequestInput, fetchPage: PageFetcher<Body, Item>) {
    const fields = (body ?? {}) as Record<string, unknown>;
    const items = fields[config.items];
    const total = config.total !== undefined ? fields[config.total] : undefined;
    this.body = body;
    this.items = Array.isArray(items) ? (items as Item[]) : [];
    this.total = typeof total === "number" ? total : undefined;
    this.#fetchPage = fetchPage;
    this.#nextInput = nextPageInput(fields, this.items.length, this.total, config, input);
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
    return this.#fetchPage(this.#nextInput);
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
  /** Wraps the running request for the first page. */
  constructor(responsePromise: Promise<APIResponse<Page<Body, Item>>>) {
    super(responsePromise);
  }

  /** Every item of every page, fetching pages as needed. */
  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    const page = await this;
    yield* page;
  }
}

/**
 * The request input for the page after this one, or undefined at the end.
 * Offset style moves `offset` past this page's items; a caller that paged
 * by `page` gets `page + 1`. The end is an empty page or reaching `total`.
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

  if (callerUsedPage || pageOnlyApi) {
    const page = toInteger(query[pageKey]) ?? 1;
    const limitKey = config.limit ?? "limit";
    const pageSize = toInteger(query[limitKey]) ?? toInteger(body[limitKey]) ?? itemCount;
    if (total !== undefined && (page - 1) * pageSize + itemCount >= total) return undefined;
    return { ...input, query: { ...query, [pageKey]: page + 1 } };
  }

  const nextOffset = (toInteger(query[offsetKey]) ?? 0) + itemCount;
  if (total !== undefined && nextOffset >= total) return undefined;
  return { ...input, query: { ...query, [offsetKey]: nextOffset } };
}

function toInteger(value: unknown): number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
}
