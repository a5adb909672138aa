/**
 * Shared by every child server: announce the port, exit when the parent's
 * pipe closes, on SIGTERM, or after BENCH_SERVER_LIFETIME_MS.
 */
export function announceAndGuard(port, close = async () => {}) {
  process.stdout.write(`${JSON.stringify({ port })}\n`);
  let closing = false;
  const exit = () => {
    if (closing) return;
    closing = true;
    Promise.resolve(close()).finally(() => process.exit(0));
  };
  process.stdin.on("end", exit);
  process.stdin.on("error", exit);
  process.stdin.resume();
  process.once("SIGTERM", exit);
  process.once("SIGINT", exit);
  setTimeout(exit, Number(process.env.BENCH_SERVER_LIFETIME_MS ?? 900_000)).unref();
}
