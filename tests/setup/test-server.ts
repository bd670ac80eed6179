import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../lib/platform/apply-migrations";
import { createEmbeddedServer } from "../../lib/platform/embedded-postgres";
import { canConnect, freePort } from "../../lib/platform/free-port";

/**
 * Finds a PostgreSQL server for a test run: TEST_DATABASE_URL if set, else the
 * server at 127.0.0.1:5432 if one answers, else an embedded one started here.
 * Every run works in databases of its own, made and dropped by the run.
 */
export const DEFAULT_PROBE_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestServer {
  /** URL of the server's maintenance database. */
  adminUrl: string;
  kind: "given" | "local" | "embedded";
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1", ""]);

/** Refuses anything but this machine: a test run drops databases. */
export function assertLocalDatabaseUrl(url: string): void {
  let host: string;
  try {
    const parsed = new URL(url);
    host = parsed.hostname;
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error("not postgres");
  } catch {
    throw new Error(`Tests refuse to run: ${url.replace(/:[^:@/]*@/, ":***@")} is not a PostgreSQL URL.`);
  }
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(
      `Tests refuse to run against ${host}: they create and drop databases, so only a local server is allowed.`,
    );
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function resolveTestServer(
  options: { probeUrl?: string; log?: (line: string) => void } = {},
): Promise<TestServer> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    assertLocalDatabaseUrl(given);
    return { adminUrl: given, kind: "given", close: async () => {} };
  }
  const probeUrl = options.probeUrl ?? process.env.TEST_PG_PROBE_URL ?? DEFAULT_PROBE_URL;
  const probe = new URL(probeUrl);
  if (await canConnect(probe.hostname, Number(probe.port || 5432))) {
    return { adminUrl: probeUrl, kind: "local", close: async () => {} };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "mockloop-test-pg-"));
  const server = await createEmbeddedServer({
    dataDir: path.join(dir, "data"),
    port: await freePort(),
    log: options.log,
    durable: false, // throwaway test data: speed over crash safety
  });
  await server.start();
  return {
    adminUrl: server.url(),
    kind: "embedded",
    async close() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function admin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** A database built from the migrations, to be used as a template (CREATE DATABASE … TEMPLATE is fast). */
export async function createMigratedDatabase(adminUrl: string, name: string): Promise<string> {
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${quote(name)}`));
  const url = withDatabase(adminUrl, name);
  await applyMigrations(url);
  return url;
}

export async function cloneDatabase(adminUrl: string, template: string, name: string): Promise<string> {
  // Two clones of one template at the same instant can collide ("being accessed by other users"): retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template)}`));
      return withDatabase(adminUrl, name);
    } catch (error) {
      if (attempt >= 20 || !String(error).includes("being accessed")) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}

/**
 * Drops databases that earlier test runs made and could not drop (a run that was
 * killed, a server stopped by force). Names carry the creating process's pid;
 * a database is only dropped when that process no longer exists.
 */
export async function dropOrphanDatabases(adminUrl: string): Promise<string[]> {
  const names = await admin(adminUrl, async (c) =>
    (
      await c.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname ~ '^mockloop_(e2e|test|tmpl|mig)_[0-9]+_'`,
      )
    ).rows.map((r) => r.datname),
  );
  const orphans = names.filter((name) => {
    const pid = Number(/^mockloop_(?:e2e|test|tmpl|mig)_(\d+)_/.exec(name)?.[1]);
    try {
      process.kill(pid, 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "ESRCH";
    }
  });
  for (const name of orphans) await dropDatabase(adminUrl, name).catch(() => {});
  return orphans;
}
