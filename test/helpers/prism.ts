/**
 * Prism for tests: the toolchain's own runner (generators/runners/prism.ts) on a free
 * 127.0.0.1 port, with every line Prism prints kept so a test can assert that
 * Prism saw no request or response that breaks the spec.
 */
import net from "node:net";
import { startPrism as startPrismProcess } from "../../generators/runners/prism.js";

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
  const log: string[] = [];
  const prism = await startPrismProcess({
    mode: options.mode,
    specFile: options.spec,
    upstream: options.upstream,
    port,
    errors: options.errors,
    dynamic: options.dynamic,
    startTimeoutMs: options.startTimeoutMs,
    onLine: (line) => log.push(line),
  });
  return {
    url: prism.url,
    port,
    log,
    violations: () => log.filter((line) => /violation|✖\s+error|\[VALIDATOR\].*(error|warning)/i.test(line)),
    stop: prism.stop,
  };
}
