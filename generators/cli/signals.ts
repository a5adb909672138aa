/**
 * signals: long-running commands (mock, docs --serve) wait here for Ctrl-C
 * (SIGINT) or SIGTERM, then shut down in order and exit 0 instead of dying
 * mid-cleanup with the default handler.
 */
export function untilStopped(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
