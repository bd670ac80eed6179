import { Prisma } from "../generated/prisma/client";

/**
 * The one rule for which approved questions are kept for live mocks only (decision 0028): solo
 * practice never offers them, so interviewers always have questions a candidate has not seen.
 *
 * Within each interview type, approved questions are put in order by difficulty and then by the
 * md5 of their slug (stable, and unrelated to how anyone wrote them), and every fourth one,
 * starting with the second, is live-only. Ordering by difficulty first spreads the share evenly
 * over easy, medium and hard; a type of n questions keeps floor((n + 2) / 4) of them live-only.
 */
export const LIVE_ONLY_EVERY = 4;
const LIVE_ONLY_OFFSET = 2;

/** The ids of live-only questions, as a subquery: `q.id IN (${liveOnlyQuestionIdsSql()})`. */
export function liveOnlyQuestionIdsSql(): Prisma.Sql {
  return Prisma.sql`
    SELECT ranked.id FROM (
      SELECT lq.id, row_number() OVER (PARTITION BY lq.interview_type_id
                                       ORDER BY lq.difficulty, md5(lq.slug), lq.id COLLATE "C") AS position
        FROM questions lq WHERE lq.status = 'APPROVED') ranked
     WHERE ranked.position % ${LIVE_ONLY_EVERY} = ${LIVE_ONLY_OFFSET % LIVE_ONLY_EVERY}`;
}
