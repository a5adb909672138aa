/**
 * prism-mock: the stateless mock — a real Prism on a private loopback port,
 * with our front server (front.ts) on the port the user asked for.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freeLoopbackPort, startPrism } from "../runners/prism.js";
import { startFront } from "./front.js";
import type { Model } from "../model/model.js";

export interface RunningMock {
  url: string;
  /** Resolves when the mock stops by itself (Prism died): the exit code. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export interface PrismMockOptions {
  model: Model;
  port: number;
  host: string;
  dynamic: boolean;
  seed: number;
  delay?: number;
  onLine?: (line: string) => void;
}

export async function startPrismMock(options: PrismMockOptions): Promise<RunningMock> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "vantage-mock-"));
  const specFile = path.join(dir, "openapi.json");
  writeFileSync(specFile, JSON.stringify(options.model.bundled));
  let prism: Awaited<ReturnType<typeof startPrism>> | undefined;
  try {
    prism = await startPrism({
      specFile,
      port: await freeLoopbackPort(options.host),
      host: options.host,
      dynamic: options.dynamic,
      seed: options.seed,
      fillProperties: false,
      // Prism's --errors turns its own invalid fakes into 500s; the front server repairs them instead.
      errors: false,
      onLine: (line) => {
        // Prism's chatter (its private URL, every request) stays out of the user's console; its errors don't.
        if (/\b(error|fatal)\b|✖/i.test(line) && !/\[(VALIDATOR|NEGOTIATOR)\]/.test(line)) options.onLine?.(line);
      },
    });
    const front = await startFront({
      model: options.model,
      upstream: prism.url,
      port: options.port,
      host: options.host,
      seed: options.seed,
      delay: options.delay,
      onNote: options.onLine,
    });
    const running = prism;
    return {
      url: front.url,
      exited: running.exited,
      stop: async () => {
        await front.close();
        await running.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await prism?.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
