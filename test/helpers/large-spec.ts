/**
 * large-spec: a synthetic OpenAPI 3.0 document of a given size, shaped like a
 * big real API (CRUD paths per resource, one schema per resource with many
 * documented properties, refs between schemas), for memory and time bounds.
 */
export function largeSpec(targetBytes: number): { document: Record<string, unknown>; operations: number; schemas: number } {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  const text = "Describes one field of the resource, in enough words to look like a real, documented API. ".repeat(2);
  let size = 0;
  let n = 0;
  for (; size < targetBytes; n++) {
    const name = `Resource${n}`;
    const properties: Record<string, unknown> = { id: { type: "string", readOnly: true, description: text } };
    for (let p = 0; p < 25; p++) {
      properties[`field_${p}`] =
        p % 5 === 0
          ? { type: "string", enum: ["alpha", "beta", "gamma"], description: text }
          : p % 5 === 1
            ? { type: "array", items: { type: "integer", format: "int64" }, description: text }
            : { type: p % 2 ? "string" : "number", nullable: p % 3 === 0, description: text };
    }
    if (n > 0) properties.parent = { $ref: `#/components/schemas/Resource${n - 1}` };
    schemas[name] = { type: "object", required: ["id"], description: text, properties };
    const ref = { $ref: `#/components/schemas/${name}` };
    const ok = (schema: unknown) => ({ description: "OK", content: { "application/json": { schema } } });
    paths[`/resources-${n}`] = {
      get: {
        operationId: `list${name}`,
        tags: [`group${n % 50}`],
        summary: `List ${name}`,
        description: text,
        parameters: [
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100 } },
          { name: "cursor", in: "query", schema: { type: "string" } },
        ],
        responses: { "200": ok({ type: "object", properties: { items: { type: "array", items: ref }, total: { type: "integer" } } }) },
      },
      post: {
        operationId: `create${name}`,
        tags: [`group${n % 50}`],
        summary: `Create ${name}`,
        requestBody: { required: true, content: { "application/json": { schema: ref } } },
        responses: { "201": ok(ref) },
      },
    };
    paths[`/resources-${n}/{id}`] = {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      get: { operationId: `get${name}`, tags: [`group${n % 50}`], responses: { "200": ok(ref), "404": { description: "Not found" } } },
      delete: { operationId: `delete${name}`, tags: [`group${n % 50}`], responses: { "204": { description: "Deleted" } } },
    };
    size += JSON.stringify(schemas[name]).length + JSON.stringify(paths[`/resources-${n}`]).length + JSON.stringify(paths[`/resources-${n}/{id}`]).length;
  }
  const document = {
    openapi: "3.0.3",
    info: { title: "Large API", version: "1.0.0" },
    servers: [{ url: "https://api.example.com" }],
    paths,
    components: { schemas },
  };
  return { document, operations: n * 4, schemas: n };
}
