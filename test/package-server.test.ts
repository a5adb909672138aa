/**
 * The server stubs as a backend team installs them: generated/server packed
 * with `npm pack`, installed from the tarball into an empty project in
 * os.tmpdir() (Fastify and @fastify/multipart come as its peers), a small
 * server started from the installed package that answers a real request on
 * 127.0.0.1, and a strict type-check of handlers written against it (a
 * wrong response shape must fail).
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packAndInstall, runNode, tarballFiles, typecheckProject, type PackedProject } from "./helpers/packed.js";
import { repoRoot } from "./helpers/typecheck.js";

const SERVER_DIR = path.join(repoRoot, "generated/server");
let project: PackedProject;

beforeAll(async () => {
  project = await packAndInstall(SERVER_DIR, ["@types/node@20"]);
}, 300_000);

afterAll(() => {
  if (project) rmSync(path.dirname(project.dir), { recursive: true, force: true });
});

const jobExample = (): Record<string, unknown> => {
  const doc = JSON.parse(readFileSync(path.join(repoRoot, "generated/docs/openapi.json"), "utf8"));
  return doc.paths["/jobs/{job_id}"].get.responses["200"].content["application/json"].example;
};

describe("the packed server stubs", () => {
  it("ship compiled JavaScript and declarations only, with Fastify as a peer", async () => {
    expect(project.dir.startsWith(os.tmpdir())).toBe(true);
    const files = await tarballFiles(project.tarball);
    for (const f of ["index.js", "index.d.ts", "routes.js", "handlers.d.ts", "types.d.ts", "runtime/plugin.js", "runtime/plugin.d.ts"])
      expect(files, f).toContain(f);
    expect(files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
    const pkg = JSON.parse(readFileSync(path.join(project.dir, "node_modules", project.name, "package.json"), "utf8"));
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(["@fastify/multipart", "fastify"]);
    expect(pkg.exports["."]).toEqual({ types: "./index.d.ts", default: "./index.js" });
  });

  it("start a server from the installed package that answers a request", async () => {
    const job = jobExample();
    writeFileSync(
      path.join(project.dir, "server.mjs"),
      `import Fastify from "fastify";
import { vantageRoutes } from ${JSON.stringify(project.name)};
const job = ${JSON.stringify(job)};
const app = Fastify();
await app.register(vantageRoutes, {
  handlers: { getJob: async ({ params }) => ({ status: 200, body: { ...job, id: params.job_id } }) },
  authenticate: async (token) => (token === "key-1" ? { id: "user_1" } : null),
});
await app.listen({ port: 0, host: "127.0.0.1" });
const base = "http://127.0.0.1:" + app.server.address().port;
const ok = await fetch(base + "/jobs/job_42", { headers: { authorization: "Bearer key-1" } });
const denied = await fetch(base + "/jobs/job_42");
console.log(JSON.stringify({ status: ok.status, id: (await ok.json()).id, denied: denied.status, error: (await denied.json()).error }));
await app.close();`,
    );
    const out = JSON.parse((await runNode(project.dir, "server.mjs")).trim().split("\n").pop()!);
    expect(out).toEqual({ status: 200, id: "job_42", denied: 401, error: "authentication_failed" });
  }, 120_000);

  it("type-check strictly against the installed package; a wrong response shape fails", () => {
    const program = (body: string) => `import Fastify from "fastify";
import { vantageRoutes, type VantageHandlers } from ${JSON.stringify(project.name)};
const job = ${JSON.stringify(jobExample())} as const;
const handlers: VantageHandlers<{ id: string }> = {
  getJob: async ({ params }) => ({ status: 200, body: ${body} }),
};
export async function start(): Promise<void> {
  const app = Fastify();
  await app.register(vantageRoutes, { handlers, authenticate: async () => ({ id: "u" }) });
}
`;
    writeFileSync(path.join(project.dir, "good.mts"), program("{ ...job, id: params.job_id }"));
    writeFileSync(path.join(project.dir, "bad.mts"), program("{ ...job, id: 42 }"));
    const lib = ["lib.es2023.d.ts"];
    expect(typecheckProject(project.dir, ["good.mts"], "nodenext", lib)).toEqual([]);
    expect(typecheckProject(project.dir, ["bad.mts"], "nodenext", lib).join("\n")).toMatch(/TS2322/);
  }, 120_000);
});
