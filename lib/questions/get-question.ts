import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import { guideAccessWhere, visibleQuestionWhere } from "./question-access";
import { questionSummarySelect, questionWithGuideSelect } from "./question-select";

/**
 * One question. The guide is only ever selected by a query whose `where`
 * proves the caller may read it; otherwise a second query selects without it.
 * Status details (rejection reason) only for the author and admins.
 */
export async function getQuestion(caller: Caller, id: string, now = new Date()) {
  const withGuide = await db().question.findFirst({
    where: { AND: [{ id }, visibleQuestionWhere(caller), guideAccessWhere(caller, now)] },
    select: { ...questionWithGuideSelect, rejectionReason: true, authorId: true },
  });
  if (withGuide) {
    const { authorId, rejectionReason, ...question } = withGuide;
    const mayModerate = caller.role === "ADMIN" || authorId === caller.id;
    return { ...question, rejectionReason: mayModerate ? rejectionReason : null, canSeeGuide: true as const };
  }
  const summary = await db().question.findFirst({
    where: { AND: [{ id }, visibleQuestionWhere(caller)] },
    select: questionSummarySelect,
  });
  if (!summary) throw new AppError("NOT_FOUND", "No such question.");
  return { ...summary, guide: null, rejectionReason: null, canSeeGuide: false as const };
}
