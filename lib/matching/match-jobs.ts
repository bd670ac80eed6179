import type { PgBoss } from "pg-boss";
import type { DbTransaction } from "../db";
import { enqueue, QUEUES } from "../jobs/boss";
import { sweepOnce } from "./match-scheduler";

/**
 * Match me runs in the worker, not in requests: a change that frees or adds
 * time (new hours, a cancellation) enqueues a sweep of the affected types in
 * its own transaction, and pg-boss's cron sweeps everything every few minutes
 * (one run per slot however many workers). An app request never waits on it.
 */
export interface MatchSweepJob {
  interviewTypeIds?: string[];
}
export type MatchSweepOutcome = { swept: { expired: number; tried: number; matched: number } } | { skipped: string };

export const MATCH_SWEEP_CRON = "*/4 * * * *";

export async function enqueueMatchSweep(tx: DbTransaction, interviewTypeIds: string[]): Promise<void> {
  if (interviewTypeIds.length === 0) return;
  await enqueue(tx, QUEUES.matchSweep, { interviewTypeIds } satisfies MatchSweepJob);
}

export async function handleMatchSweep(data: MatchSweepJob): Promise<MatchSweepOutcome> {
  const filter = data.interviewTypeIds?.length ? { interviewTypeIds: data.interviewTypeIds } : {};
  const result = await sweepOnce(filter);
  if (result) return { swept: result };
  // Another sweep holds the lock and may have read the data before this change committed:
  // a targeted sweep fails so pg-boss retries it shortly; the periodic one just yields.
  if (filter.interviewTypeIds) throw new Error("another match sweep is running; retrying this one");
  return { skipped: "another match sweep is running" };
}

/** Called by the worker: the periodic sweep (expiry and anything a targeted sweep missed). */
export async function scheduleMatchSweep(boss: PgBoss): Promise<void> {
  await boss.schedule(QUEUES.matchSweep, MATCH_SWEEP_CRON, {}, { singletonKey: "match-sweep" });
}
