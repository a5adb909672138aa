/**
 * A real HTTP server on 127.0.0.1 and an ephemeral port, for tests that must
 * exercise the network path rather than a faked fetch. Records every request.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the server saw it. */
export interface RecordedRequest {
  method: string;
  /** Path plus query string, exactly as sent. */
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
  /** Milliseconds since the server started, when the request arrived. */
  at: number;
}

/** Answers one request; `index` counts requests from 0. The result is awaited and otherwise ignored. */
export type TestHandler = (req: RecordedRequest, res: ServerResponse, index: number) => unknown;

/** A running test server. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Every request received so far, in arrival order. */
  requests: RecordedRequest[];
  /** Replaces the handler (and clears `requests`) between tests. */
  handle(handler: TestHandler): void;
  /** Closes the server and any open sockets. */
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1, port 0. Always close it in afterAll/finally. */
export async function startTestServer(initial?: TestHandler): Promise<TestServer> {
  let handler: TestHandler = initial ?? ((_req, res) => res.end());
  const requests: RecordedRequest[] = [];
  const startedAt = Date.now();
  const server = createServer((req, res) => {
    const at = Date.now() - startedAt;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks),
        at,
      };
      const index = requests.push(recorded) - 1;
      // A throwing handler must answer (599) rather than leave the client hanging.
      Promise.resolve()
        .then(() => handler(recorded, res, index))
        .catch((error: unknown) => {
          res.statusCode = 599;
          res.end(String(error));
        });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    handle(next) {
      handler = next;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes a JSON response. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), ...headers });
  res.end(text);
}
