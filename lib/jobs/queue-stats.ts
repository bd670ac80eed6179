import type { Caller } from "../auth/sessions";
import { AppError } from "../errors";
import { getBoss, QUEUES } from "./boss";

export interface QueueStat {
  name: string;
  queued: number;
  active: number;
  failed: number;
  /** Completed or cancelled jobs still retained (two weeks). */
  done: number;
}

export interface FailedJob {
  queue: string;
  id: string;
  failedAt: string | null;
  retries: number;
  error: string;
}

const RECENT_FAILURES = 10;

function errorMessage(output: unknown): string {
  if (output && typeof output === "object" && "message" in output && typeof output.message === "string")
    return output.message;
  return JSON.stringify(output ?? "unknown error").slice(0, 500);
}

/** What the admin jobs page shows: counts per queue and the last errors. Admins only. */
export async function jobQueueStats(caller: Caller): Promise<{ queues: QueueStat[]; failures: FailedJob[] }> {
  if (caller.role !== "ADMIN") throw new AppError("NOT_FOUND", "Not found.");
  const boss = await getBoss();
  const names = Object.values(QUEUES);
  const results = await boss.getQueues(names);
  const queues = names.map((name) => {
    const q = results.find((r) => r.name === name);
    const queued = q?.queuedCount ?? 0;
    const active = q?.activeCount ?? 0;
    const failed = q?.failedCount ?? 0;
    return { name, queued, active, failed, done: Math.max(0, (q?.totalCount ?? 0) - queued - active - failed) };
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
  return { queues, failures: failures.slice(0, RECENT_FAILURES) };
}
