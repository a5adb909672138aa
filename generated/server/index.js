import Fastify from "fastify";
import fastifyMultipart from "@fastify/multipart";
import { createRoutesPlugin } from "./runtime/plugin.js";
import { serverOptions } from "./runtime/server-options.js";
import { api } from "./routes.js";
const vantageRoutes = createRoutesPlugin(api, fastifyMultipart);
async function createServer(options) {
  const { server, ...routes } = options;
  const app = Fastify(serverOptions(server));
  await app.register(vantageRoutes, routes);
  return app;
}
export * from "./handlers.js";
import { api as api2 } from "./routes.js";
import { HttpError } from "./runtime/errors.js";
import { serverOptions as serverOptions2, SERVER_DEFAULTS } from "./runtime/server-options.js";
export {
  HttpError,
  SERVER_DEFAULTS,
  api2 as api,
  createServer,
  serverOptions2 as serverOptions,
  vantageRoutes
};
