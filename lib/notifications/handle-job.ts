import { env } from "../env";
import { QUEUES, type QueueName } from "../jobs/boss";
import { logger } from "../logger";
import type { BookingJob, CancelledJob, FeedbackRequestJob, ReminderJob, RescheduledJob } from "./booking-jobs";
import { closeInterview, handleFeedbackReady, handleFeedbackReminder } from "./feedback-handlers";
import { handleCalendarRefresh, type CalendarRefreshOutcome } from "../external-calendars/calendar-jobs";
import { handleMatchSweep, type MatchSweepOutcome } from "../matching/match-jobs";
import {
  loadBooking,
  sendToBoth,
  stale,
  templateBooking,
  type JobContext,
  type JobOutcome as MailOutcome,
} from "./participant-mail";
import {
  cancellationEmail,
  confirmationEmail,
  feedbackRequestEmail,
  reminderEmail,
  rescheduledEmail,
} from "./templates";

export type { JobContext } from "./participant-mail";
export type JobOutcome = MailOutcome | MatchSweepOutcome | CalendarRefreshOutcome;

/**
 * The job handlers. Each loads the booking afresh, e-mails both participants
 * through the outbox with a dedupe key per (kind, booking, recipient[, start]),
 * so a job that runs twice sends each e-mail once. Timed jobs (reminders,
 * feedback requests) are skipped when the booking is no longer SCHEDULED or
 * has moved since the job was made.
 */
export async function handleConfirmation(data: BookingJob, ctx: JobContext): Promise<JobOutcome> {
  const b = await loadBooking(data.bookingId);
  if (!b) return { skipped: "booking not found" };
  return sendToBoth(
    b,
    "booking-confirmation",
    "",
    ctx,
    (r, c) => confirmationEmail(templateBooking(c), r, r.counterpart),
    {
      ics: true,
    },
  );
}

export async function handleRescheduled(data: RescheduledJob, ctx: JobContext): Promise<JobOutcome> {
  const b = await loadBooking(data.bookingId);
  if (!b) return { skipped: "booking not found" };
  const previous = b.rescheduledFrom ?? { startsAt: b.startsAt, endsAt: b.endsAt };
  return sendToBoth(
    b,
    "booking-rescheduled",
    "",
    ctx,
    (r, c) => rescheduledEmail(templateBooking(c), previous, r, r.counterpart, data.reason),
    { ics: true },
  );
}

export async function handleCancelled(data: CancelledJob, ctx: JobContext): Promise<JobOutcome> {
  const b = await loadBooking(data.bookingId);
  if (!b) return { skipped: "booking not found" };
  const reason = b.cancelReason ?? data.reason;
  return sendToBoth(
    b,
    "booking-cancelled",
    "",
    ctx,
    (r, c) => cancellationEmail(templateBooking(c), r, r.counterpart, reason),
    {
      ics: true,
    },
  );
}

export async function handleReminder(data: ReminderJob, ctx: JobContext): Promise<JobOutcome> {
  const b = await loadBooking(data.bookingId);
  const why = stale(b, data.expectedStart);
  if (why || !b) return { skipped: why ?? "booking not found" };
  const settingsUrl = `${env().PUBLIC_URL}/settings`;
  return sendToBoth(
    b,
    `reminder-${data.lead}`,
    `:${data.expectedStart}`,
    ctx,
    (r, c) => reminderEmail(templateBooking(c), r, r.counterpart, data.lead, settingsUrl),
    {
      onlyIf: (r) => r.reminderEmails,
      headers: { "List-Unsubscribe": `<${settingsUrl}>` },
    },
  );
}

export async function handleFeedbackRequest(data: FeedbackRequestJob, ctx: JobContext): Promise<JobOutcome> {
  const b = await loadBooking(data.bookingId);
  // The interview ran unless someone cancelled, moved or reported a no-show.
  const why = stale(b, data.expectedStart, ["SCHEDULED", "COMPLETED"]);
  if (why || !b) return { skipped: why ?? "booking not found" };
  // Completes the booking and schedules the reminder and release jobs; nobody who already wrote is asked.
  const wrote = await closeInterview(b);
  return sendToBoth(
    b,
    "feedback-request",
    `:${data.expectedStart}`,
    ctx,
    (r, c) => feedbackRequestEmail(templateBooking(c), r, r.counterpart),
    { onlyIf: (r) => !wrote.has(r.id) },
  );
}

type Handler = (data: never, ctx: JobContext) => Promise<JobOutcome>;

export const HANDLERS: Record<QueueName, Handler> = {
  [QUEUES.confirmation]: handleConfirmation,
  [QUEUES.rescheduled]: handleRescheduled,
  [QUEUES.cancelled]: handleCancelled,
  [QUEUES.reminder]: handleReminder,
  [QUEUES.feedbackRequest]: handleFeedbackRequest,
  [QUEUES.feedbackReminder]: handleFeedbackReminder,
  [QUEUES.feedbackReady]: handleFeedbackReady,
  [QUEUES.matchSweep]: handleMatchSweep,
  [QUEUES.calendarRefresh]: handleCalendarRefresh,
};

/** Runs one job by queue name; what the worker calls for each job pg-boss hands it. */
export async function handleJob(name: QueueName, data: unknown, ctx: JobContext): Promise<JobOutcome> {
  const outcome = await HANDLERS[name](data as never, ctx);
  logger.info({ queue: name, jobId: ctx.jobId, attempt: ctx.attempt, outcome }, "job handled");
  return outcome;
}
