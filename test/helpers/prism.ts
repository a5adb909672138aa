/**
 * Starts a real Prism process (mock or proxy) on a free 127.0.0.1 port and
 * stops it again. Everything Prism logs is kept, so a test can assert that
 * Prism saw no request or response that breaks the spec.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";

const require = createRequire(import.meta.url);

export interface PrismServer {
  url: string;
  port: number;
  /** Every line Prism printed, in order. */
  log: string[];
  /** Lines where Prism reported a violation of the spec. */
  violations(): string[];
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function prismBin(): string {
  return path.join(path.dirname(require.resolve("@stoplight/prism-cli/package.json")), "dist", "index.js");
}

export interface PrismOptions {
  /** `mock` serves the spec's examples; `proxy` forwards to `upstream` and validates both ways. */
  mode: "mock" | "proxy";
  spec: string;
  upstream?: string;
  errors?: boolean;
  dynamic?: boolean;
  startTimeoutMs?: number;
}

export async function startPrism(options: PrismOptions): Promise<PrismServer> {
  const port = await freePort();
  const args = [prismBin(), options.mode, options.spec];
  if (options.mode === "proxy") {
    if (!options.upstream) throw new Error("prism proxy needs an upstream URL");
    args.push(options.upstream);
  }
  args.push("--host", "127.0.0.1", "--port", String(port));
  if (options.errors ?? true) args.push("--errors");
  if (options.dynamic) args.push("--dynamic");
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" } });
  const log: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line.trim()) log.push(line);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForListening(child, log, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return {
    url,
    port,
    log,
    violations: () => log.filter((line) => /violation|✖\s+error|\[VALIDATOR\].*(error|warning)/i.test(line)),
    stop: () => stopProcess(child),
  };
}

function waitForListening(child: ChildProcess, log: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Prism did not start within ${timeoutMs} ms:\n${log.join("\n")}`));
    }, timeoutMs);
    const onData = () => {
      if (log.some((line) => /Prism is listening/.test(line))) {
        cleanup();
        resolve();
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`Prism exited (${code}) before listening:\n${log.join("\n")}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout!.off("data", onData);
      child.stderr!.off("data", onData);
      child.off("exit", onExit);
    };
    // Registered after collect(), so the line is already in `log` when onData runs.
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", onExit);
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
