/**
 * `vantage-codegen mock` as a user runs it: a real process (the command, and
 * the Prism it starts) on a free 127.0.0.1 port. Every process started here
 * is stopped in afterAll/finally, even when an assertion fails.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { freePort } from "./helpers/prism.js";

interface Running {
  child: ChildProcess;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function runMock(args: string[]): Running {
  const child = spawn(process.execPath, ["bin/vantage-codegen.js", "mock", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  let text = "";
  child.stdout!.on("data", (chunk: Buffer) => (text += chunk));
  child.stderr!.on("data", (chunk: Buffer) => (text += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => text, exit };
}

async function waitFor(running: Running, pattern: RegExp, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!pattern.test(running.output())) {
    if (running.child.exitCode !== null) throw new Error(`mock exited (${running.child.exitCode}):\n${running.output()}`);
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${pattern}:\n${running.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stop(running: Running | undefined): Promise<void> {
  if (!running || running.child.exitCode !== null || running.child.signalCode !== null) return;
  running.child.kill("SIGKILL");
  await running.exit;
}

describe("vantage-codegen mock", () => {
  let port: number;
  let mock: Running | undefined;
  let url: string;

  beforeAll(async () => {
    port = await freePort();
    url = `http://127.0.0.1:${port}`;
    mock = runMock(["--port", String(port)]);
    await waitFor(mock, /Point the SDK at it/);
  });

  afterAll(async () => {
    await stop(mock);
  });

  it("prints the URL and how to point the SDK at it", () => {
    expect(mock!.output()).toContain(url);
    expect(mock!.output()).toContain(`new Vantage({ baseUrl: "${url}", apiKey: "test" })`);
  });

  it("answers GET /jobs with the spec's example", async () => {
    const response = await fetch(`${url}/jobs`, { headers: { Authorization: "Bearer test" } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { jobs: { id: string }[]; total: number };
    expect(body.jobs[0].id).toBe("job_123");
    expect(body.total).toBe(1);
  });

  it("answers a request that breaks the spec (limit=0) with an error", async () => {
    const response = await fetch(`${url}/jobs?limit=0`, { headers: { Authorization: "Bearer test" } });
    expect([400, 422]).toContain(response.status);
  });

  it("lets the caller pick a response with Prefer: code=404", async () => {
    const response = await fetch(`${url}/jobs/job_123`, { headers: { Authorization: "Bearer test", Prefer: "code=404" } });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toBe("resource_not_found");
  });

  it("answers CORS preflights from a browser app", async () => {
    const response = await fetch(`${url}/jobs`, {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get("access-control-allow-origin")).toBeTruthy();
  });

  it("reports a clear message and exits 1 when the port is in use", async () => {
    const blocked = runMock(["--port", String(port)]);
    try {
      const { code } = await blocked.exit;
      expect(code).toBe(1);
      expect(blocked.output()).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(blocked.output()).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      await stop(blocked);
    }
  });

  it("stops on SIGINT with exit code 0 and frees the port", async () => {
    mock!.child.kill("SIGINT");
    const { code } = await mock!.exit;
    expect(code).toBe(0);
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    expect(free).toBe(true);
  });
});
