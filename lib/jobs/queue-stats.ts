import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import { getBoss, QUEUES } from "./boss";
import { BEHIND_AFTER_SECONDS, workerLiveness, type WorkerLiveness } from "./worker-status";

export interface QueueStat {
  name: string;
  /** Due now and not yet picked up (new jobs, and retries whose backoff has passed). */
  waiting: number;
  /** Made for later (reminders, feedback requests): not work the worker owes yet. */
  scheduled: number;
  running: number;
  /** Failed at least once and waiting for another try (the backoff may still be running). */
  retrying: number;
  failed: number;
  /** Completed or cancelled jobs still retained (two weeks). */
  done: number;
  /** How long the longest-waiting due job has waited, in seconds; null when none waits. */
  oldestWaitingSeconds: number | null;
}

export interface FailedJob {
  queue: string;
  id: string;
  failedAt: string | null;
  retries: number;
  error: string;
}

/** "not-running": no worker heartbeat; "behind": a job has waited longer than it should; else "ok". */
export type WorkerState = "ok" | "behind" | "not-running";

export interface JobQueueStats {
  worker: WorkerLiveness & { state: WorkerState };
  queues: QueueStat[];
  failures: FailedJob[];
}

const RECENT_FAILURES = 10;

function errorMessage(output: unknown): string {
  if (output && typeof output === "object" && "message" in output && typeof output.message === "string")
    return output.message;
  return JSON.stringify(output ?? "unknown error").slice(0, 500);
}

interface CountRow {
  name: string;
  waiting: number;
  scheduled: number;
  running: number;
  retrying: number;
  failed: number;
  done: number;
  oldest_waiting_seconds: number | null;
}

/** Each queue's jobs counted by what they wait for, in one pass over pg-boss's job table. */
async function countJobs(names: string[]): Promise<Map<string, CountRow>> {
  const rows = await db().$queryRaw<CountRow[]>`
    SELECT name,
           count(*) FILTER (WHERE state IN ('created', 'retry') AND start_after <= now())::int AS waiting,
           count(*) FILTER (WHERE state = 'created' AND start_after > now())::int AS scheduled,
           count(*) FILTER (WHERE state = 'active')::int AS running,
           count(*) FILTER (WHERE state = 'retry')::int AS retrying,
           count(*) FILTER (WHERE state = 'failed')::int AS failed,
           count(*) FILTER (WHERE state IN ('completed', 'cancelled'))::int AS done,
           extract(epoch FROM now() - min(start_after)
                   FILTER (WHERE state IN ('created', 'retry') AND start_after <= now()))::float8 AS oldest_waiting_seconds
      FROM pgboss.job
     WHERE name = ANY(${names})
     GROUP BY name`;
  return new Map(rows.map((r) => [r.name, r]));
}

export function workerState(live: number, queues: Pick<QueueStat, "oldestWaitingSeconds">[]): WorkerState {
  if (live === 0) return "not-running";
  return queues.some((q) => (q.oldestWaitingSeconds ?? 0) > BEHIND_AFTER_SECONDS) ? "behind" : "ok";
}

/** What the admin jobs page shows: the worker's state, counts per queue and the last errors. Admins only. */
export async function jobQueueStats(caller: Caller): Promise<JobQueueStats> {
  if (caller.role !== "ADMIN") throw new AppError("NOT_FOUND", "Not found.");
  const boss = await getBoss();
  const names: string[] = Object.values(QUEUES);
  const [counts, liveness] = await Promise.all([countJobs(names), workerLiveness(boss)]);
  const queues = names.map((name): QueueStat => {
    const c = counts.get(name);
    return {
      name,
      waiting: c?.waiting ?? 0,
      scheduled: c?.scheduled ?? 0,
      running: c?.running ?? 0,
      retrying: c?.retrying ?? 0,
      failed: c?.failed ?? 0,
      done: c?.done ?? 0,
      oldestWaitingSeconds: c?.oldest_waiting_seconds ?? null,
    };
  });
  const failures: FailedJob[] = [];
  for (const q of queues.filter((q) => q.failed > 0)) {
    const jobs = await boss.findJobs(q.name, { limit: 1000 });
    for (const job of jobs.filter((j) => j.state === "failed")) {
      failures.push({
        queue: q.name,
        id: job.id,
        failedAt: job.completedOn?.toISOString() ?? null,
        retries: job.retryCount,
        error: errorMessage(job.output),
      });
    }
  }
  failures.sort((a, b) => (b.failedAt ?? "").localeCompare(a.failedAt ?? ""));
  return {
    worker: { ...liveness, state: workerState(liveness.live, queues) },
    queues,
    failures: failures.slice(0, RECENT_FAILURES),
  };
}
