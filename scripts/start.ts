/**
 * `npm start` (and `npm run dev` with --dev): one command from a fresh clone.
 * Run by `node --import tsx`, not the tsx command: that one relays Ctrl-C and SIGKILLs
 * a child that has not answered within 30 ms, which a busy machine cut mid-stop.
 * With no DATABASE_URL it runs an embedded PostgreSQL in MOCKLOOP_DATA_DIR
 * (default .data/), migrates, seeds when needed, builds when the build is not
 * current, and serves on PORT (default 3000). Ctrl-C stops everything.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createPrismaClient } from "../lib/db";
import { isDemoMode } from "../lib/auth/demo-mode";
import { parseEnv } from "../lib/env";
import { applyMigrations } from "../lib/platform/apply-migrations";
import { loadOrCreateAuthSecret } from "../lib/platform/auth-secret";
import { appNodeOptions } from "../lib/platform/app-heap";
import { buildIfNeeded } from "../lib/platform/build-state";
import { serveCommand } from "../lib/platform/serve-command";
import { createEmbeddedServer, ensureDatabase, type EmbeddedServer } from "../lib/platform/embedded-postgres";
import { freePort } from "../lib/platform/free-port";
import { superviseChild, type SupervisedChild } from "../lib/platform/supervise.mts";
import { seedIfNeeded } from "../prisma/seed";
import { checkDatabaseUrl, checkDataDir, checkPortFree } from "../lib/platform/startup-checks";
import { requireAuthSecret } from "../lib/env";

const root = process.cwd();
const dev = process.argv.includes("--dev");
const say = (line: string) => console.log(`[mockloop] ${line}`);

let embedded: EmbeddedServer | undefined;
let child: ChildProcess | undefined;
let worker: SupervisedChild | undefined;
let collab: SupervisedChild | undefined;
let stopping = false;
let stopped: Promise<never> | undefined;

/**
 * The app and the worker stop first, PostgreSQL last, so nothing they do while stopping meets
 * a closed database. Once only: a second signal (a second Ctrl-C) waits for the same stop
 * instead of cutting it short.
 */
function shutdown(code: number): Promise<never> {
  stopped ??= (async () => {
    stopping = true;
    say("stopping…");
    await Promise.all([stopChild(child), worker?.stop(), collab?.stop()]);
    await embedded?.stop();
    say("stopped");
    process.exit(code);
  })();
  return stopped;
}

async function stopChild(p: ChildProcess | undefined): Promise<void> {
  if (!p || p.exitCode !== null || p.signalCode !== null) return;
  const exited = new Promise((resolve) => p.once("exit", resolve));
  p.kill("SIGTERM");
  await exited;
}

/** A TypeScript script under npm start's supervisor; it says "ready" over IPC once it works. */
function superviseScript(name: string, script: string, env: NodeJS.ProcessEnv): SupervisedChild {
  return superviseChild({
    name,
    spawn: () =>
      // Node itself, not the tsx binary: tsx would run the script in a grandchild, out of the IPC channel's reach.
      spawn(process.execPath, ["--import", "tsx", script], {
        stdio: ["inherit", "inherit", "inherit", "ipc"],
        env,
        cwd: root,
      }),
    say,
    onGiveUp: () => void shutdown(1),
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { stdio: "inherit", env, cwd: root });
}

async function main(): Promise<void> {
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

  if (!env.DATABASE_URL) {
    const dataDir = path.resolve(root, env.MOCKLOOP_DATA_DIR || ".data");
    say(`no DATABASE_URL: starting embedded PostgreSQL in ${dataDir}`);
    await checkDataDir(dataDir);
    // The server runs in a process group of its own (Ctrl-C does not reach it) and leaves SIGINT and
    // SIGTERM to shutdown() above, which stops it last (docs/decisions/0002-embedded-postgres.md).
    embedded = await createEmbeddedServer({
      dataDir: path.join(dataDir, "pg"),
      port: await freePort(),
      callerHandlesSignals: true,
      // Restarted when it dies; a server restarted from outside is followed and stopped with us (decision 0021).
      supervise: {
        report: say,
        giveUp: (reason) => {
          say(`${reason}; stopping`);
          void shutdown(1);
        },
      },
    });
    await embedded.start();
    await ensureDatabase(embedded.url(), "mockloop");
    env.DATABASE_URL = embedded.url("mockloop");
    env.MOCKLOOP_EMBEDDED = "1";
    env.AUTH_SECRET ||= loadOrCreateAuthSecret(dataDir);
  }
  env.PORT ||= "3000";
  env.PUBLIC_URL ||= `http://localhost:${env.PORT}`;
  // Stops here, naming the variable, if one is bad. Production (not --dev) needs AUTH_SECRET.
  const config = parseEnv({ ...env, NODE_ENV: dev ? "development" : "production" });
  requireAuthSecret(config);
  // Before anything claims to serve: one sentence each, not a raw EADDRINUSE or a silent hang.
  await checkPortFree(config.PORT);
  await checkDatabaseUrl(config.DATABASE_URL);

  const migrations = await applyMigrations(config.DATABASE_URL, { log: say });
  if (isDemoMode(config)) {
    const db = createPrismaClient(config.DATABASE_URL, 2);
    try {
      if (await seedIfNeeded(db, migrations.applied.length > 0)) say("demo data seeded");
    } finally {
      await db.$disconnect();
    }
  }

  const next = path.join(root, "node_modules", ".bin", "next");
  if (!dev && !(await buildIfNeeded(root, env, say))) {
    say("the build failed; see above");
    return shutdown(1);
  }

  // The job worker (e-mails, invites, reminders) and the live room's sync server (the app processes pass
  // `/collab` upgrades to it, decision 0022) run beside the app on the same database. One that dies is
  // started again and the site keeps serving; only one that keeps failing at start stops npm start
  // (lib/platform/supervise.mts says why).
  env.COLLAB_PORT ||= String(await freePort());
  worker = superviseScript("the job worker", "scripts/worker.ts", env);
  collab = superviseScript("the sync server", "scripts/collab.ts", env);
  say(`serving http://localhost:${config.PORT}`);
  // Production runs one app process per core (WEB_CONCURRENCY) on the one port: decision 0015.
  const { command, args } = dev
    ? { command: next, args: ["dev", "-p", String(config.PORT)] }
    : serveCommand(root, config.PORT);
  child = run(command, args, {
    ...env,
    NODE_ENV: dev ? "development" : "production",
    // Production gets a container-sized heap (lib/platform/app-heap.ts); dev keeps V8's default.
    // Dev runs no cluster launcher, so the /collab proxy is preloaded here (decision 0022).
    ...(dev
      ? {
          NODE_OPTIONS:
            `${env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(path.join(root, "scripts", "collab-proxy.mts")).href}`.trim(),
        }
      : { NODE_OPTIONS: appNodeOptions(env.NODE_OPTIONS) }),
  });
  child.once("exit", (code) => {
    if (!stopping) void shutdown(code ?? 1);
  });
}

main().catch((error: unknown) => {
  console.error(`[mockloop] ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});
