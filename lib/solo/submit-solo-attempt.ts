import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError, type FieldErrors } from "../errors";
import { getSoloAttempt } from "./get-solo-attempt";
import type { SubmitSoloAttemptInput } from "./solo.schema";
import type { SoloAttemptView } from "./solo.types";

/**
 * Hands in the written answer with a self-assessed score on every competency of the attempt's
 * rubric version; the answer is what the guide opens for. The answer and its scores stand or fall together.
 */
export async function submitSoloAttempt(
  caller: Caller,
  id: string,
  input: SubmitSoloAttemptInput,
  now = new Date(),
): Promise<SoloAttemptView> {
  return db().$transaction(async (tx) => {
    const attempt = await tx.soloAttempt.findFirst({
      where: { id, userId: caller.id },
      select: {
        submittedAt: true,
        rubricVersion: { select: { competencies: { select: { id: true, key: true } } } },
      },
    });
    if (!attempt) throw new AppError("NOT_FOUND", "No such solo attempt.");
    if (attempt.submittedAt) throw new AppError("CONFLICT", "This attempt was already handed in.");

    const competencies = attempt.rubricVersion.competencies;
    const fieldErrors: FieldErrors = {};
    for (const c of competencies) {
      if (input.scores[c.key] === undefined) fieldErrors[`scores.${c.key}`] = ["Score yourself on this competency"];
    }
    for (const key of Object.keys(input.scores)) {
      if (!competencies.some((c) => c.key === key)) fieldErrors[`scores.${key}`] = ["Not a competency of this rubric"];
    }
    if (Object.keys(fieldErrors).length > 0) {
      throw new AppError("BAD_REQUEST", "Score yourself on every competency of the rubric.", { fieldErrors });
    }

    // Guarded by submitted_at IS NULL, so two hand-ins racing write one set of scores.
    const updated = await tx.soloAttempt.updateMany({
      where: { id, userId: caller.id, submittedAt: null },
      data: { answer: input.answer, submittedAt: now },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "This attempt was already handed in.");
    await tx.soloAttemptScore.createMany({
      data: competencies.map((c) => ({
        attemptId: id,
        competencyKey: c.key,
        competencyId: c.id,
        score: input.scores[c.key]!,
      })),
    });
    return getSoloAttempt(caller, id, tx);
  });
}
