/**
 * The SDK's request URL (templates/client/core/request-url.ts): the fast
 * path for simple `{name}` slots must give exactly what openapi-fetch's
 * serializer gives, and every other style must still go through it.
 */
import { defaultPathSerializer } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { InvalidRequestError, requestUrl } from "../templates/client/core/request-url.js";

const BASE = "https://api.example.com/v1";

describe("requestUrl path templates", () => {
  const cases: { path: string; params: Record<string, unknown> }[] = [
    { path: "/jobs/{job_id}", params: { job_id: "job_123" } },
    { path: "/jobs/{job_id}/files/{name}", params: { job_id: 7, name: "a b/c?d#e%f" } },
    { path: "/flags/{on}", params: { on: false } },
    { path: "/unicode/{x}", params: { x: "żółw ☃" } },
    { path: "/files/{id}.{ext}", params: { id: "f1", ext: "tar.gz" } },
    { path: "/label/{.x}", params: { x: "v" } },
    { path: "/matrix/{;x}", params: { x: "v" } },
    { path: "/explode/{x*}", params: { x: ["a", "b"] } },
    { path: "/list/{ids}", params: { ids: ["a", "b c"] } },
    { path: "/object/{o}", params: { o: { a: 1, b: "x" } } },
    { path: "/missing/{a}/{b}", params: { a: "1" } },
  ];
  for (const c of cases) {
    it(`${c.path} with ${JSON.stringify(c.params)} is what openapi-fetch makes of it`, () => {
      const want = defaultPathSerializer(BASE + c.path, c.params);
      // Twice: the second call uses the template parsed by the first.
      expect(requestUrl(BASE, c.path, c.params, undefined)).toBe(want);
      expect(requestUrl(BASE, c.path, c.params, undefined)).toBe(want);
    });
  }

  it("a Date in a slot is ISO 8601, and a value that would leave the endpoint is refused", () => {
    const at = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
    expect(requestUrl(BASE, "/at/{t}", { t: at }, undefined)).toBe(`${BASE}/at/${encodeURIComponent(at.toISOString())}`);
    for (const bad of ["", ".", ".."]) expect(() => requestUrl(BASE, "/jobs/{id}", { id: bad }, undefined)).toThrow(InvalidRequestError);
  });

  it("query strings follow the filled path", () => {
    expect(requestUrl(BASE, "/jobs/{id}", { id: "j 1" }, { limit: 10, tags: ["a", "b"], skip: undefined })).toBe(`${BASE}/jobs/j%201?limit=10&tags=a&tags=b`);
  });
});
