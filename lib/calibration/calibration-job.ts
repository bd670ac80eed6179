import type { PgBoss } from "pg-boss";
import { db, type DbClient, type DbTransaction } from "../db";
import { logger } from "../logger";
import { estimateOffsets, type Rating } from "./estimate-offsets";

/**
 * Recomputes every interviewer's grading offset from all submitted, visible
 * (not hidden) scores and replaces rater_offsets in one transaction. A batch
 * job may read every score row; the pages never do (they read rater_offsets).
 * Unreleased scores count too: offsets are an aggregate over many ratings and
 * reveal no single one.
 */
export const CALIBRATION_QUEUE = "calibration";
/** Hourly, at a few minutes past so it does not pile onto the hour's reminders. */
export const CALIBRATION_CRON = "7 * * * *";

async function write(tx: DbTransaction | DbClient, estimates: ReturnType<typeof estimateOffsets>, now: Date) {
  await tx.raterOffset.deleteMany({});
  if (estimates.length === 0) return;
  await tx.raterOffset.createMany({
    data: estimates.map((e) => ({
      interviewerId: e.interviewerId,
      offset: e.offset,
      ratings: e.ratings,
      computedAt: now,
    })),
  });
}

export async function recomputeRaterOffsets(
  client: DbClient = db(),
  now = new Date(),
): Promise<{ raters: number; ratings: number }> {
  const rows = await client.$queryRaw<{ c: string; k: string; r: string; s: number }[]>`
    SELECT fs.candidate_id AS c, fs.competency_key AS k, fs.interviewer_id AS r, fs.score::int AS s
      FROM feedback_scores fs JOIN feedback f ON f.id = fs.feedback_id
     WHERE f.status = 'SUBMITTED' AND f.hidden_at IS NULL`;
  const ratings: Rating[] = rows.map((x) => ({ candidateId: x.c, competencyKey: x.k, interviewerId: x.r, score: x.s }));
  const estimates = estimateOffsets(ratings);
  if ("$transaction" in client) {
    await client.$transaction(async (tx) => write(tx, estimates, now));
  } else {
    await write(client, estimates, now);
  }
  return { raters: estimates.length, ratings: ratings.length };
}

/**
 * Called by the worker (scripts/worker.ts): creates the queue, schedules it
 * hourly (pg-boss cron, so one run per hour however many workers) and works it.
 */
export async function startCalibrationJob(boss: PgBoss): Promise<void> {
  await boss.createQueue(CALIBRATION_QUEUE, { retryLimit: 2, retryDelay: 60, expireInSeconds: 10 * 60 });
  await boss.schedule(CALIBRATION_QUEUE, CALIBRATION_CRON, {}, { singletonKey: "calibration" });
  await boss.work(CALIBRATION_QUEUE, { batchSize: 1 }, async () => {
    const result = await recomputeRaterOffsets();
    logger.info(result, "rater offsets recomputed");
  });
}
