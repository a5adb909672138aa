/**
 * vantage/error-responses: every operation answers 401 and 500 with the
 * shared Error body, so SDK error classes and server stubs can rely on one
 * shape. The schema is compared by resolved target (not by $ref text), so
 * `#/components/schemas/Error` and a relative ref to the file that defines
 * Error are both accepted, and a look-alike copy is not.
 */
import { follow, targetOf } from "./resolve.js";

const REQUIRED = {
  401: "Unauthorized",
  500: "InternalError",
};

export function errorResponses() {
  let errorTarget;
  const checks = [];
  return {
    NamedSchemas: {
      Schema: {
        enter(_schema, ctx) {
          if (ctx.key === "Error") errorTarget = targetOf(ctx.location);
        },
      },
    },
    Operation: {
      enter(operation, ctx) {
        const here = ctx.location.source.absoluteRef;
        const responses = operation.responses;
        if (!responses || typeof responses !== "object") return;
        for (const [code, name] of Object.entries(REQUIRED)) {
          if (!(code in responses)) {
            ctx.report({
              message: `Operation has no ${code} response. Add '${code}': { $ref: '../components/responses.yaml#/${name}' }.`,
              location: ctx.location.child(["responses"]).key(),
            });
            continue;
          }
          const response = follow(ctx, responses[code], here);
          const responseLocation = response.location ?? ctx.location.child(["responses", code]);
          const media = response.node?.content?.["application/json"];
          if (!media) {
            ctx.report({
              message: `The ${code} response has no application/json content. Use the shared '${name}' response (components/responses.yaml), whose body is the Error schema.`,
              location: responseLocation.key(),
            });
            continue;
          }
          const schemaLocation = responseLocation.child(["content", "application/json", "schema"]);
          const schema = follow(ctx, media.schema, response.from);
          // Checked in Root.leave: components.schemas is walked after paths.
          checks.push({ code, name, target: targetOf(schema.location), location: schemaLocation });
        }
      },
    },
    Root: {
      leave(_root, ctx) {
        if (!errorTarget) {
          if (checks.length > 0) {
            ctx.report({
              message:
                "components.schemas has no Error schema. Add 'Error: { $ref: components/schemas/common.yaml#/Error }' so error responses share one body.",
              location: ctx.location.child(["components"]).key(),
            });
          }
          return;
        }
        // A shared response is reached from every operation: report it once.
        const reported = new Set();
        for (const check of checks) {
          const where = targetOf(check.location);
          if (check.target === errorTarget || reported.has(where)) continue;
          reported.add(where);
          ctx.report({
            message: `The ${check.code} application/json schema must be the Error schema. Set 'schema: { $ref: '#/components/schemas/Error' }' (or a $ref to the file that defines Error), or use the shared '${check.name}' response.`,
            location: check.location.key(),
          });
        }
      },
    },
  };
}
