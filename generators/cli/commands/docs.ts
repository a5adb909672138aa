/**
 * `vantage-codegen docs [--spec F] [--out D] [--serve] [--port N]`: the docs
 * site (D/docs/) and the Postman collection it links to (D/postman/), written
 * atomically; --serve then shows D on 127.0.0.1 until Ctrl-C.
 */
import { parseArgs } from "node:util";
import { loadSpec, DEFAULT_SPEC } from "../../load/load.js";
import { buildModel } from "../../model/model.js";
import { mergeFileSets, writeAtomically } from "../../pipeline/output.js";
import { generateDocs } from "../../docs/generate-docs.js";
import { generatePostman } from "../../postman/generate-postman.js";
import { PortInUseError, serveStatic } from "../static-server.js";
import { isPortFree } from "../../runners/prism.js";
import { untilStopped } from "../signals.js";

export async function docsCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      spec: { type: "string", default: DEFAULT_SPEC },
      out: { type: "string", default: "generated" },
      serve: { type: "boolean", default: false },
      port: { type: "string", default: "8080" },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`vantage-codegen docs: --port must be a port number, got "${values.port}"`);
    return 2;
  }
  // Checked before the build, so a taken port fails fast rather than after writing everything.
  if (values.serve && port !== 0 && !(await isPortFree(port))) {
    console.error(`vantage-codegen docs: port ${port} on 127.0.0.1 is already in use; pick another with --port`);
    return 1;
  }
  const { document, file } = await loadSpec(values.spec!);
  const model = buildModel(document, { specFile: file });
  const files = mergeFileSets(await Promise.all([generateDocs(model), generatePostman(model)]));
  writeAtomically(values.out!, ["docs", "postman"], files);
  console.error(`docs: ${values.out}/docs/index.html, ${values.out}/postman/ (${model.operations.length} operations)`);
  if (!values.serve) return 0;

  let server;
  try {
    server = await serveStatic(values.out!, { port, index: "/docs/" });
  } catch (error) {
    if (error instanceof PortInUseError) {
      console.error(`vantage-codegen docs: ${error.message}`);
      return 1;
    }
    throw error;
  }
  console.log(`Docs at ${server.url}/docs/ (Ctrl-C to stop)`);
  await untilStopped();
  await server.close();
  return 0;
}
