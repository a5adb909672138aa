/**
 * Redocly plugin with the Vantage conventions that configurable `rule/...`
 * assertions cannot express: they need $refs followed across files (error
 * schemas, allOf-composed list bodies) or facts from two nodes at once
 * (path-level + operation-level parameters). Everything else lives in
 * redocly.yaml as configurable rules.
 */
import { errorResponses } from "./rules/error-responses.js";
import { listPagination } from "./rules/list-pagination.js";

export default function vantagePlugin() {
  return {
    id: "vantage",
    rules: {
      oas3: {
        "error-responses": errorResponses,
        "list-pagination": listPagination,
      },
    },
  };
}
