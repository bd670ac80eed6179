import type { DbClient } from "../db";
import { competencyLevelsSql } from "../feedback/competency-levels";
import { selectQuestion, type SelectableQuestion } from "./select-question";

/**
 * The question for a new booking: an approved question of the type that the
 * candidate has not had, weighted toward their weakest competencies (their
 * recent level per competency, lib/feedback/competency-levels.ts).
 */
export async function chooseQuestionForBooking(
  client: DbClient,
  args: { interviewTypeId: string; candidateId: string; now?: Date },
): Promise<string | null> {
  // One statement for the three reads: the client is usually the booking's
  // transaction, where each round trip is time the interviewer's lock is held.
  // Parameters behind (SELECT $n) so it is planned once, generically (competency-levels.ts says why).
  const [row] = await client.$queryRaw<
    { questions: SelectableQuestion[]; had: string[]; levels: Record<string, number> }[]
  >`
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', q.id, 'competencyKeys', q.competency_keys)
                                ORDER BY q.id), '[]')
         FROM questions q WHERE q.interview_type_id = (SELECT ${args.interviewTypeId}::text) AND q.status = 'APPROVED') AS questions,
      (SELECT coalesce(json_agg(b.question_id), '[]')
         FROM bookings b WHERE b.candidate_id = (SELECT ${args.candidateId}::text) AND b.question_id IS NOT NULL) AS had,
      (SELECT coalesce(json_object_agg(l.key, l.level), '{}')
         FROM (${competencyLevelsSql(args.candidateId, args.now ?? new Date())}) l) AS levels`;
  return selectQuestion({
    questions: row?.questions ?? [],
    hadQuestionIds: new Set(row?.had ?? []),
    competencyScores: row?.levels ?? {},
  });
}
