import fastifyMultipart from "@fastify/multipart";
import { createRoutesPlugin } from "./runtime/plugin.js";
import { api } from "./routes.js";
const vantageRoutes = createRoutesPlugin(api, fastifyMultipart);
export * from "./handlers.js";
import { api as api2 } from "./routes.js";
import { HttpError } from "./runtime/errors.js";
export {
  HttpError,
  api2 as api,
  vantageRoutes
};
