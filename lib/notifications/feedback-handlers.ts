import { db } from "../db";
import { completeIfScheduled } from "../feedback/complete-booking";
import { isReleased } from "../feedback/release-rule";
import { enqueueFeedbackFollowUps, type FeedbackReadyJob, type FeedbackReminderJob } from "./feedback-jobs";
import {
  loadBooking,
  sendToBoth,
  stale,
  templateBooking,
  type JobContext,
  type JobOutcome,
  type Loaded,
} from "./participant-mail";
import { feedbackReadyEmail, feedbackReminderEmail } from "./templates";

/**
 * The feedback side of the notification jobs. They read the feedback rows
 * afresh and only send e-mail; nothing here decides what anyone may see.
 */
async function submittedFeedback(bookingId: string) {
  return db().feedback.findMany({
    where: { bookingId, status: "SUBMITTED" },
    select: { authorId: true, subjectId: true, hiddenAt: true },
  });
}

/**
 * Run by the feedback-request job at the interview's end: a booking nobody
 * cancelled, moved or reported becomes COMPLETED (if the first submission has
 * not done so already), and the reminder and release jobs are scheduled, all
 * in one transaction. Returns who has already written, so they are not asked.
 */
export async function closeInterview(b: Loaded, now = new Date()): Promise<Set<string>> {
  await db().$transaction(async (tx) => {
    // A job only runs early in tests; the booking is not "completed" before its end.
    if (b.endsAt <= now) {
      await completeIfScheduled(tx, {
        bookingId: b.id,
        byId: null,
        reason: "The interview's end passed",
        expectedStart: b.startsAt,
      });
    }
    await enqueueFeedbackFollowUps(tx, b);
  });
  return new Set((await submittedFeedback(b.id)).map((f) => f.authorId));
}

/** FEEDBACK_REMINDER_AFTER_MS after the end: only to the participants who have not submitted. */
export async function handleFeedbackReminder(data: FeedbackReminderJob, ctx: JobContext): Promise<JobOutcome> {
  const b = await loadBooking(data.bookingId);
  const why = stale(b, data.expectedStart, ["SCHEDULED", "COMPLETED"]);
  if (why || !b) return { skipped: why ?? "booking not found" };
  const submitted = await submittedFeedback(b.id);
  if (isReleased({ endsAt: b.endsAt, bothSubmitted: submitted.length === 2 }, new Date())) {
    return { skipped: "feedback already released" };
  }
  const wrote = new Set(submitted.map((f) => f.authorId));
  return sendToBoth(
    b,
    "feedback-reminder",
    "",
    ctx,
    (r, c) => feedbackReminderEmail(templateBooking(c), r, r.counterpart),
    { onlyIf: (r) => !wrote.has(r.id) },
  );
}

/**
 * At release (the second submission, or RELEASE_AFTER_MS after the end):
 * "your feedback is ready" to each participant who received feedback they can
 * read. Both paths share the outbox key `feedback-ready:<booking>:<recipient>`,
 * so nobody hears it twice.
 */
export async function handleFeedbackReady(data: FeedbackReadyJob, ctx: JobContext): Promise<JobOutcome> {
  const b = await loadBooking(data.bookingId);
  if (!b) return { skipped: "booking not found" };
  if (b.status !== "COMPLETED") return { skipped: `booking is ${b.status}` };
  const submitted = await submittedFeedback(b.id);
  if (!isReleased({ endsAt: b.endsAt, bothSubmitted: submitted.length === 2 }, new Date())) {
    return { skipped: "feedback not released yet" };
  }
  const readable = new Set(submitted.filter((f) => f.hiddenAt === null).map((f) => f.subjectId));
  if (readable.size === 0) return { skipped: "no feedback to read" };
  return sendToBoth(b, "feedback-ready", "", ctx, (r, c) => feedbackReadyEmail(templateBooking(c), r, r.counterpart), {
    onlyIf: (r) => readable.has(r.id),
  });
}
