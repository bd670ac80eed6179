import { fromPrisma, PgBoss, type SendOptions } from "pg-boss";
import type { DbTransaction } from "../db";
import { env } from "../env";
import { logger } from "../logger";

/**
 * The job queue: pg-boss on the app's own PostgreSQL, in its own `pgboss`
 * schema. One PgBoss per process. App instances only send (inside the caller's
 * transaction, so a rolled-back booking enqueues nothing); the worker process
 * (scripts/worker.ts) also supervises and works the queues.
 */
export const QUEUES = {
  confirmation: "booking-confirmation",
  rescheduled: "booking-rescheduled",
  cancelled: "booking-cancelled",
  reminder: "booking-reminder",
  feedbackRequest: "booking-feedback-request",
  feedbackReminder: "feedback-reminder",
  feedbackReady: "feedback-ready",
  matchSweep: "match-sweep",
  calendarRefresh: "calendar-refresh",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * What every queue shares. A failed job is retried with exponential backoff
 * (≈ 5–10 s, then doubling, capped at 30 min: eight tries span about half an
 * hour, enough to ride out an SMTP outage) before it counts as failed. `notify`:
 * a job that is due at once wakes the worker through LISTEN/NOTIFY instead of
 * waiting for its next poll (docs/decisions/0020-job-worker-throughput.md).
 */
const QUEUE_DEFAULTS = {
  retryLimit: 8,
  retryDelay: 10,
  retryBackoff: true,
  retryDelayMax: 30 * 60,
  notify: true,
  // Completed and failed jobs stay two weeks for the admin jobs page.
  deleteAfterSeconds: 14 * 86_400,
};

/**
 * How long a job may run before it is presumed dead (its worker killed) and
 * retried. An e-mail job takes well under a second, and sendEmail bounds each
 * SMTP wait (SMTP_TIMEOUTS_MS), so an attempt still running at a minute is gone:
 * a crash delays an e-mail by about a minute, not pg-boss's 15, and a retry
 * never overlaps a live attempt, which is what keeps the outbox claim exactly-once.
 */
export const EXPIRE_SECONDS: Record<QueueName, number> = {
  [QUEUES.confirmation]: 60,
  [QUEUES.rescheduled]: 60,
  [QUEUES.cancelled]: 60,
  [QUEUES.reminder]: 60,
  // Completes the booking and schedules follow-ups before its e-mails: still seconds.
  [QUEUES.feedbackRequest]: 60,
  [QUEUES.feedbackReminder]: 60,
  [QUEUES.feedbackReady]: 60,
  // Reads every open request; a large backlog may take a while, and a second sweep only yields.
  [QUEUES.matchSweep]: 5 * 60,
  // One calendar takes at most its 15 s deadline per request; a sweep reads up to 200, four at a time.
  [QUEUES.calendarRefresh]: 10 * 60,
};

export const queueOptions = (name: QueueName) => ({ ...QUEUE_DEFAULTS, expireInSeconds: EXPIRE_SECONDS[name] });

export interface BossOptions {
  /** Runs maintenance (expiring jobs of dead workers, retention); the worker does, app instances need not. */
  supervise?: boolean;
  superviseIntervalSeconds?: number;
  /** How often expired jobs (a dead worker's) are looked for; pg-boss's default is 60 s. */
  monitorIntervalSeconds?: number;
  /** Runs pg-boss's cron clock (the hourly calibration); only the worker needs it. */
  schedule?: boolean;
  poolSize?: number;
  /** Holds a LISTEN connection so notify queues wake this process's workers at once (the worker). */
  listen?: boolean;
  /** The name this process is registered under (pg-boss's instance registry, read by the jobs page). */
  instanceName?: string;
  /** How often the registry row is refreshed; it reads as quiet after three missed beats. */
  instanceHeartbeatSeconds?: number;
}

type Holder = { promise: Promise<PgBoss>; url: string };
const globalForBoss = globalThis as unknown as { mockloopBoss?: Holder };

async function startBoss(url: string, options: BossOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: options.poolSize ?? 3,
    application_name: "mockloop-jobs",
    supervise: options.supervise ?? false,
    schedule: options.schedule ?? false,
    migrate: true,
    useListenNotify: options.listen ?? false,
    ...(options.instanceName ? { instanceName: options.instanceName } : {}),
    ...(options.instanceHeartbeatSeconds ? { instanceHeartbeatSeconds: options.instanceHeartbeatSeconds } : {}),
    ...(options.superviseIntervalSeconds ? { superviseIntervalSeconds: options.superviseIntervalSeconds } : {}),
    ...(options.monitorIntervalSeconds ? { monitorIntervalSeconds: options.monitorIntervalSeconds } : {}),
  });
  // Without a listener an 'error' event would crash the process (a dropped connection, a failed poll).
  // Logged short: pg errors carry their whole client object.
  boss.on("error", (error: Error & { code?: string }) =>
    logger.error({ error: error.message, code: error.code }, "job queue error"),
  );
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    // createQueue leaves an existing queue as it was: bring an older one's settings up to date. Every
    // process does, so none keeps inserting without the NOTIFY until its queue cache refreshes (60 s).
    await boss.createQueue(name, queueOptions(name));
    await boss.updateQueue(name, queueOptions(name));
  }
  return boss;
}

/**
 * The process's PgBoss, started on first use. Options only apply to the first
 * call in a process (the worker calls it first, with `supervise: true`).
 */
export function getBoss(options: BossOptions = {}): Promise<PgBoss> {
  const url = env().DATABASE_URL;
  const held = globalForBoss.mockloopBoss;
  if (held && held.url === url) return held.promise;
  const promise = startBoss(url, options);
  globalForBoss.mockloopBoss = { promise, url };
  // A failed start is not cached: the next enqueue tries again.
  promise.catch(() => {
    if (globalForBoss.mockloopBoss?.promise === promise) globalForBoss.mockloopBoss = undefined;
  });
  return promise;
}

/** Stops the process's PgBoss (workers finish their current job within `timeoutMs`) and closes its pool. */
export async function stopBoss(timeoutMs = 10_000): Promise<void> {
  const held = globalForBoss.mockloopBoss;
  if (!held) return;
  globalForBoss.mockloopBoss = undefined;
  const boss = await held.promise.catch(() => undefined);
  await boss?.stop({ graceful: true, timeout: timeoutMs });
}

export type EnqueueOptions = Pick<SendOptions, "startAfter" | "singletonKey" | "expireInSeconds" | "retryLimit">;

/**
 * Sends a job inside the caller's Prisma transaction (pg-boss's Prisma adapter
 * runs its INSERT on `tx`): it exists only if the transaction commits.
 */
export async function enqueue(
  tx: DbTransaction,
  name: QueueName,
  data: object,
  options: EnqueueOptions = {},
): Promise<string | null> {
  const boss = await getBoss();
  return boss.send(name, data, { ...options, db: fromPrisma(tx) });
}

/**
 * Cancels a booking's jobs that have not run yet (reminders, feedback request),
 * inside the caller's transaction. The handlers also re-check the booking, so
 * this only keeps the queue tidy.
 */
export async function cancelQueuedJobs(tx: DbTransaction, name: QueueName, data: object): Promise<number> {
  const boss = await getBoss();
  const db = fromPrisma(tx);
  const jobs = await boss.findJobs(name, { data, queued: true, db });
  if (jobs.length === 0) return 0;
  await boss.cancel(
    name,
    jobs.map((j) => j.id),
    { db },
  );
  return jobs.length;
}
