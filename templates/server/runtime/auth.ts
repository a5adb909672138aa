/**
 * Credentials by the spec's security schemes: a bearer token (http bearer,
 * OAuth 2, OpenID Connect), HTTP basic, or an API key in a header, query or
 * cookie. The app decides whether a credential is good (`authenticate`).
 */
import type { FastifyRequest } from "fastify";

export interface SecurityScheme {
  type: "bearer" | "basic" | "apiKey";
  in?: "header" | "query" | "cookie";
  name?: string;
}

export interface Credential {
  scheme: string;
  token: string;
  scopes: string[];
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function cookie(request: FastifyRequest, name: string): string | undefined {
  for (const pair of (header(request, "cookie") ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at).trim() === name) return decodeURIComponent(pair.slice(at + 1).trim());
  }
  return undefined;
}

const BEARER = /^bearer /i;
const BASIC = /^basic /i;

function tokenFor(request: FastifyRequest, scheme: SecurityScheme): string | undefined {
  if (scheme.type === "bearer" || scheme.type === "basic") {
    const bearer = scheme.type === "bearer";
    const value = header(request, "authorization");
    // The scheme name is case-insensitive (an ASCII-only match, as lower-casing the header and comparing would be).
    if (value === undefined || !(bearer ? BEARER : BASIC).test(value)) return undefined;
    return value.slice(bearer ? 7 : 6).trim() || undefined;
  }
  const name = scheme.name ?? "";
  if (scheme.in === "query") {
    const value = (request.query as Record<string, unknown> | undefined)?.[name];
    return typeof value === "string" && value ? value : undefined;
  }
  if (scheme.in === "cookie") return cookie(request, name) || undefined;
  return header(request, name) || undefined;
}

/** The first credential that satisfies one of the alternatives (the first scheme of it that carries one). */
export function credentialFor(
  request: FastifyRequest,
  alternatives: { scheme: string; scopes: string[] }[][],
  schemes: Record<string, SecurityScheme>,
): Credential | null {
  for (const alternative of alternatives) {
    for (const { scheme, scopes } of alternative) {
      const token = schemes[scheme] && tokenFor(request, schemes[scheme]);
      if (token) return { scheme, token, scopes };
    }
  }
  return null;
}
