/**
 * A synthetic OpenAPI 3.0 document with a given number of operations, for
 * the scale section: resources of five CRUD operations each (list, create,
 * get, update, delete), three component schemas per resource that $ref each
 * other and shared schemas, shared parameters and an Error response.
 */
export function syntheticSpec(operationCount) {
  const resourceCount = Math.ceil(operationCount / 5);
  const paths = {};
  const schemas = {
    Error: {
      type: "object",
      required: ["error", "message"],
      properties: {
        error: { type: "string" },
        message: { type: "string" },
        details: { type: "array", items: { type: "object", properties: { field: { type: "string" }, code: { type: "string" } } } },
      },
    },
    Owner: {
      type: "object",
      required: ["id"],
      properties: { id: { type: "string" }, email: { type: "string", format: "email" }, name: { type: "string", nullable: true } },
    },
    Meta: { type: "object", additionalProperties: { type: "string" } },
  };
  let emitted = 0;
  for (let r = 0; r < resourceCount; r++) {
    const name = `Resource${r}`;
    const tag = `resource${r}`;
    const base = `/resources${r}`;
    const ref = (s) => ({ $ref: `#/components/schemas/${s}` });
    const json = (schema) => ({ "application/json": { schema } });
    const errors = { 400: { $ref: "#/components/responses/Error" }, 404: { $ref: "#/components/responses/Error" } };
    schemas[name] = {
      type: "object",
      required: ["id", "name", "status", "created_at"],
      properties: {
        id: { type: "string", readOnly: true },
        name: { type: "string", minLength: 1, maxLength: 128 },
        status: { type: "string", enum: ["pending", "active", "archived"] },
        size: { type: "integer", minimum: 0 },
        tags: { type: "array", items: { type: "string" } },
        owner: ref("Owner"),
        meta: ref("Meta"),
        parent: r > 0 ? ref(`Resource${r - 1}`) : { type: "string", nullable: true },
        created_at: { type: "string", format: "date-time", readOnly: true },
      },
    };
    schemas[`${name}Create`] = {
      type: "object",
      required: ["name"],
      properties: {
        name: { type: "string" },
        status: { type: "string", enum: ["pending", "active"] },
        tags: { type: "array", items: { type: "string" } },
        meta: ref("Meta"),
      },
    };
    schemas[`${name}List`] = {
      type: "object",
      required: ["items", "total"],
      properties: { items: { type: "array", items: ref(name) }, total: { type: "integer" } },
    };
    const ops = {
      list: [
        "get",
        base,
        {
          operationId: `list${name}s`,
          parameters: [{ $ref: "#/components/parameters/Limit" }, { $ref: "#/components/parameters/Offset" }],
          responses: { 200: { description: "A page.", content: json(ref(`${name}List`)) }, ...errors },
        },
      ],
      create: [
        "post",
        base,
        {
          operationId: `create${name}`,
          requestBody: { required: true, content: json(ref(`${name}Create`)) },
          responses: { 201: { description: "Created.", content: json(ref(name)) }, ...errors },
        },
      ],
      get: ["get", `${base}/{id}`, { operationId: `get${name}`, responses: { 200: { description: "The resource.", content: json(ref(name)) }, ...errors } }],
      update: [
        "patch",
        `${base}/{id}`,
        {
          operationId: `update${name}`,
          requestBody: { required: true, content: json(ref(`${name}Create`)) },
          responses: { 200: { description: "Updated.", content: json(ref(name)) }, ...errors },
        },
      ],
      delete: ["delete", `${base}/{id}`, { operationId: `delete${name}`, responses: { 204: { description: "Deleted." }, ...errors } }],
    };
    for (const [method, route, operation] of Object.values(ops)) {
      if (emitted === operationCount) break;
      emitted++;
      paths[route] ??= route.endsWith("{id}") ? { parameters: [{ $ref: "#/components/parameters/Id" }] } : {};
      paths[route][method] = { tags: [tag], summary: `${operation.operationId}`, ...operation };
    }
  }
  return {
    openapi: "3.0.3",
    info: { title: `Synthetic ${operationCount}`, version: "1.0.0" },
    servers: [{ url: "https://api.example.com" }],
    tags: Array.from({ length: resourceCount }, (_, r) => ({ name: `resource${r}` })),
    paths,
    components: {
      schemas,
      parameters: {
        Id: { name: "id", in: "path", required: true, schema: { type: "string" } },
        Limit: { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100 } },
        Offset: { name: "offset", in: "query", schema: { type: "integer", minimum: 0 } },
      },
      responses: { Error: { description: "An error.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } },
    },
  };
}
