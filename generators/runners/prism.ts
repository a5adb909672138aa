/**
 * prism: runs a real Prism process on a bundled spec file, bound to a
 * loopback address. As a mock (`vantage-codegen mock`) it answers with the
 * spec's examples (or generated data with `dynamic`), rejects requests that
 * break the spec (422, or the spec's 400), lets callers pick a response with
 * `Prefer: code=404` / `Prefer: example=name`, and answers CORS preflights.
 * `vantage-codegen mock` puts its own front server (generators/mock/front.ts)
 * before it, which makes every answer valid and in the API's error format.
 * As a proxy (the server contract tests) it forwards to an upstream and
 * checks requests and responses both ways.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";

const require = createRequire(import.meta.url);

export interface PrismOptions {
  mode?: "mock" | "proxy";
  /** A one-file (bundled) spec: Prism resolves external refs on its own and differently from load. */
  specFile: string;
  /** Where a proxy forwards to. */
  upstream?: string;
  port: number;
  host?: string;
  dynamic?: boolean;
  /** Seed for dynamic data: the same seed, the same data for the same requests. */
  seed?: string | number;
  /**
   * json-schema-faker's fillProperties (Prism's default: true, which adds
   * extra properties beyond what `maxProperties` allows). The mock turns it off.
   */
  fillProperties?: boolean;
  /** Answer requests (and, as a proxy, responses) that break the spec with an error (default true). */
  errors?: boolean;
  /** Every line Prism prints. */
  onLine?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface PrismProcess {
  url: string;
  /** Resolves with Prism's exit code when it stops for any reason. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

function prismBin(): string {
  return path.join(path.dirname(require.resolve("@stoplight/prism-cli/package.json")), "dist", "index.js");
}

/** True when nothing listens on host:port (checked before starting Prism, whose own error is a stack trace). */
export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

export function prismArgs(options: PrismOptions): string[] {
  const mode = options.mode ?? "mock";
  if (mode === "proxy" && !options.upstream) throw new Error("prism proxy needs an upstream URL");
  const args = [prismBin(), mode, options.specFile, ...(mode === "proxy" ? [options.upstream!] : [])];
  args.push("--host", options.host ?? "127.0.0.1", "--port", String(options.port), "--cors");
  if (options.errors ?? true) args.push("--errors");
  if (options.dynamic) args.push("--dynamic");
  if (options.seed !== undefined) args.push("--seed", String(options.seed));
  if (options.fillProperties !== undefined) args.push(`--json-schema-faker-fillProperties=${options.fillProperties}`);
  return args;
}

export async function startPrism(options: PrismOptions): Promise<PrismProcess> {
  const child = spawn(process.execPath, prismArgs(options), {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://${options.host ?? "127.0.0.1"}:${options.port}`;
  await new Promise<void>((resolve, reject) => {
    const log: string[] = [];
    let listening = false;
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n")) {
        if (!line.trim()) continue;
        log.push(line);
        options.onLine?.(line);
        if (!listening && /Prism is listening/.test(line)) {
          listening = true;
          clearTimeout(timer);
          resolve();
        }
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    const timer = setTimeout(() => {
      void stopChild(child);
      reject(new Error(`Prism did not start within ${options.startTimeoutMs ?? 60_000} ms:\n${log.join("\n")}`));
    }, options.startTimeoutMs ?? 60_000);
    void exited.then((code) => {
      clearTimeout(timer);
      if (!listening) reject(new Error(`Prism exited (${code}) before listening:\n${log.join("\n")}`));
    });
  });
  return { url, exited, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
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

/** A port nothing listens on now, picked by the OS (for a Prism only our own front server talks to). */
export function freeLoopbackPort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
