/**
 * A real PostgreSQL server for the tests: Debian's postgresql binaries,
 * `initdb` into a temp folder and `pg_ctl start` on a free 127.0.0.1 port.
 * PostgreSQL refuses to run as root, so as root the folder is handed to the
 * `postgres` user (or `nobody`) and the binaries run through `runuser`.
 * `stop()` always stops the server and removes the folder; call it in
 * afterAll (it is safe to call twice, and after a failed start).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export interface PostgresServer {
  /** postgres://… of the server's `postgres` database. */
  url: string;
  /** A new, empty database on the server; its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** The folder with initdb and pg_ctl: on PATH, or the newest /usr/lib/postgresql/N/bin. */
export function postgresBinDir(): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"))) return dir;
  }
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], "bin") : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The unprivileged user to run as when we are root: uid, gid and name. */
function runAs(): { name: string; uid: number; gid: number } | null {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return null;
  for (const name of ["postgres", "nobody"]) {
    const id = spawnSync("id", ["-u", name], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
    if (id.status === 0 && gid.status === 0) return { name, uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
  }
  throw new Error("running as root and there is neither a postgres nor a nobody user to run PostgreSQL as");
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBinDir();
  if (!bin)
    throw new Error(
      "PostgreSQL is not installed (initdb not found on PATH or in /usr/lib/postgresql/*/bin): run `node scripts/test-setup.js` as root, or apt-get install postgresql",
    );
  const user = runAs();
  const dir = mkdtempSync(path.join(os.tmpdir(), "vantage-pg-"));
  const data = path.join(dir, "data");
  const log = path.join(dir, "server.log");
  if (user) {
    chmodSync(dir, 0o700);
    chownSync(dir, user.uid, user.gid);
  }
  const run = (tool: string, args: string[]) => {
    const command = user ? "runuser" : path.join(bin, tool);
    const argv = user ? ["-u", user.name, "--", path.join(bin, tool), ...args] : args;
    const result = spawnSync(command, argv, { encoding: "utf8", cwd: dir, timeout: 120_000, env: { ...process.env, LC_ALL: "C", LANG: "C" } });
    if (result.status !== 0) {
      const serverLog = existsSync(log) ? readFileSync(log, "utf8").slice(-2000) : "";
      throw new Error(`${tool} ${args.join(" ")} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}${serverLog}`);
    }
  };
  let started = false;
  const stop = async () => {
    try {
      if (started) run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      // Already gone.
    } finally {
      started = false;
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    const port = await freePort();
    started = true;
    run("pg_ctl", [
      "-D",
      data,
      "-l",
      log,
      "-w",
      "-t",
      "120",
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
      "start",
    ]);
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    return {
      url,
      stop,
      createDatabase: async (name) => {
        if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(`CREATE DATABASE ${name}`);
        } finally {
          await client.end();
        }
        return `postgres://postgres@127.0.0.1:${port}/${name}`;
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
