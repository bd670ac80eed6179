import type { DbClient } from "../db";
import { selectQuestion } from "./select-question";

/**
 * The question for a new booking: an approved question of the type that the
 * candidate has not had, weighted toward their weakest competencies.
 * `competencyScores`: the candidate's recent level per competency (lib/feedback/competency-levels.ts).
 */
export async function chooseQuestionForBooking(
  client: DbClient,
  args: { interviewTypeId: string; candidateId: string; competencyScores?: Record<string, number> },
): Promise<string | null> {
  // One after the other: the client is usually the booking's transaction (one connection).
  const questions = await client.question.findMany({
    where: { interviewTypeId: args.interviewTypeId, status: "APPROVED" },
    select: { id: true, competencyKeys: true },
    orderBy: { id: "asc" },
  });
  const had = await client.booking.findMany({
    where: { candidateId: args.candidateId, questionId: { not: null } },
    select: { questionId: true },
  });
  return selectQuestion({
    questions,
    hadQuestionIds: new Set(had.map((b) => b.questionId!)),
    competencyScores: args.competencyScores ?? {},
  });
}
