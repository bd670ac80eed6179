import { db, type DbClient } from "../db";
import { Prisma } from "../generated/prisma/client";
import { visibleToSubjectSql } from "./release-rule";

/**
 * An interviewer's rating: the mean over candidates' released, non-hidden
 * feedback of (preparedness + question quality + feedback usefulness +
 * respect) / 4, on the 1–5 scale; null when nobody has rated them yet.
 * Unreleased feedback does not count, or an interviewer could watch their
 * rating move and learn what a candidate wrote before the double-blind lifts.
 */
const ratingValueSql = Prisma.sql`avg((f.preparedness + f.question_quality + f.feedback_usefulness + f.respect) / 4.0)::float8`;
const ratedSql = (now: Date) =>
  Prisma.sql`f.direction = 'CANDIDATE_TO_INTERVIEWER' AND ${visibleToSubjectSql("f", "b", now)}`;

export async function ratingsOf(
  interviewerIds: string[],
  now = new Date(),
  client: DbClient = db(),
): Promise<Map<string, number | null>> {
  const result = new Map<string, number | null>(interviewerIds.map((id) => [id, null]));
  if (interviewerIds.length === 0) return result;
  const rows = await client.$queryRaw<{ interviewer_id: string; rating: number }[]>`
    SELECT f.subject_id AS interviewer_id, ${ratingValueSql} AS rating
      FROM feedback f JOIN bookings b ON b.id = f.booking_id
     WHERE f.subject_id IN (${Prisma.join(interviewerIds)}) AND ${ratedSql(now)}
     GROUP BY f.subject_id`;
  for (const r of rows) result.set(r.interviewer_id, r.rating);
  return result;
}

/** The same rating as a scalar subquery on one interviewer's id (SQL), for a statement that reads more beside it. */
export function ratingOfSql(interviewerId: Prisma.Sql, now: Date): Prisma.Sql {
  return Prisma.sql`(SELECT ${ratingValueSql} FROM feedback f JOIN bookings b ON b.id = f.booking_id
     WHERE f.subject_id = ${interviewerId} AND ${ratedSql(now)})`;
}
