import type { DbClient } from "../db";
import { selectQuestion } from "./select-question";

/**
 * The question for a new booking: an approved question of the type that the
 * candidate has not had, weighted toward their weakest competencies.
 * `competencyScores` is empty until feedback records scores.
 */
export async function chooseQuestionForBooking(
  client: DbClient,
  args: { interviewTypeId: string; candidateId: string; competencyScores?: Record<string, number> },
): Promise<string | null> {
  const [questions, had] = await Promise.all([
    client.question.findMany({
      where: { interviewTypeId: args.interviewTypeId, status: "APPROVED" },
      select: { id: true, competencyKeys: true },
      orderBy: { id: "asc" },
    }),
    client.booking.findMany({
      where: { candidateId: args.candidateId, questionId: { not: null } },
      select: { questionId: true },
    }),
  ]);
  return selectQuestion({
    questions,
    hadQuestionIds: new Set(had.map((b) => b.questionId!)),
    competencyScores: args.competencyScores ?? {},
  });
}
