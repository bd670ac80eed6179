// The job worker: `tsx scripts/worker.ts` with DATABASE_URL (and optionally SMTP_URL, PUBLIC_URL, EMAIL_FROM).
// Works every notification queue until SIGINT/SIGTERM, then lets running jobs finish and stops.
import { pathToFileURL } from "node:url";
import { env } from "../lib/env";
import { startCalibrationJob } from "../lib/calibration/calibration-job";
import { getBoss, QUEUES, stopBoss } from "../lib/jobs/boss";
import { WORKER_HEARTBEAT_SECONDS, WORKER_INSTANCE_NAME } from "../lib/jobs/worker-status";
import { workQueues } from "../lib/jobs/work-queues";
import { logger } from "../lib/logger";
import { scheduleCalendarRefresh } from "../lib/external-calendars/calendar-jobs";
import { scheduleMatchSweep } from "../lib/matching/match-jobs";
import { handleJob, type JobContext } from "../lib/notifications/handle-job";

export interface WorkerOptions {
  /** How often pg-boss checks for expired jobs (those of a worker that died); default 10 s. */
  superviseIntervalSeconds?: number;
  /** How often expired jobs are found and retried; default 10 s. */
  monitorIntervalSeconds?: number;
  pollingIntervalSeconds?: number;
  /** The backstop poll while LISTEN/NOTIFY wakes the worker (default 10 s). */
  notifyPollingIntervalSeconds?: number;
  /** Test hook: SIGKILL this process right after an e-mail's outbox row is claimed. */
  crashAfterClaim?: boolean;
  /** Test hook: SIGKILL this process after a job's e-mails went out, before pg-boss hears it completed. */
  crashBeforeAck?: boolean;
}

export interface RunningWorker {
  stop(): Promise<void>;
}

export async function runWorker(options: WorkerOptions = {}): Promise<RunningWorker> {
  env(); // a bad environment stops the worker here, with a sentence that names the variable
  const boss = await getBoss({
    supervise: true,
    schedule: true,
    // Jobs in hand query through lib/db's pool; pg-boss's own fetches, settles and maintenance use these.
    poolSize: 5,
    listen: true,
    instanceName: WORKER_INSTANCE_NAME,
    instanceHeartbeatSeconds: WORKER_HEARTBEAT_SECONDS,
    // A dead worker's jobs are found within this of their one-minute expiry (pg-boss's default: 60 s).
    superviseIntervalSeconds: options.superviseIntervalSeconds ?? 10,
    monitorIntervalSeconds: options.monitorIntervalSeconds ?? 10,
  });
  const hooks: JobContext["hooks"] = options.crashAfterClaim
    ? { afterClaim: () => void process.kill(process.pid, "SIGKILL") }
    : undefined;
  await workQueues(
    boss,
    async (name, job) => {
      const outcome = await handleJob(name, job.data, {
        jobId: job.id,
        attempt: job.retryCount,
        ...(hooks ? { hooks } : {}),
      });
      if (options.crashBeforeAck) process.kill(process.pid, "SIGKILL");
      return outcome;
    },
    {
      ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
      ...(options.notifyPollingIntervalSeconds
        ? { notifyPollingIntervalSeconds: options.notifyPollingIntervalSeconds }
        : {}),
    },
  );
  await startCalibrationJob(boss);
  await scheduleMatchSweep(boss);
  await scheduleCalendarRefresh(boss);
  logger.info({ queues: Object.values(QUEUES) }, "worker started");
  return {
    async stop() {
      await stopBoss();
      logger.info("worker stopped");
    },
  };
}

async function main() {
  const seconds = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
  // Listen for the stop signal before starting: a worker asked to stop while it is still starting
  // may fail on a connection its database closed meanwhile (a PostgreSQL stopping with its host);
  // when a stop was asked for that is a stop, not an error.
  let worker: RunningWorker | undefined;
  let stopSignal: string | null = null;
  let stopAsked: () => void = () => {};
  const stopRequested = new Promise<void>((resolve) => (stopAsked = resolve));
  const stopAndExit = (running: RunningWorker) =>
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "worker did not stop cleanly");
        process.exit(1);
      },
    );
  const shutdown = (signal: string) => {
    if (stopSignal) return;
    stopSignal = signal;
    logger.info({ signal }, "worker stopping");
    stopAsked();
    if (worker) void stopAndExit(worker);
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));

  try {
    worker = await runWorker({
      superviseIntervalSeconds: seconds("WORKER_SUPERVISE_INTERVAL_SECONDS"),
      monitorIntervalSeconds: seconds("WORKER_MONITOR_INTERVAL_SECONDS"),
      pollingIntervalSeconds: seconds("WORKER_POLLING_INTERVAL_SECONDS"),
      notifyPollingIntervalSeconds: seconds("WORKER_NOTIFY_POLLING_INTERVAL_SECONDS"),
      crashAfterClaim: process.env.WORKER_CRASH_AFTER_CLAIM === "1",
      crashBeforeAck: process.env.WORKER_CRASH_BEFORE_ACK === "1",
    });
  } catch (error) {
    // The database may end the connection a moment before the signal reaches this process.
    await Promise.race([stopRequested, new Promise((r) => setTimeout(r, 1_000))]);
    if (!stopSignal) throw error;
    logger.info({ signal: stopSignal }, "worker stopped while starting");
    process.exit(0);
  }
  if (stopSignal) await stopAndExit(worker);
  // Tells a supervisor (npm start, lib/platform/supervise.mts) that this start succeeded.
  process.send?.("ready");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    logger.error({ err: error }, "worker failed to start");
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
