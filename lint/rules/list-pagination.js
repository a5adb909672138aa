/**
 * vantage/list-pagination: every list operation takes the shared pagination,
 * sort and time-filter parameters, so the SDK's page iterator and the docs
 * treat all lists alike.
 *
 * A list is an operation with `x-pagination`, or a GET whose 200 JSON body
 * has an array property next to an integer `total` — the second test catches a list
 * whose author forgot the marker, and that case is reported too, because the
 * SDK only builds a paginator from the marker.
 */
import { follow } from "./resolve.js";

const PARAMETERS = {
  limit: "Limit",
  offset: "Offset",
  page: "Page",
  sort: "Sort",
  created_after: "CreatedAfter",
  created_before: "CreatedBefore",
  updated_after: "UpdatedAfter",
  updated_before: "UpdatedBefore",
};

export function listPagination() {
  return {
    Operation: {
      enter(operation, ctx) {
        const here = ctx.location.source.absoluteRef;
        const marked = operation["x-pagination"] !== undefined;
        const shape = ctx.key === "get" ? listShape(ctx, operation, here) : undefined;
        if (!marked && !shape) return;

        if (!marked) {
          ctx.report({
            message: `GET returns a list ('${shape.items}' with 'total') but has no x-pagination. Add 'x-pagination: { style: offset, items: ${shape.items}, total: total, limit: limit, offset: offset }'.`,
            location: ctx.location.key(),
          });
        }

        const names = new Set();
        // Path-level parameters apply to every operation of the path item.
        for (const list of [ctx.parent?.parameters, operation.parameters]) {
          if (!Array.isArray(list)) continue;
          for (const raw of list) {
            const parameter = follow(ctx, raw, here).node;
            if (parameter && parameter.in === "query" && typeof parameter.name === "string") names.add(parameter.name);
          }
        }
        const missing = Object.keys(PARAMETERS).filter((name) => !names.has(name));
        if (missing.length === 0) return;
        const refs = missing.map((name) => `$ref: '../components/parameters.yaml#/${PARAMETERS[name]}'`).join(", ");
        ctx.report({
          message: `List operation is missing the query parameter${missing.length > 1 ? "s" : ""} ${missing.join(", ")}. Add ${refs}.`,
          location: operation.parameters ? ctx.location.child(["parameters"]).key() : ctx.location.key(),
        });
      },
    },
  };
}

/** The 200 application/json body's array property and `total`, through $refs and allOf. */
function listShape(ctx, operation, from) {
  const response = follow(ctx, operation.responses?.["200"], from);
  const media = response.node?.content?.["application/json"];
  if (!media) return undefined;
  const properties = collectProperties(ctx, media.schema, response.from, new Set());
  // A page's `total` is a count; an invoice's money `total` (a number) next
  // to its `line_items` is not a page.
  if (properties.get("total")?.type !== "integer") return undefined;
  for (const [name, schema] of properties) {
    if (schema?.type === "array") return { items: name };
  }
  return undefined;
}

function collectProperties(ctx, raw, from, seen) {
  const found = new Map();
  const { node, from: at } = follow(ctx, raw, from);
  if (!node || typeof node !== "object" || seen.has(node)) return found;
  seen.add(node);
  for (const [name, property] of Object.entries(node.properties ?? {})) {
    found.set(name, follow(ctx, property, at).node);
  }
  for (const part of node.allOf ?? []) {
    for (const [name, property] of collectProperties(ctx, part, at, seen)) found.set(name, property);
  }
  return found;
}
