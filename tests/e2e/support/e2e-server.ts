/**
 * The server Playwright starts: a fresh database from the migrations with the
 * demo seed, and `next start` on E2E_PORT in demo mode. Dropped on exit.
 */
import { spawn } from "node:child_process";
import { createPrismaClient } from "../../../lib/db";
import { releaseStopSignals } from "../../../lib/platform/embedded-postgres";
import { freePort } from "../../../lib/platform/free-port";
import { serveCommand } from "../../../lib/platform/serve-command";
import { seed } from "../../../prisma/seed";
import {
  createMigratedDatabase,
  dropDatabase,
  dropOrphanDatabases,
  resolveTestServer,
  uniqueDatabaseName,
} from "../../setup/test-server";
import { forgetE2eDatabaseUrl, publishE2eDatabaseUrl } from "./e2e-database";

const root = process.cwd();
const port = process.env.E2E_PORT ?? "3107";

async function main() {
  const server = await resolveTestServer();
  await dropOrphanDatabases(server.adminUrl);
  const name = uniqueDatabaseName("mockloop_e2e");
  const url = await createMigratedDatabase(server.adminUrl, name);
  const db = createPrismaClient(url, 2);
  await seed(db);
  await db.$disconnect();
  await publishE2eDatabaseUrl(port, url);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: url,
    DEMO_MODE: "1",
    PUBLIC_URL: `http://localhost:${port}`,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-0123456",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    // The external-calendars spec serves its .ics from 127.0.0.1, which production refuses (decision 0026).
    CALENDAR_ALLOW_PRIVATE_ADDRESSES: "1",
    // The worker polls every second so e-mails reach the outbox page quickly.
    WORKER_POLLING_INTERVAL_SECONDS: "1",
    // The live room's sync server, which the app processes pass `/collab` upgrades to.
    COLLAB_PORT: String(await freePort()),
  };
  // Node with tsx's loader, not the tsx command, here and in playwright.config.ts: the command SIGKILLs a child that
  // takes over 30 ms to answer SIGTERM, which cut this cleanup short and left e2e databases behind.
  const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    cwd: root,
    stdio: "inherit",
    env,
  });
  const collab = spawn(process.execPath, ["--import", "tsx", "scripts/collab.ts"], {
    cwd: root,
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env,
  });
  // The app answers health (Playwright's signal to start) only once the sync server listens, so the first
  // live-room test never meets a /collab upgrade with nothing behind it.
  await new Promise<void>((resolve, reject) => {
    collab.on("message", (message) => message === "ready" && resolve());
    collab.once("exit", (code) => reject(new Error(`the sync server stopped before it was ready (exit ${code})`)));
  });
  // As `npm start` serves: two app processes on one port (decision 0015), so every browser test also
  // checks that nothing depends on a request reaching the process that saw the one before it.
  const serve = serveCommand(root, port);
  const app = spawn(serve.command, serve.args, {
    cwd: root,
    stdio: "inherit",
    env: { ...env, WEB_CONCURRENCY: "2" },
  });

  let cleaning = false;
  const cleanup = async () => {
    if (cleaning) return;
    cleaning = true;
    // Give the app and worker a few seconds to stop, then insist: the database must be
    // dropped before Playwright's own shutdown timeout ends this process.
    await Promise.all(
      [app, worker, collab].map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 4_000);
        await exited;
        clearTimeout(timer);
      }),
    );
    await forgetE2eDatabaseUrl(port);
    await dropDatabase(server.adminUrl, name).catch((error: unknown) =>
      console.error("could not drop the e2e database", error),
    );
    await server.close();
    process.exit(0);
  };
  // Without this, embedded-postgres's exit hook (loaded with the test server's helpers) answered SIGTERM by exiting
  // at once, before the cleanup below, and every run left its database behind.
  releaseStopSignals();
  process.on("SIGTERM", () => void cleanup());
  process.on("SIGINT", () => void cleanup());
  app.once("exit", () => void cleanup());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
