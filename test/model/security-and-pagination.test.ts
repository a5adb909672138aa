/**
 * Security and pagination in the model: the schemes a token can meet, each
 * operation's alternatives (computed once, for the SDK and the server), and
 * `x-pagination`; empty enums warned about once.
 */
import { describe, expect, it } from "vitest";
import { doc, model, ok } from "./helpers.js";

const schemes = {
  bearer: { type: "http", scheme: "bearer" },
  basic: { type: "http", scheme: "basic" },
  key: { type: "apiKey", in: "query", name: "api_key" },
  oauth: { type: "oauth2", flows: {} },
  tls: { type: "mutualTLS" },
  digest: { type: "http", scheme: "digest" },
};

describe("security", () => {
  it("the schemes a token can meet, by name (mutualTLS and digest left out)", () => {
    const m = model(doc({}, { components: { securitySchemes: schemes } }));
    expect(m.securitySchemes).toEqual({
      bearer: { type: "bearer" },
      basic: { type: "basic" },
      key: { type: "apiKey", in: "query", name: "api_key" },
      oauth: { type: "bearer" },
    });
  });

  const cases = [
    { title: "no security anywhere: anonymous", given: { op: undefined, top: undefined }, want: { security: [], anonymous: true } },
    {
      title: "the document's applies",
      given: { op: undefined, top: [{ bearer: [] }] },
      want: { security: [[{ scheme: "bearer", scopes: [] }]], anonymous: false },
    },
    {
      title: "the operation's overrides; `{}` makes it optional",
      given: { op: [{ key: [] }, {}], top: [{ bearer: [] }] },
      want: { security: [[{ scheme: "key", scopes: [] }]], anonymous: true },
    },
    {
      title: "both schemes of one requirement are needed; scopes kept",
      given: { op: [{ bearer: [], oauth: ["read", "write"] }], top: undefined },
      want: {
        security: [
          [
            { scheme: "bearer", scopes: [] },
            { scheme: "oauth", scopes: ["read", "write"] },
          ],
        ],
        anonymous: false,
      },
    },
    { title: "`security: []` on the operation: anonymous", given: { op: [], top: [{ bearer: [] }] }, want: { security: [], anonymous: true } },
    {
      title: "only a scheme no token meets: anonymous (nothing to check)",
      given: { op: [{ tls: [] }], top: undefined },
      want: { security: [], anonymous: true },
    },
  ];
  for (const { title, given, want } of cases) {
    it(title, () => {
      const m = model(
        doc(
          { "/x": { get: { responses: ok, ...(given.op !== undefined ? { security: given.op } : {}) } } },
          { components: { securitySchemes: schemes }, ...(given.top ? { security: given.top } : {}) },
        ),
      );
      const op = m.operations[0]!;
      expect({ security: op.security, anonymous: op.anonymous }).toEqual(want);
    });
  }
});

describe("pagination", () => {
  const cases = [
    { given: { items: "data", total: "count", limit: "per_page", page: "page" }, want: { items: "data", total: "count", limit: "per_page", page: "page" } },
    { given: { items: "items", offset: "skip", extra: "dropped" }, want: { items: "items", offset: "skip" } },
    { given: { total: "count" }, want: null },
  ];
  for (const { given, want } of cases) {
    it(JSON.stringify(given), () => {
      const m = model(doc({ "/x": { get: { "x-pagination": given, responses: ok } } }));
      expect(m.operations[0]!.pagination).toEqual(want);
    });
  }
});

describe("empty enums", () => {
  it("are warned about once, with the first pointers", () => {
    const m = model(
      doc(
        {},
        {
          components: {
            schemas: {
              A: { type: "object", properties: { flags: { type: "integer", enum: [] }, kind: { type: "string", enum: [] } } },
              B: { type: "integer", enum: [] },
            },
          },
        },
      ),
    );
    const warned = m.warnings.filter((w) => w.includes("enum: []"));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toContain("#/components/schemas/A/properties/flags/enum");
    expect(warned[0]).toContain("#/components/schemas/B/enum");
  });
});

describe("how the SDK sends its one key, per operation (sdkAuth)", () => {
  const two = (security: unknown[]) =>
    model(
      doc(
        { "/a": { get: { responses: ok } }, "/b": { get: { security, responses: ok } } },
        { security: [{ key: [] }], components: { securitySchemes: { key: schemes.key, bearer: schemes.bearer, basic: schemes.basic, tls: schemes.tls } } },
      ),
    );
  const cases: { title: string; given: unknown[]; want: unknown }[] = [
    { title: "the client's scheme among the alternatives: the client's way (null)", given: [{ bearer: [] }, { key: [] }], want: null },
    { title: "only another scheme: that one", given: [{ basic: [] }], want: { type: "basic" } },
    { title: "the first alternative a key can meet (mutualTLS can't)", given: [{ tls: [] }, { bearer: [] }], want: { type: "bearer" } },
    { title: "anonymous allowed: the client's way", given: [{}, { basic: [] }], want: null },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const m = two(c.given);
      expect(m.auth).toEqual({ type: "apiKey", in: "query", name: "api_key" });
      expect(m.operations.find((o) => o.path === "/a")!.sdkAuth).toBeNull();
      expect(m.operations.find((o) => o.path === "/b")!.sdkAuth).toEqual(c.want);
    });
  }
});
