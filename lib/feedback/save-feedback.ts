import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import { feedbackState, loadForWrite } from "./feedback-access";
import type { FeedbackForViewer } from "./feedback.types";
import { getFeedbackForViewer } from "./get-feedback";
import { parseDraft, validateSubmission, writeSubmission } from "./write-submission";

/**
 * PUT: while a draft (or nothing yet), stores the partial form as the draft;
 * once submitted and not yet released, the body must be a full submission and
 * replaces it; after release everything is read-only (409).
 */
export async function saveFeedback(
  caller: Caller,
  bookingId: string,
  body: unknown,
  now = new Date(),
): Promise<FeedbackForViewer> {
  await db().$transaction(async (tx) => {
    const booking = await loadForWrite(tx, caller.id, bookingId);
    const state = feedbackState(booking, caller.id, now);
    if (state.cannotWriteReason) throw new AppError("CONFLICT", state.cannotWriteReason);
    if (state.mine?.status === "SUBMITTED") {
      const submission = await validateSubmission(tx, booking, state.direction, body);
      await writeSubmission(tx, { booking, existing: state.mine, authorId: caller.id, submission, now });
      return;
    }
    const draft = parseDraft(state.direction, body);
    await tx.feedback.upsert({
      where: { bookingId_direction: { bookingId: booking.id, direction: state.direction } },
      create: {
        bookingId: booking.id,
        direction: state.direction,
        authorId: caller.id,
        subjectId: caller.id === booking.interviewerId ? booking.candidateId : booking.interviewerId,
        draft,
      },
      update: { draft },
    });
  });
  return getFeedbackForViewer(caller, bookingId, now);
}
