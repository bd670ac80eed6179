import { bookingInvite, type CalendarBooking } from "../calendar/booking-ics";
import { calendarBookingSelect, organizerEmail, toCalendarBooking } from "../calendar/calendar-feed";
import { db } from "../db";
import { sendEmail, type SendHooks } from "../email/send-email";
import { env } from "../env";
import { QUEUES, type QueueName } from "../jobs/boss";
import { logger } from "../logger";
import type { BookingJob, CancelledJob, FeedbackRequestJob, ReminderJob, RescheduledJob } from "./booking-jobs";
import {
  cancellationEmail,
  confirmationEmail,
  feedbackRequestEmail,
  reminderEmail,
  rescheduledEmail,
  type RenderedEmail,
  type TemplateBooking,
  type TemplateRecipient,
} from "./templates";

/**
 * The job handlers. Each loads the booking afresh, e-mails both participants
 * through the outbox with a dedupe key per (kind, booking, recipient[, start]),
 * so a job that runs twice sends each e-mail once. Timed jobs (reminders,
 * feedback requests) are skipped when the booking is no longer SCHEDULED or
 * has moved since the job was made.
 */
export interface JobContext {
  /** pg-boss job id and retryCount: lets a later attempt take over an e-mail a crashed one claimed. */
  jobId: string;
  attempt: number;
  hooks?: SendHooks;
}

export type JobOutcome = { sent: number; duplicates: number } | { skipped: string };

const select = {
  ...calendarBookingSelect,
  cancelReason: true,
  candidate: {
    select: { id: true, email: true, profile: { select: { displayName: true, timeZone: true, reminderEmails: true } } },
  },
  interviewer: {
    select: { id: true, email: true, profile: { select: { displayName: true, timeZone: true, reminderEmails: true } } },
  },
  rescheduledFrom: { select: { startsAt: true, endsAt: true } },
} as const;

async function loadBooking(id: string) {
  return db().booking.findUnique({ where: { id }, select });
}
type Loaded = NonNullable<Awaited<ReturnType<typeof loadBooking>>>;
type Person = Loaded["candidate"];

interface Recipient extends TemplateRecipient {
  id: string;
  email: string;
  reminderEmails: boolean;
  counterpart: string;
}

function recipients(b: Loaded): Recipient[] {
  const name = (p: Person, fallback: string) => p.profile?.displayName ?? fallback;
  const make = (p: Person, role: Recipient["role"], counterpart: string): Recipient | null =>
    p.email
      ? {
          id: p.id,
          email: p.email,
          role,
          name: name(p, "there"),
          timeZone: p.profile?.timeZone ?? "UTC",
          reminderEmails: p.profile?.reminderEmails ?? true,
          counterpart,
        }
      : null;
  return [
    make(b.candidate, "CANDIDATE", name(b.interviewer, "your interviewer")),
    make(b.interviewer, "INTERVIEWER", name(b.candidate, "your candidate")),
  ].filter((r): r is Recipient => r !== null);
}

function templateBooking(c: CalendarBooking): TemplateBooking {
  return { typeName: c.typeName, startsAt: c.start, endsAt: c.end, meetingUrl: c.meetingUrl, bookingUrl: c.bookingUrl };
}

async function sendToBoth(
  b: Loaded,
  kind: string,
  keySuffix: string,
  ctx: JobContext,
  render: (r: Recipient, c: CalendarBooking) => RenderedEmail,
  extras: { ics?: boolean; onlyIf?: (r: Recipient) => boolean; headers?: Record<string, string> } = {},
): Promise<JobOutcome> {
  const calendar = toCalendarBooking(b);
  const ics = extras.ics
    ? {
        method: calendar.cancelled ? ("CANCEL" as const) : ("REQUEST" as const),
        content: bookingInvite(calendar, organizerEmail()),
      }
    : undefined;
  let sent = 0;
  let duplicates = 0;
  for (const r of recipients(b)) {
    if (extras.onlyIf && !extras.onlyIf(r)) continue;
    const email = render(r, calendar);
    const result = await sendEmail(
      {
        dedupeKey: `${kind}:${b.id}:${r.id}${keySuffix}`,
        kind,
        to: r.email,
        ...email,
        ...(ics ? { ics } : {}),
        ...(extras.headers ? { headers: extras.headers } : {}),
        claimant: { id: ctx.jobId, attempt: ctx.attempt },
      },
      db(),
      ctx.hooks,
    );
    if (result === "duplicate") duplicates++;
    else sent++;
  }
  return { sent, duplicates };
}

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

function stale(b: Loaded | null, expectedStart: string, allowed: string[] = ["SCHEDULED"]): string | null {
  if (!b) return "booking not found";
  if (!allowed.includes(b.status)) return `booking is ${b.status}`;
  if (b.startsAt.toISOString() !== expectedStart) return "booking moved";
  return null;
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
  return sendToBoth(b, "feedback-request", `:${data.expectedStart}`, ctx, (r, c) =>
    feedbackRequestEmail(templateBooking(c), r, r.counterpart),
  );
}

type Handler = (data: never, ctx: JobContext) => Promise<JobOutcome>;

export const HANDLERS: Record<QueueName, Handler> = {
  [QUEUES.confirmation]: handleConfirmation,
  [QUEUES.rescheduled]: handleRescheduled,
  [QUEUES.cancelled]: handleCancelled,
  [QUEUES.reminder]: handleReminder,
  [QUEUES.feedbackRequest]: handleFeedbackRequest,
};

/** Runs one job by queue name; what the worker calls for each job pg-boss hands it. */
export async function handleJob(name: QueueName, data: unknown, ctx: JobContext): Promise<JobOutcome> {
  const outcome = await HANDLERS[name](data as never, ctx);
  logger.info({ queue: name, jobId: ctx.jobId, attempt: ctx.attempt, outcome }, "job handled");
  return outcome;
}
