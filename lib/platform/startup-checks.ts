import { constants } from "node:fs";
import { access, mkdir } from "node:fs/promises";
import net from "node:net";
import pg from "pg";

/**
 * Checks `npm start` makes before it claims to serve, each failing with one sentence that
 * names the setting and what to do, instead of a driver's raw text (issue #21).
 */
export const CONNECT_TIMEOUT_MS = 10_000;

/** Connects once to DATABASE_URL, with a timeout: a server that accepts and never answers used to hang start-up. */
export async function checkDatabaseUrl(url: string, timeoutMs = CONNECT_TIMEOUT_MS): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // pg emits 'error' on the client as well as rejecting connect(); the rejection is what we answer.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new Error(describeConnectError(url, error, timeoutMs), { cause: error });
  } finally {
    await client.end().catch(() => {});
  }
}

export function describeConnectError(url: string, error: unknown, timeoutMs: number): string {
  const target = new URL(url);
  const where = `${target.hostname}:${target.port || 5432}`;
  const database = decodeURIComponent(target.pathname.slice(1)) || decodeURIComponent(target.username);
  const role = decodeURIComponent(target.username) || "(your OS user name)";
  const e = (error ?? {}) as { code?: string; message?: string };
  const start = "MockLoop cannot start:";
  switch (e.code) {
    case "ECONNREFUSED":
      return `${start} DATABASE_URL points at ${where}, where nothing accepts connections. Start PostgreSQL there or correct DATABASE_URL (or unset it: npm start then runs a PostgreSQL of its own).`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `${start} DATABASE_URL names the host "${target.hostname}", which cannot be found. Correct the host in DATABASE_URL.`;
    case "3D000":
      return `${start} DATABASE_URL names the database "${database}", which does not exist on ${where}. Create it (createdb ${database}) or correct DATABASE_URL.`;
    case "28000":
    case "28P01":
      return `${start} PostgreSQL at ${where} refused the role "${role}" given in DATABASE_URL (${e.message ?? "not allowed"}). Create the role or correct the user name and password in DATABASE_URL.`;
    case "57P03":
    case "53300":
      return `${start} PostgreSQL at ${where} is not taking connections right now (${e.message ?? e.code}). Try again in a moment.`;
  }
  if (/timeout/i.test(e.message ?? "")) {
    return `${start} PostgreSQL at ${where} (DATABASE_URL) accepted the connection but did not answer within ${timeoutMs / 1000} s. Check that DATABASE_URL points at PostgreSQL and that the server is not stuck.`;
  }
  return `${start} cannot use the database in DATABASE_URL (${where}): ${e.message ?? String(error)}.`;
}

/** Fails before anything claims to serve on PORT when another program holds it. */
export async function checkPortFree(port: number): Promise<void> {
  const server = net.createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, resolve); // all addresses, as the app itself listens
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      throw new Error(
        `MockLoop cannot start: PORT ${port} is already in use by another program. Stop that program, or set PORT to a free port (e.g. PORT=${port + 1} npm start).`,
      );
    }
    if (code === "EACCES") {
      throw new Error(
        `MockLoop cannot start: PORT ${port} needs privileges this user lacks. Set PORT to 1024 or above.`,
      );
    }
    throw error;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** The data folder must exist and take writes: a read-only one used to fail later with a misleading ENOENT from mkdir. */
export async function checkDataDir(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true });
    await access(dataDir, constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new Error(
      `MockLoop cannot start: its data folder ${dataDir} (MOCKLOOP_DATA_DIR) cannot be written (${code}). ` +
        `npm start keeps its database and sign-in secret there: make the folder writable, or set MOCKLOOP_DATA_DIR to one that is.`,
      { cause: error },
    );
  }
}
