import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError, sqlState } from "../errors";
import { enqueueFeedbackReady } from "../notifications/feedback-jobs";
import { completeIfScheduled } from "./complete-booking";
import { feedbackState, loadForWrite } from "./feedback-access";
import type { FeedbackForViewer } from "./feedback.types";
import { getFeedbackForViewer } from "./get-feedback";
import { validateSubmission, writeSubmission } from "./write-submission";

const ALREADY_SUBMITTED =
  "You have already submitted feedback for this interview. You can edit it until it is released.";

/**
 * Submits the caller's feedback (their direction follows from their role).
 * One transaction: the typed columns, the score rows, the booking turning
 * COMPLETED on the first submission, and — when this is the second direction —
 * the "your feedback is ready" job. A validation error stores nothing.
 */
export async function submitFeedback(
  caller: Caller,
  bookingId: string,
  body: unknown,
  now = new Date(),
): Promise<FeedbackForViewer> {
  try {
    await db().$transaction(async (tx) => {
      const booking = await loadForWrite(tx, caller.id, bookingId);
      const state = feedbackState(booking, caller.id, now);
      if (state.mine?.status === "SUBMITTED") throw new AppError("CONFLICT", ALREADY_SUBMITTED);
      if (state.cannotWriteReason) throw new AppError("CONFLICT", state.cannotWriteReason);
      const submission = await validateSubmission(tx, booking, state.direction, body);
      if (submission.direction === "INTERVIEWER_TO_CANDIDATE" && !booking.rubricVersionId) {
        // Booked before its type had a rubric: the version scored against now becomes the booking's,
        // so the scores, the booking and later reads all agree on one version.
        await tx.booking.update({ where: { id: booking.id }, data: { rubricVersionId: submission.rubricVersionId } });
      }
      await writeSubmission(tx, { booking, existing: state.mine, authorId: caller.id, submission, now });
      await completeIfScheduled(tx, { bookingId: booking.id, byId: caller.id, reason: "Feedback submitted" });
      if (state.theirs?.status === "SUBMITTED") await enqueueFeedbackReady(tx, { bookingId: booking.id });
    });
  } catch (error) {
    // The unique (booking, direction) index is the last line against a double submission.
    if (sqlState(error) === "23505") throw new AppError("CONFLICT", ALREADY_SUBMITTED, { cause: error });
    throw error;
  }
  return getFeedbackForViewer(caller, bookingId, now);
}
