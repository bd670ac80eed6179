import type { DbTransaction } from "../db";
import { FEEDBACK_REMINDER_AFTER_MS, RELEASE_AFTER_MS } from "../feedback/feedback.schema";
import { getBoss, enqueue, QUEUES, type QueueName } from "../jobs/boss";
import { fromPrisma } from "pg-boss";

/**
 * The feedback follow-ups of an interview that has ended: one reminder to
 * whoever has not written yet, and a "your feedback is ready" e-mail at
 * release. These jobs only notify: whether feedback is visible is computed
 * from the data on every read, so a lost or late job never hides anything.
 */
export interface FeedbackReminderJob {
  bookingId: string;
  expectedStart: string;
}
export interface FeedbackReadyJob {
  bookingId: string;
}

/** Skips a job that already exists for the same data (a retried feedback-request job must not add more). */
async function enqueueOnce(tx: DbTransaction, name: QueueName, data: object, startAfter?: Date): Promise<void> {
  const boss = await getBoss();
  const existing = await boss.findJobs(name, { data, db: fromPrisma(tx) });
  if (existing.length > 0) return;
  await enqueue(tx, name, data, startAfter ? { startAfter } : {});
}

/** At the end: a reminder FEEDBACK_REMINDER_AFTER_MS later and the release check RELEASE_AFTER_MS later. */
export async function enqueueFeedbackFollowUps(
  tx: DbTransaction,
  booking: { id: string; startsAt: Date; endsAt: Date },
): Promise<void> {
  const end = booking.endsAt.getTime();
  await enqueueOnce(
    tx,
    QUEUES.feedbackReminder,
    { bookingId: booking.id, expectedStart: booking.startsAt.toISOString() } satisfies FeedbackReminderJob,
    new Date(end + FEEDBACK_REMINDER_AFTER_MS),
  );
  await enqueueOnce(
    tx,
    QUEUES.feedbackReady,
    { bookingId: booking.id } satisfies FeedbackReadyJob,
    new Date(end + RELEASE_AFTER_MS),
  );
}

/**
 * The second submission releases feedback at once: announce it now. The
 * outbox key per booking and recipient keeps the 7-day job from sending again.
 */
export async function enqueueFeedbackReady(tx: DbTransaction, job: FeedbackReadyJob): Promise<void> {
  await enqueue(tx, QUEUES.feedbackReady, job satisfies FeedbackReadyJob);
}
