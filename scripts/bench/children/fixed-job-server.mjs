/**
 * Child process for the client-overhead section: a bare node:http server on
 * 127.0.0.1 that answers every request with the same Job JSON (argv[2]).
 */
import http from "node:http";
import { announceAndGuard } from "./server-lifetime.mjs";

const body = Buffer.from(process.argv[2] ?? "{}");
const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length, "x-request-id": "req_bench" });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => announceAndGuard(server.address().port, () => new Promise((r) => server.close(r))));
