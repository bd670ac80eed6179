import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import { guideAccessWhere, visibleQuestionWhere } from "./question-access";
import { parseLearnBlock } from "./learn-block";
import { questionSummarySelect, questionWithGuideSelect } from "./question-select";

/**
 * One question. The guide is only ever selected by a query whose `where`
 * proves the caller may read it; otherwise a second query selects without it.
 * Status details (rejection reason) only for the author and admins. The Learn
 * block comes with either: it is for everyone who may see the question.
 */
export async function getQuestion(caller: Caller, id: string, now = new Date()) {
  const withGuide = await db().question.findFirst({
    where: { AND: [{ id }, visibleQuestionWhere(caller), guideAccessWhere(caller, now)] },
    select: { ...questionWithGuideSelect, learn: true, rejectionReason: true, authorId: true },
  });
  if (withGuide) {
    const { authorId, rejectionReason, learn, ...question } = withGuide;
    const mayModerate = caller.role === "ADMIN" || authorId === caller.id;
    return {
      ...question,
      learn: parseLearnBlock(learn),
      rejectionReason: mayModerate ? rejectionReason : null,
      canSeeGuide: true as const,
    };
  }
  const summary = await db().question.findFirst({
    where: { AND: [{ id }, visibleQuestionWhere(caller)] },
    select: { ...questionSummarySelect, learn: true },
  });
  if (!summary) throw new AppError("NOT_FOUND", "No such question.");
  const { learn, ...rest } = summary;
  return { ...rest, learn: parseLearnBlock(learn), guide: null, rejectionReason: null, canSeeGuide: false as const };
}

/**
 * The same as `getQuestion` for a page of ids, in two queries instead of two per
 * id (the moderation queue and "My proposals" show guides / rejection reasons).
 * Ids the caller may not see are left out; the order of `ids` is kept.
 */
export async function getQuestions(caller: Caller, ids: readonly string[], now = new Date()) {
  if (ids.length === 0) return [];
  const withGuides = await db().question.findMany({
    where: { AND: [{ id: { in: [...ids] } }, visibleQuestionWhere(caller), guideAccessWhere(caller, now)] },
    select: { ...questionWithGuideSelect, learn: true, rejectionReason: true, authorId: true },
  });
  const guided = new Set(withGuides.map((q) => q.id));
  const rest = ids.filter((id) => !guided.has(id));
  const summaries =
    rest.length === 0
      ? []
      : await db().question.findMany({
          where: { AND: [{ id: { in: rest } }, visibleQuestionWhere(caller)] },
          select: { ...questionSummarySelect, learn: true },
        });
  const byId = new Map<string, Awaited<ReturnType<typeof getQuestion>>>();
  for (const { authorId, rejectionReason, learn, ...question } of withGuides) {
    const mayModerate = caller.role === "ADMIN" || authorId === caller.id;
    byId.set(question.id, {
      ...question,
      learn: parseLearnBlock(learn),
      rejectionReason: mayModerate ? rejectionReason : null,
      canSeeGuide: true,
    });
  }
  for (const { learn, ...summary } of summaries) {
    byId.set(summary.id, {
      ...summary,
      learn: parseLearnBlock(learn),
      guide: null,
      rejectionReason: null,
      canSeeGuide: false,
    });
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}
