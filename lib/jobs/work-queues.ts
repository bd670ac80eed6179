import type { Job, JobResult, PgBoss } from "pg-boss";
import { logger } from "../logger";
import { QUEUES, type QueueName } from "./boss";

/**
 * How many jobs the worker fetches per queue at once (batchSize, one fetch and
 * one settle statement for the lot, run in parallel) and how many such
 * batches it keeps going (localConcurrency). One job at a time per queue sent
 * twenty confirmations in 40 s; see docs/decisions/0020-job-worker-throughput.md
 * for the sizes. The bound: at most 60 jobs in hand, which queue for the
 * worker's 10 database connections at a few milliseconds a query, and each
 * finishes far inside its one-minute expiry.
 */
export const WORK: Record<QueueName, { batchSize: number; localConcurrency: number }> = {
  // A booking's confirmation is the e-mail someone waits for: two batches, so a slow one does not stall the next.
  [QUEUES.confirmation]: { batchSize: 10, localConcurrency: 2 },
  [QUEUES.rescheduled]: { batchSize: 5, localConcurrency: 1 },
  [QUEUES.cancelled]: { batchSize: 5, localConcurrency: 1 },
  // Reminders fall due together (every booking on the hour).
  [QUEUES.reminder]: { batchSize: 10, localConcurrency: 1 },
  [QUEUES.feedbackRequest]: { batchSize: 5, localConcurrency: 1 },
  [QUEUES.feedbackReminder]: { batchSize: 5, localConcurrency: 1 },
  [QUEUES.feedbackReady]: { batchSize: 5, localConcurrency: 1 },
  // A sweep takes a lock; a second one at the same time would only yield.
  [QUEUES.matchSweep]: { batchSize: 1, localConcurrency: 1 },
  // Reading a calendar waits on someone else's server: a few at once, so one slow server does not hold "Refresh now".
  [QUEUES.calendarRefresh]: { batchSize: 2, localConcurrency: 2 },
};

export const MAX_JOBS_IN_HAND = Object.values(WORK).reduce((sum, w) => sum + w.batchSize * w.localConcurrency, 0);

export interface PollOptions {
  /** The poll when LISTEN/NOTIFY is unavailable (through PgBouncer, say); pg-boss's default is 2 s. */
  pollingIntervalSeconds?: number;
  /** With LISTEN/NOTIFY, polling only finds jobs that came due by time (reminders, retries). */
  notifyPollingIntervalSeconds?: number;
}

export type RunJob = (name: QueueName, job: Job<unknown>) => Promise<unknown>;

/**
 * Runs a batch's jobs in parallel and settles each on its own (pg-boss's
 * perJobResults): one failing e-mail is retried alone, its siblings complete.
 */
export function batchHandler(name: QueueName, run: RunJob) {
  return async (jobs: Job<unknown>[]): Promise<JobResult[]> => {
    const settled = await Promise.allSettled(jobs.map((job) => run(name, job)));
    return settled.map((result, i) => {
      const id = jobs[i]!.id;
      if (result.status === "fulfilled") return { id, status: "completed", output: result.value };
      const error = result.reason instanceof Error ? result.reason : new Error(String(result.reason));
      logger.warn({ queue: name, jobId: id, error: error.message }, "job failed; pg-boss retries it");
      return { id, status: "failed", output: { message: error.message, stack: error.stack } };
    });
  };
}

/** Starts working every queue with its batch size and concurrency. */
export async function workQueues(boss: PgBoss, run: RunJob, poll: PollOptions = {}): Promise<void> {
  for (const name of Object.values(QUEUES)) {
    await boss.work(
      name,
      {
        ...WORK[name],
        pollingIntervalSeconds: poll.pollingIntervalSeconds ?? 2,
        notifyPollingIntervalSeconds: poll.notifyPollingIntervalSeconds ?? 10,
        // While a fetch comes back full there is more: fetch again at once instead of waiting for the poll.
        burstWhenBatchFull: true,
        perJobResults: true,
      },
      batchHandler(name, run),
    );
  }
}
