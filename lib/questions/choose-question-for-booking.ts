import type { DbClient } from "../db";
import { competencyLevelsSql } from "../feedback/competency-levels";
import { Prisma } from "../generated/prisma/client";
import { selectQuestion, type SelectableQuestion } from "./select-question";

/** What questionChoiceSql's columns hold. */
export interface QuestionChoiceRow {
  questions: SelectableQuestion[];
  had: string[];
  levels: Record<string, number>;
}

/**
 * The question for a new booking: an approved question of the type that the
 * candidate has not had (in an earlier mock or in solo practice), weighted toward their weakest competencies (their
 * recent level per competency, lib/feedback/competency-levels.ts).
 */
export async function chooseQuestionForBooking(
  client: DbClient,
  args: { interviewTypeId: string; candidateId: string; now?: Date },
): Promise<string | null> {
  const [row] = await client.$queryRaw<QuestionChoiceRow[]>`
    SELECT ${questionChoiceSql(Prisma.sql`(SELECT ${args.interviewTypeId}::text)`, args.candidateId, args.now)}`;
  return pickQuestion(row);
}

/**
 * The three reads behind the choice, as select-list columns (questions, had,
 * levels), so a caller can fold them into a statement it runs anyway:
 * createBooking reads them with the slot re-check, in its one read after the
 * interviewer's schedule lock (so a booking queued behind the same
 * candidate's other booking sees that one's question as had).
 * `interviewTypeId` is SQL: a column of the caller's statement, or a parameter
 * read through (SELECT $n) so the statement is planned once, generically
 * (competency-levels.ts says why).
 */
export function questionChoiceSql(interviewTypeId: Prisma.Sql, candidateId: string, now = new Date()): Prisma.Sql {
  return Prisma.sql`
      (SELECT coalesce(json_agg(json_build_object('id', q.id, 'competencyKeys', q.competency_keys)
                                ORDER BY q.id), '[]')
         FROM questions q WHERE q.interview_type_id = ${interviewTypeId} AND q.status = 'APPROVED') AS questions,
      (SELECT coalesce(json_agg(h.question_id), '[]') FROM (
         SELECT b.question_id FROM bookings b WHERE b.candidate_id = (SELECT ${candidateId}::text) AND b.question_id IS NOT NULL
         UNION ALL -- seen in solo practice (decision 0028) counts as had
         SELECT a.question_id FROM solo_attempts a WHERE a.user_id = (SELECT ${candidateId}::text)) h) AS had,
      (SELECT coalesce(json_object_agg(l.key, l.level), '{}')
         FROM (${competencyLevelsSql(candidateId, now)}) l) AS levels`;
}

/** Picks from what questionChoiceSql read (Math.random, so tests fix it with a spy). */
export function pickQuestion(row: QuestionChoiceRow | undefined): string | null {
  return selectQuestion({
    questions: row?.questions ?? [],
    hadQuestionIds: new Set(row?.had ?? []),
    competencyScores: row?.levels ?? {},
  });
}
