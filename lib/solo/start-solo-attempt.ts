import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import type { Difficulty } from "../generated/prisma/client";
import { liveOnlyQuestionIdsSql } from "../questions/live-only";
import { presentAttempt, soloAttemptSelect } from "./get-solo-attempt";
import { DEFAULT_MINUTES, type StartSoloAttemptInput } from "./solo.schema";
import type { SoloAttemptView } from "./solo.types";

/**
 * Opens a question for solo practice and starts its clock. Opening counts as having seen it (live
 * mocks skip it from now on), so an attempt still open on the same question is resumed, not doubled.
 */
export async function startSoloAttempt(
  caller: Caller,
  input: StartSoloAttemptInput,
): Promise<{ attempt: SoloAttemptView; created: boolean }> {
  const [question] = await db().$queryRaw<
    { id: string; difficulty: Difficulty; interview_type_id: string; rubric_version_id: string | null }[]
  >`
    SELECT q.id, q.difficulty, q.interview_type_id,
           (SELECT v.id FROM rubric_versions v JOIN rubrics r ON r.id = v.rubric_id
             WHERE r.interview_type_id = q.interview_type_id ORDER BY v.version DESC LIMIT 1) AS rubric_version_id
      FROM questions q JOIN interview_types t ON t.id = q.interview_type_id
     WHERE q.id = ${input.questionId} AND q.status = 'APPROVED' AND t.retired_at IS NULL
       AND q.id NOT IN (${liveOnlyQuestionIdsSql()})`;
  // Live-only and unknown questions are the same 404: solo practice does not offer them.
  if (!question) throw new AppError("NOT_FOUND", "That question isn't offered for solo practice.");
  if (!question.rubric_version_id) {
    throw new AppError("CONFLICT", "This interview type has no rubric yet, so there is nothing to score yourself on.");
  }

  const open = await db().soloAttempt.findFirst({
    where: { userId: caller.id, questionId: question.id, submittedAt: null },
    orderBy: { startedAt: "desc" },
    select: soloAttemptSelect,
  });
  if (open) return { attempt: presentAttempt(open), created: false };

  const row = await db().soloAttempt.create({
    data: {
      userId: caller.id,
      questionId: question.id,
      interviewTypeId: question.interview_type_id,
      rubricVersionId: question.rubric_version_id,
      timeLimitMinutes: input.timeLimitMinutes ?? DEFAULT_MINUTES[question.difficulty],
    },
    select: soloAttemptSelect,
  });
  return { attempt: presentAttempt(row), created: true };
}
