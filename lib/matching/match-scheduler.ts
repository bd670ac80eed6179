import { db } from "../db";
import { logger } from "../logger";
import { sweepMatchRequests } from "./try-match";

/**
 * One Match me sweep under a PostgreSQL advisory lock, so two workers never
 * sweep at once. Returns null when another sweep holds the lock. The worker
 * runs it (lib/matching/match-jobs.ts).
 */
const SWEEP_LOCK = 727001;

export async function sweepOnce(
  filter: { interviewTypeIds?: string[] } = {},
): Promise<{ expired: number; tried: number; matched: number } | null> {
  return db().$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(${SWEEP_LOCK}) AS locked`;
      if (!lock?.locked) return null;
      const result = await sweepMatchRequests(new Date(), filter);
      if (result.tried || result.expired) logger.info(result, "match sweep");
      return result;
    },
    { timeout: 3 * 60_000 },
  );
}
