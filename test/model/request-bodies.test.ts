/**
 * Request bodies in the model: each media type's kind (one classifier for
 * the SDK, the server and the docs), the one the SDK sends, file parts, and
 * bodies dropped where HTTP gives them no meaning.
 */
import { describe, expect, it } from "vitest";
import { doc, model, ok, only, withBody } from "./helpers.js";

const obj = { type: "object", properties: { a: { type: "string" } } };
const file = { type: "string", format: "binary" };

describe("media kinds and the media type the SDK sends", () => {
  const cases: {
    title: string;
    given: Record<string, unknown>;
    want: { contentType: string; kind: string; bodyType: string; kinds: Record<string, string> };
  }[] = [
    {
      title: "application/json",
      given: { "application/json": { schema: obj } },
      want: { contentType: "application/json", kind: "json", bodyType: "json", kinds: { "application/json": "json" } },
    },
    {
      title: "only +json types (Kubernetes): JSON, the first by name sent",
      given: { "application/merge-patch+json": { schema: obj }, "application/json-patch+json": { schema: { type: "array", items: obj } } },
      want: {
        contentType: "application/json-patch+json",
        kind: "json",
        bodyType: "json",
        kinds: { "application/json-patch+json": "json", "application/merge-patch+json": "json" },
      },
    },
    {
      title: "a +json type with parameters",
      given: { "application/vnd.api+json; charset=utf-8": { schema: obj } },
      want: {
        contentType: "application/vnd.api+json; charset=utf-8",
        kind: "json",
        bodyType: "json",
        kinds: { "application/vnd.api+json; charset=utf-8": "json" },
      },
    },
    {
      title: "JSON and +json: application/json sent",
      given: { "application/merge-patch+json": { schema: obj }, "application/json": { schema: obj } },
      want: { contentType: "application/json", kind: "json", bodyType: "json", kinds: { "application/json": "json", "application/merge-patch+json": "json" } },
    },
    {
      title: "ndjson is not JSON",
      given: { "application/x-ndjson": { schema: { type: "string" } } },
      want: { contentType: "application/x-ndjson", kind: "binary", bodyType: "binary", kinds: { "application/x-ndjson": "binary" } },
    },
    {
      title: "text/plain",
      given: { "text/plain": { schema: { type: "string" } } },
      want: { contentType: "text/plain", kind: "text", bodyType: "text", kinds: { "text/plain": "text" } },
    },
    {
      title: "form",
      given: { "application/x-www-form-urlencoded": { schema: obj } },
      want: {
        contentType: "application/x-www-form-urlencoded",
        kind: "form",
        bodyType: "form-urlencoded",
        kinds: { "application/x-www-form-urlencoded": "form" },
      },
    },
    {
      title: "multipart before form and text",
      given: { "text/plain": { schema: { type: "string" } }, "multipart/form-data": { schema: obj }, "application/x-www-form-urlencoded": { schema: obj } },
      want: {
        contentType: "multipart/form-data",
        kind: "multipart",
        bodyType: "multipart",
        kinds: { "multipart/form-data": "multipart", "application/x-www-form-urlencoded": "form", "text/plain": "text" },
      },
    },
    {
      title: "binary",
      given: { "application/octet-stream": { schema: file } },
      want: { contentType: "application/octet-stream", kind: "binary", bodyType: "binary", kinds: { "application/octet-stream": "binary" } },
    },
    {
      title: "text/* with a binary schema is bytes",
      given: { "text/csv": { schema: file } },
      want: { contentType: "text/csv", kind: "binary", bodyType: "binary", kinds: { "text/csv": "binary" } },
    },
    {
      title: "*/* with an object schema is JSON",
      given: { "*/*": { schema: obj } },
      want: { contentType: "*/*", kind: "json", bodyType: "json", kinds: { "*/*": "json" } },
    },
    {
      title: "*/* with a string schema is bytes",
      given: { "*/*": { schema: { type: "string" } } },
      want: { contentType: "*/*", kind: "binary", bodyType: "binary", kinds: { "*/*": "binary" } },
    },
  ];
  for (const { title, given, want } of cases) {
    it(title, () => {
      const body = only(withBody(given)).requestBody!;
      expect({
        contentType: body.contentType,
        kind: body.kind,
        bodyType: body.bodyType,
        kinds: Object.fromEntries(body.media.map((m) => [m.mediaType, m.kind])),
      }).toEqual(want);
      expect(body.media[0]!.mediaType).toBe(want.contentType);
    });
  }

  it("a media type's essence is lower-case without parameters", () => {
    const body = only(withBody({ "Application/JSON-Patch+JSON; charset=utf-8": { schema: obj } })).requestBody!;
    expect(body.media[0]).toMatchObject({ essence: "application/json-patch+json", kind: "json" });
  });
});

describe("file parts", () => {
  it("multipart fields holding files, single and arrays, with required-ness", () => {
    const body = only(
      withBody({
        "multipart/form-data": {
          schema: {
            type: "object",
            required: ["file"],
            properties: { file, title: { type: "string" }, more: { type: "array", items: file }, typed: { type: "string", contentMediaType: "image/png" } },
          },
        },
      }),
    ).requestBody!;
    expect(body.binaryFields).toEqual([
      { name: "file", array: false, required: true },
      { name: "more", array: true, required: false },
      { name: "typed", array: false, required: false },
    ]);
    expect(body.media[0]!.fileParts).toEqual(body.binaryFields);
  });
});

describe("bodies dropped", () => {
  const cases = [
    { given: "get", want: { dropped: true, pointer: "#/paths/~1x/get/requestBody" } },
    { given: "head", want: { dropped: true, pointer: "#/paths/~1x/head/requestBody" } },
    { given: "delete", want: { dropped: false, pointer: null } },
    { given: "post", want: { dropped: false, pointer: null } },
  ];
  for (const { given, want } of cases) {
    it(`a body on ${given.toUpperCase()} ${want.dropped ? "is dropped with a warning naming its pointer" : "is kept"}`, () => {
      const m = model(withBody({ "application/json": { schema: obj } }, given));
      expect(m.operations[0]!.requestBody === null).toBe(want.dropped);
      const warned = m.warnings.filter((w) => w.includes("/requestBody)"));
      expect(warned.length).toBe(want.dropped ? 1 : 0);
      if (want.pointer) expect(warned[0]).toContain(`(${want.pointer})`);
      if (want.dropped) expect(m.operations[0]!.sdkInput).toBe("none");
    });
  }
});

describe("the SDK argument shape", () => {
  const query = [{ name: "q", in: "query", schema: { type: "string" } }];
  const cases = [
    { title: "nothing", given: doc({ "/x": { get: { responses: ok } } }), want: "none" },
    { title: "query only", given: doc({ "/x": { get: { parameters: query, responses: ok } } }), want: "query" },
    { title: "body only", given: withBody({ "application/json": { schema: obj } }), want: "body" },
    { title: "object body + query: merged", given: withBody({ "application/json": { schema: obj } }, "post", { parameters: query }), want: "merged" },
    {
      title: "array body + query: split",
      given: withBody({ "application/json": { schema: { type: "array", items: obj } } }, "post", { parameters: query }),
      want: "split",
    },
    { title: "text body + query: split", given: withBody({ "text/plain": { schema: { type: "string" } } }, "post", { parameters: query }), want: "split" },
    { title: "binary body + query: split", given: withBody({ "application/octet-stream": { schema: file } }, "post", { parameters: query }), want: "split" },
  ];
  for (const { title, given, want } of cases) it(title, () => expect(only(given).sdkInput).toBe(want));
});
