/**
 * Child process for the server section: bare Fastify routes, no schemas, no
 * plugin, returning the same fixed Job (argv[2]) for GET /jobs/:job_id and
 * POST /jobs.
 */
import Fastify from "fastify";
import { announceAndGuard } from "./server-lifetime.mjs";

const job = JSON.parse(process.argv[2]);
const app = Fastify({ logger: false });
app.get("/jobs/:job_id", async () => job);
app.post("/jobs", async (_request, reply) => reply.code(201).send(job));
await app.listen({ host: "127.0.0.1", port: 0 });
announceAndGuard(app.server.address().port, () => app.close());
