/**
 * Starts a server as a child Node process and stops it. The child prints one
 * JSON line `{"port": N}` once it listens on 127.0.0.1, exits when its stdin
 * closes (so it never outlives the bench) and after `lifetimeMs` at most.
 */
import { spawn } from "node:child_process";
import readline from "node:readline";

const running = new Set();

export async function startChildServer(script, { args = [], env = {}, lifetimeMs = 15 * 60_000, startTimeoutMs = 30_000 } = {}) {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, ...env, BENCH_SERVER_LIFETIME_MS: String(lifetimeMs) },
    stdio: ["pipe", "pipe", "inherit"],
  });
  running.add(child);
  child.on("exit", () => running.delete(child));
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in ${startTimeoutMs} ms`)), startTimeoutMs);
    const lines = readline.createInterface({ input: child.stdout });
    lines.once("line", (line) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(line).port);
      } catch {
        reject(new Error(`${script}: expected {"port": N}, got ${line}`));
      }
    });
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code} before listening`)));
  }).catch((error) => {
    stop(child);
    throw error;
  });
  return { url: `http://127.0.0.1:${port}`, port, pid: child.pid, stop: () => stop(child) };
}

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 3000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.stdin.end();
    child.kill("SIGTERM");
  });
}

/** Stops every child still running (on exit or Ctrl-C). */
export function stopAllChildServers() {
  return Promise.all([...running].map(stop));
}
