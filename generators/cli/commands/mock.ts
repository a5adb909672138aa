/**
 * `vantage-codegen mock [--spec F] [--port 4010] [--dynamic] [--seed N]
 * [--delay MS] [--stateful [--data FILE]]`: a mock of the API on 127.0.0.1
 * until Ctrl-C.
 * - default: Prism behind our front server (generators/mock/front.ts), which
 *   keeps every answer valid against the spec and in the API's error format;
 * - `--stateful`: the project's own generated server for the spec, with
 *   handlers over an in-memory store (generators/mock/stateful/).
 */
import { parseArgs } from "node:util";
import { loadSpec, DEFAULT_SPEC } from "../../load/load.js";
import { buildModel } from "../../model/model.js";
import { isPortFree } from "../../runners/prism.js";
import { clientVariable } from "../../emit/samples.js";
import { PREFER_OPTIONS, MAX_DELAY_MS } from "../../mock/prefer.js";
import { untilStopped } from "../signals.js";

const HOST = "127.0.0.1";

export async function mockCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      spec: { type: "string", default: DEFAULT_SPEC },
      port: { type: "string", default: "4010" },
      dynamic: { type: "boolean", default: false },
      seed: { type: "string" },
      delay: { type: "string" },
      stateful: { type: "boolean", default: false },
      data: { type: "string" },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`vantage-codegen mock: --port must be a port number (1-65535), got "${values.port}"`);
    return 2;
  }
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) {
    console.error(`vantage-codegen mock: --seed must be a whole number, got "${values.seed}"`);
    return 2;
  }
  const delay = values.delay === undefined ? undefined : Number(values.delay);
  if (delay !== undefined && (!Number.isInteger(delay) || delay < 0 || delay > MAX_DELAY_MS)) {
    console.error(`vantage-codegen mock: --delay must be milliseconds (0-${MAX_DELAY_MS}), got "${values.delay}"`);
    return 2;
  }
  if (values.data !== undefined && !values.stateful) {
    console.error("vantage-codegen mock: --data needs --stateful (it is where the stateful mock keeps its store)");
    return 2;
  }
  if (values.stateful && values.dynamic) {
    console.error("vantage-codegen mock: --stateful and --dynamic don't mix (the stateful mock answers with what was stored)");
    return 2;
  }
  if (!(await isPortFree(port, HOST))) {
    console.error(`vantage-codegen mock: port ${port} on ${HOST} is already in use. Stop what is using it or pick another with --port.`);
    return 1;
  }
  const { document, file } = await loadSpec(values.spec!);
  const model = buildModel(document, { specFile: file });
  // Installed before anything starts, so a Ctrl-C during start-up still cleans up.
  const stopped = untilStopped();
  const onLine = (line: string) => console.error(line);
  let mock;
  let notes: string[] = [];
  try {
    if (values.stateful) {
      const { startStatefulMock } = await import("../../mock/stateful/index.js");
      const stateful = await startStatefulMock({ model, port, host: HOST, seed, delay, dataFile: values.data, onLine });
      notes = stateful.notes;
      mock = stateful;
    } else {
      const { startPrismMock } = await import("../../mock/prism-mock.js");
      mock = await startPrismMock({ model, port, host: HOST, dynamic: values.dynamic, seed, delay, onLine });
    }
  } catch (error) {
    console.error(`vantage-codegen mock: ${(error as Error).message}`);
    return 1;
  }
  const client = clientVariable(model);
  const mode = values.stateful
    ? `stateful: an in-memory store${values.data ? ` saved to ${values.data}` : ""}, seeded from the spec's examples`
    : values.dynamic
      ? `generated data, seed ${seed}`
      : "the spec's examples";
  console.log(
    [
      "",
      `Mock of ${model.title || "the API"} at ${mock.url} (${mode}${delay ? `, ${delay} ms delay` : ""}; Ctrl-C to stop)`,
      `Point the SDK at it:  const ${client} = new ${model.clientName}({ baseUrl: "${mock.url}", apiKey: "test" });`,
      `Pick a response with the Prefer header:`,
      ...PREFER_OPTIONS.map(([option, what]) => `  Prefer: ${option.padEnd(16)} ${what}`),
      ...notes,
      "",
    ].join("\n"),
  );
  const outcome = await Promise.race([stopped.then(() => "signal" as const), mock.exited.then((code) => code)]);
  if (outcome !== "signal") {
    console.error(`vantage-codegen mock: the mock stopped unexpectedly (exit ${outcome}).`);
    await mock.stop();
    return 1;
  }
  await mock.stop();
  console.error("mock server stopped");
  return 0;
}
