import type { Caller } from "../auth/sessions";
import { reliabilityScore } from "../booking/reliability";
import { db } from "../db";
import type { InterviewerStats } from "./progress.types";
import { visibleToSubjectSql } from "../feedback/release-rule";

/**
 * The interviewer view: feedback given, ratings received from candidates
 * (released, not hidden — the same rule as everywhere), reliability on the
 * same terms as slot ranking (lib/booking/reliability.ts), and the caller's
 * estimated grading offset.
 */
export async function getInterviewerStats(caller: Caller, now = new Date()): Promise<InterviewerStats> {
  const userId = caller.id;
  const [given, ratings, reliability, offset] = await Promise.all([
    db().feedback.count({ where: { authorId: userId, direction: "INTERVIEWER_TO_CANDIDATE", status: "SUBMITTED" } }),
    db().$queryRaw<{ at: Date; rating: number; again: boolean }[]>`
      SELECT b.starts_at AS at,
             ((f.preparedness + f.question_quality + f.feedback_usefulness + f.respect) / 4.0)::float8 AS rating,
             f.would_practise_again AS again
        FROM feedback f JOIN bookings b ON b.id = f.booking_id
       WHERE f.subject_id = ${userId} AND f.direction = 'CANDIDATE_TO_INTERVIEWER'
         AND ${visibleToSubjectSql("f", "b", now)}
       ORDER BY b.starts_at, b.id`,
    db().$queryRaw<{ kept: number; late: number; no_shows: number }[]>`
      SELECT (SELECT count(*)::int FROM booking_participants p JOIN bookings b ON b.id = p.booking_id
               WHERE p.user_id = ${userId} AND b.status IN ('SCHEDULED', 'COMPLETED') AND b.ends_at <= ${now}::timestamptz) AS kept,
             (SELECT count(*)::int FROM bookings b WHERE b.cancelled_by_id = ${userId} AND b.cancelled_late) AS late,
             (SELECT count(*)::int FROM no_show_reports r WHERE r.accused_id = ${userId} AND r.disputed_at IS NULL) AS no_shows`,
    db().raterOffset.findUnique({ where: { interviewerId: userId }, select: { offset: true } }),
  ]);
  const r = reliability[0] ?? { kept: 0, late: 0, no_shows: 0 };
  const round2 = (x: number) => Math.round(x * 100) / 100;
  return {
    feedbackGiven: given,
    ratingsReceived: ratings.map((x) => ({ at: x.at.toISOString(), rating: round2(x.rating) })),
    averageRating: ratings.length ? round2(ratings.reduce((s, x) => s + x.rating, 0) / ratings.length) : null,
    wouldPractiseAgainShare: ratings.length ? round2(ratings.filter((x) => x.again).length / ratings.length) : null,
    reliability: {
      completed: r.kept,
      lateCancellations: r.late,
      noShows: r.no_shows,
      // Only once there is a record to judge: the prior alone says nothing about this person.
      score: r.kept + r.late + r.no_shows > 0 ? round2(reliabilityScore(r.kept, r.late, r.no_shows)) : null,
    },
    graderOffset: offset ? round2(offset.offset) : null,
  };
}
