import type { DbClient } from "../db";
import { Prisma } from "../generated/prisma/client";
import { visibleToSubjectSql } from "./release-rule";

/** A score this old counts half as much as one from today: recent interviews say more about now. */
export const COMPETENCY_HALF_LIFE_DAYS = 60;

/**
 * A candidate's level per competency key on the 1–4 scale: the mean of their
 * scores in released, non-hidden feedback, each weighted by 2^(−age / half-life).
 * Only released scores count, so the next question cannot hint at scores the
 * candidate may not read yet. Keys never scored are absent ("not assessed").
 */
export async function competencyLevelsOf(
  client: DbClient,
  candidateId: string,
  now = new Date(),
): Promise<Record<string, number>> {
  const rows = await client.$queryRaw<{ key: string; level: number }[]>(competencyLevelsSql(candidateId, now));
  return Object.fromEntries(rows.map((r) => [r.key, r.level]));
}

/**
 * The query behind competencyLevelsOf, rows of (key, level), for callers that
 * fold it into a statement of their own (a booking's question choice runs
 * inside the booking's transaction, where every round trip holds the lock).
 */
export function competencyLevelsSql(candidateId: string, now: Date): Prisma.Sql {
  // The candidate and the release cut-off are read through (SELECT $n) so that no plan can see
  // their values: every plan then costs the same and PostgreSQL keeps the generic one instead of
  // planning this statement afresh on every booking (decision 0014).
  return Prisma.sql`
    WITH weighted AS (
      SELECT s.competency_key AS key, s.score,
             power(0.5, greatest(0, extract(epoch FROM (${now}::timestamptz - s.interviewed_at)))
                        / (${COMPETENCY_HALF_LIFE_DAYS} * 86400.0)) AS w
        FROM feedback_scores s
        JOIN feedback f ON f.id = s.feedback_id
        JOIN bookings b ON b.id = f.booking_id
       WHERE s.candidate_id = (SELECT ${candidateId}::text)
         AND ${visibleToSubjectSql("f", "b", now, { planOnce: true })}
    )
    SELECT key, (sum(score * w) / sum(w))::float8 AS level FROM weighted GROUP BY key`;
}
