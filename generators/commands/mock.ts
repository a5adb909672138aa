/**
 * `vantage-codegen mock [--spec F] [--port 4010] [--dynamic]`: bundles the
 * spec to a temp file, runs Prism on 127.0.0.1 until Ctrl-C, then removes the
 * temp file and exits 0.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadSpec, DEFAULT_SPEC } from "../load.js";
import { buildModel } from "../model.js";
import { isPortFree, startPrism } from "../prism.js";
import { clientVariable } from "../docs/samples.js";
import { untilStopped } from "./signals.js";

const HOST = "127.0.0.1";

export async function mockCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      spec: { type: "string", default: DEFAULT_SPEC },
      port: { type: "string", default: "4010" },
      dynamic: { type: "boolean", default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`vantage-codegen mock: --port must be a port number (1-65535), got "${values.port}"`);
    return 2;
  }
  if (!(await isPortFree(port, HOST))) {
    console.error(`vantage-codegen mock: port ${port} on ${HOST} is already in use. Stop what is using it or pick another with --port.`);
    return 1;
  }
  const { document, file } = await loadSpec(values.spec!);
  const model = buildModel(document, { specFile: file });
  const dir = mkdtempSync(path.join(os.tmpdir(), "vantage-mock-"));
  // Installed before Prism starts, so a Ctrl-C during start-up still cleans up.
  const stopped = untilStopped();
  try {
    const specFile = path.join(dir, "openapi.json");
    writeFileSync(specFile, JSON.stringify(document));
    const mock = await startPrism({ specFile, port, host: HOST, dynamic: values.dynamic, onLine: (line) => console.error(line) });
    const client = clientVariable(model);
    console.log(
      [
        "",
        `Mock of ${model.title || "the API"} at ${mock.url} (${values.dynamic ? "generated data" : "the spec's examples"}; Ctrl-C to stop)`,
        `Point the SDK at it:  const ${client} = new ${model.clientName}({ baseUrl: "${mock.url}", apiKey: "test" });`,
        `Pick a response:      Prefer: code=404  or  Prefer: example=<name>`,
        "",
      ].join("\n"),
    );
    const outcome = await Promise.race([stopped.then(() => "signal" as const), mock.exited.then((code) => code)]);
    if (outcome !== "signal") {
      console.error(`vantage-codegen mock: Prism stopped unexpectedly (exit ${outcome}).`);
      return 1;
    }
    await mock.stop();
    console.error("mock server stopped");
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
