var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var pagination_exports = {};
__export(pagination_exports, {
  Page: () => Page,
  PagePromise: () => PagePromise
});
module.exports = __toCommonJS(pagination_exports);
var import_api_promise = require("./api-promise.js");
var import_errors = require("./errors.js");
class Page {
  /** The items on this page. */
  items;
  /** Total items across all pages, when the API reports it. */
  total;
  /** The whole response body of this page. */
  body;
  #nextInput;
  #fetchPage;
  /** Built by APIClient.requestPage from a response body; `previous` is the page this one follows. */
  constructor(body, config, input, fetchPage, previous) {
    const fields = body ?? {};
    const items = fields[config.items];
    const total = config.total !== void 0 ? fields[config.total] : void 0;
    const list = Array.isArray(items) ? items : [];
    const repeats = previous !== void 0 && samePage(previous.items, list);
    this.body = body;
    this.items = repeats ? [] : list;
    this.total = typeof total === "number" ? total : void 0;
    this.#fetchPage = fetchPage;
    this.#nextInput = repeats ? void 0 : nextPageInput(fields, this.items.length, this.total, config, input);
  }
  /** True when another page should be requested. */
  hasNextPage() {
    return this.#nextInput !== void 0;
  }
  /** Requests the next page; rejects when there is none. */
  nextPage() {
    if (this.#nextInput === void 0) {
      return Promise.reject(new import_errors.SDKError("There is no next page; check hasNextPage() first."));
    }
    return this.#fetchPage(this.#nextInput, this);
  }
  /** This page and every page after it, one request per page. */
  async *iterPages() {
    let page = this;
    for (; ; ) {
      yield page;
      if (!page.hasNextPage())
        return;
      page = await page.nextPage();
    }
  }
  /** Every item of this page and all the pages after it. */
  async *[Symbol.asyncIterator]() {
    let page = this;
    for (; ; ) {
      for (const item of page.items)
        yield item;
      if (!page.hasNextPage())
        return;
      page = await page.nextPage();
    }
  }
}
class PagePromise extends import_api_promise.APIPromise {
  /** Wraps the running request for the first page. */
  constructor(responsePromise) {
    super(responsePromise);
  }
  /** Every item of every page, fetching pages as needed. */
  async *[Symbol.asyncIterator]() {
    const page = await this;
    yield* page;
  }
  /** Every page, starting with the first: `for await (const page of client.jobs.list().iterPages())`. */
  async *iterPages() {
    const page = await this;
    yield* page.iterPages();
  }
}
function samePage(a, b) {
  if (a.length !== b.length || a.length === 0)
    return false;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}
function nextPageInput(body, itemCount, total, config, input) {
  if (itemCount === 0)
    return void 0;
  const query = input.query ?? {};
  const offsetKey = config.offset ?? "offset";
  const pageKey = config.page ?? "page";
  const callerUsedPage = query[offsetKey] === void 0 && query[pageKey] !== void 0;
  const pageOnlyApi = config.offset === void 0 && config.page !== void 0;
  const limitKey = config.limit ?? "limit";
  const askedSize = toInteger(query[limitKey]);
  if (askedSize !== void 0 && itemCount < askedSize)
    return void 0;
  if (callerUsedPage || pageOnlyApi) {
    const page = toInteger(query[pageKey]) ?? 1;
    const pageSize = askedSize ?? toInteger(body[limitKey]) ?? itemCount;
    if (total !== void 0 && (page - 1) * pageSize + itemCount >= total)
      return void 0;
    const next2 = { ...query, [pageKey]: page + 1 };
    delete next2[offsetKey];
    return { ...input, query: next2 };
  }
  const nextOffset = (toInteger(query[offsetKey]) ?? 0) + itemCount;
  if (total !== void 0 && nextOffset >= total)
    return void 0;
  const next = { ...query, [offsetKey]: nextOffset };
  if (config.page !== void 0 || pageKey in next)
    delete next[pageKey];
  return { ...input, query: next };
}
function toInteger(value) {
  if (value === void 0 || value === null || value === "")
    return void 0;
  const n = Number(value);
  return Number.isInteger(n) ? n : void 0;
}
