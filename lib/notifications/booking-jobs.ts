import type { JobInsert } from "pg-boss";
import type { DbTransaction } from "../db";
import { cancelQueuedJobs, enqueue, QUEUES } from "../jobs/boss";
import { enqueueJobs, type JobBatch } from "../jobs/enqueue-jobs";
import type { ReminderLead } from "./templates";

/**
 * The jobs a booking change causes, enqueued inside the change's own
 * transaction: an e-mail about the change now, reminders 24 h and 1 h before
 * the start (unless already past) and a feedback request at the end. Timed
 * jobs carry the start they were made for; the handler skips them when the
 * booking has since moved or stopped being SCHEDULED.
 */
export interface BookingJob {
  bookingId: string;
}
export interface RescheduledJob extends BookingJob {
  previousBookingId: string;
  reason: string | null;
}
export interface CancelledJob extends BookingJob {
  reason: string;
}
export interface ReminderJob extends BookingJob {
  expectedStart: string;
  lead: ReminderLead;
}
export interface FeedbackRequestJob extends BookingJob {
  expectedStart: string;
}

export const REMINDER_LEADS: Record<ReminderLead, number> = { "24h": 24 * 3_600_000, "1h": 3_600_000 };

interface BookingTimes {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

/** Timed jobs for a booking, per queue (all of a change's jobs go in one statement, enqueueJobs). */
function timedJobs(b: BookingTimes, now: Date): JobBatch[] {
  const expectedStart = b.startsAt.toISOString();
  const reminders: JobInsert[] = [];
  for (const [lead, ms] of Object.entries(REMINDER_LEADS) as [ReminderLead, number][]) {
    const at = new Date(b.startsAt.getTime() - ms);
    if (at <= now) continue;
    reminders.push({ data: { bookingId: b.id, expectedStart, lead } satisfies ReminderJob, startAfter: at });
  }
  return [
    [QUEUES.reminder, reminders],
    [
      QUEUES.feedbackRequest,
      [{ data: { bookingId: b.id, expectedStart } satisfies FeedbackRequestJob, startAfter: b.endsAt }],
    ],
  ];
}

async function dropTimedJobs(tx: DbTransaction, bookingId: string): Promise<void> {
  await cancelQueuedJobs(tx, QUEUES.reminder, { bookingId });
  await cancelQueuedJobs(tx, QUEUES.feedbackRequest, { bookingId });
}

/** A new booking's jobs: insertBooking folds them into its own statement (jobInsertCtes), else enqueueJobs. */
export function bookingCreatedJobs(booking: BookingTimes, now = new Date()): JobBatch[] {
  return [
    [QUEUES.confirmation, [{ data: { bookingId: booking.id } satisfies BookingJob }]],
    ...timedJobs(booking, now),
  ];
}

/** One "moved" notice (not a fresh confirmation); the old booking's reminders go, the new one's come. */
export async function enqueueBookingRescheduled(
  tx: DbTransaction,
  old: { id: string },
  replacement: BookingTimes,
  reason: string | null,
  now = new Date(),
): Promise<void> {
  await dropTimedJobs(tx, old.id);
  await enqueueJobs(tx, [
    [
      QUEUES.rescheduled,
      [{ data: { bookingId: replacement.id, previousBookingId: old.id, reason } satisfies RescheduledJob }],
    ],
    ...timedJobs(replacement, now),
  ]);
}

export async function enqueueBookingCancelled(
  tx: DbTransaction,
  booking: { id: string },
  reason: string,
): Promise<void> {
  await dropTimedJobs(tx, booking.id);
  await enqueue(tx, QUEUES.cancelled, { bookingId: booking.id, reason } satisfies CancelledJob);
}
