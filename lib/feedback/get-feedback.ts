import type { Caller } from "../auth/sessions";
import { db, type DbClient } from "../db";
import { contentOf, feedbackState, loadForRead, rubricFor, toRubricView } from "./feedback-access";
import type { FeedbackForViewer } from "./feedback.types";

/**
 * What the caller may see of an interview's feedback right now. The other
 * side's content appears only once released (computed here, on every read),
 * and never when an admin has hidden it.
 */
export async function getFeedbackForViewer(
  caller: Caller,
  bookingId: string,
  now = new Date(),
  client: DbClient = db(),
): Promise<FeedbackForViewer> {
  const booking = await loadForRead(client, caller.id, bookingId);
  const state = feedbackState(booking, caller.id, now);
  const rubric = await rubricFor(client, booking);
  const { mine, theirs } = state;
  const mineSubmitted = mine?.status === "SUBMITTED";
  const theirsHidden = theirs?.hiddenAt != null;
  return {
    bookingId: booking.id,
    role: state.role,
    direction: state.direction,
    canWrite: state.cannotWriteReason === null,
    cannotWriteReason: state.cannotWriteReason,
    released: state.released,
    releasesAt: state.releasesAt.toISOString(),
    rubric: rubric ? toRubricView(rubric) : null,
    mine: {
      id: mine?.id ?? null,
      status: mine?.status ?? "NONE",
      draft: mine?.status === "DRAFT" ? (mine.draft ?? null) : null,
      content: contentOf(mine),
      submittedAt: mine?.submittedAt?.toISOString() ?? null,
      editable: mineSubmitted && state.cannotWriteReason === null,
    },
    theirs: {
      // Before release even the id stays back: the subject could not report or look it up anyway.
      id: state.released && theirs?.status === "SUBMITTED" ? theirs.id : null,
      submitted: theirs?.status === "SUBMITTED",
      content: state.released && !theirsHidden ? contentOf(theirs) : null,
      hidden: state.released && theirsHidden,
      submittedAt: theirs?.submittedAt?.toISOString() ?? null,
      reported: (theirs?.reports.length ?? 0) > 0,
    },
  };
}
