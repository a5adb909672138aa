/**
 * routes: which operation of the model a request is for, with its path
 * parameters. Literal segments win over templated ones (`/jobs/search`
 * before `/jobs/{job_id}`), as in every router.
 */
import type { OperationModel } from "../model/model.js";

export interface RouteMatch {
  operation: OperationModel;
  params: Record<string, string>;
}

interface Compiled {
  operation: OperationModel;
  regex: RegExp;
  names: string[];
  literals: number;
}

export class RouteTable {
  private readonly routes: Compiled[];

  constructor(operations: OperationModel[], basePath = "") {
    this.routes = operations
      .map((operation) => {
        const names: string[] = [];
        const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        // The model's URL parts: no fragment, each variable matched as its style spells it.
        const source =
          literal(basePath) +
          operation.urlParts
            .map((part) => {
              if (typeof part === "string") return literal(part);
              names.push(part.name);
              if (part.style === "label") return "\\.([^/]+?)";
              if (part.style === "matrix") return `;${literal(part.name)}=([^/;]+?)`;
              if (part.style === "reserved") return "(.+?)";
              return "([^/]+?)";
            })
            .join("");
        const literals = operation.urlParts
          .filter((p): p is string => typeof p === "string")
          .join("")
          .split("/")
          .filter(Boolean).length;
        return { operation, regex: new RegExp(`^${source}/?$`), names, literals };
      })
      .sort((a, b) => b.literals - a.literals || a.names.length - b.names.length);
  }

  match(method: string, pathname: string): RouteMatch | null {
    const m = method.toLowerCase();
    for (const route of this.routes) {
      if (route.operation.method !== m) continue;
      const found = route.regex.exec(pathname);
      if (!found) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = safeDecode(found[i + 1])));
      return { operation: route.operation, params };
    }
    return null;
  }

  /** True when some operation has this path (with any method): a wrong method rather than an unknown route. */
  hasPath(pathname: string): boolean {
    return this.routes.some((r) => r.regex.test(pathname));
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
