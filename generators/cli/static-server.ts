/**
 * static-server: a small static file server for looking at the generated docs
 * (`vantage-codegen docs --serve`) and for the browser test. Loopback only;
 * never serves anything outside its root.
 */
import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".yaml": "application/yaml; charset=utf-8",
  ".yml": "application/yaml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
};

export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly host: string,
  ) {
    super(`port ${port} on ${host} is already in use; pick another with --port`);
    this.name = "PortInUseError";
  }
}

/**
 * Serves `root`; `/` redirects to `index` (e.g. "/docs/"), and a folder asked
 * for without its trailing slash redirects (301) to the slashed path. Port 0
 * picks a free port.
 */
export async function serveStatic(root: string, options: { port: number; host?: string; index?: string }): Promise<StaticServer> {
  const base = path.resolve(root);
  const host = options.host ?? "127.0.0.1";
  const server: Server = createServer((req, res) => {
    let pathname: string;
    let requested: URL;
    try {
      requested = new URL(req.url ?? "/", "http://localhost");
      pathname = decodeURIComponent(requested.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname === "/" && options.index && options.index !== "/") {
      res.writeHead(302, { Location: options.index }).end();
      return;
    }
    let file = path.join(base, pathname);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) {
        // `/docs` → `/docs/`: the page's relative links (docs.js, ../postman/…) resolve from the folder.
        if (!pathname.endsWith("/")) {
          res.writeHead(301, { Location: `${requested.pathname}/${requested.search}` }).end();
          return;
        }
        file = path.join(file, "index.html");
      }
      const size = statSync(file).size;
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "Content-Length": size,
        "Cache-Control": "no-cache",
      });
      if (req.method === "HEAD") res.end();
      else createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found\n");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => reject(error.code === "EADDRINUSE" ? new PortInUseError(options.port, host) : error));
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
