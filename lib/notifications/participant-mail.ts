import { bookingInvite, type CalendarBooking } from "../calendar/booking-ics";
import { calendarBookingSelect, organizerEmail, toCalendarBooking } from "../calendar/calendar-feed";
import { storedLocale } from "../dates/locale";
import { db } from "../db";
import { sendEmail, type SendHooks } from "../email/send-email";
import type { RenderedEmail, TemplateBooking, TemplateRecipient } from "./templates";

/**
 * What every notification job shares: the booking as the e-mails need it, its
 * two participants as recipients, and sending to them through the outbox with
 * a dedupe key per (kind, booking, recipient[, suffix]).
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
    select: {
      id: true,
      email: true,
      locale: true,
      profile: { select: { displayName: true, timeZone: true, reminderEmails: true } },
    },
  },
  interviewer: {
    select: {
      id: true,
      email: true,
      locale: true,
      profile: { select: { displayName: true, timeZone: true, reminderEmails: true } },
    },
  },
  rescheduledFrom: { select: { startsAt: true, endsAt: true } },
} as const;

export async function loadBooking(id: string) {
  return db().booking.findUnique({ where: { id }, select });
}
export type Loaded = NonNullable<Awaited<ReturnType<typeof loadBooking>>>;
type Person = Loaded["candidate"];

export interface Recipient extends TemplateRecipient {
  id: string;
  email: string;
  reminderEmails: boolean;
  counterpart: string;
}

export function recipients(b: Loaded): Recipient[] {
  const name = (p: Person, fallback: string) => p.profile?.displayName ?? fallback;
  const make = (p: Person, role: Recipient["role"], counterpart: string): Recipient | null =>
    p.email
      ? {
          id: p.id,
          email: p.email,
          role,
          name: name(p, "there"),
          timeZone: p.profile?.timeZone ?? "UTC",
          locale: storedLocale(p.locale),
          reminderEmails: p.profile?.reminderEmails ?? true,
          counterpart,
        }
      : null;
  return [
    make(b.candidate, "CANDIDATE", name(b.interviewer, "your interviewer")),
    make(b.interviewer, "INTERVIEWER", name(b.candidate, "your candidate")),
  ].filter((r): r is Recipient => r !== null);
}

export function templateBooking(c: CalendarBooking): TemplateBooking {
  return { typeName: c.typeName, startsAt: c.start, endsAt: c.end, meetingUrl: c.meetingUrl, bookingUrl: c.bookingUrl };
}

export async function sendToBoth(
  b: Loaded,
  kind: string,
  keySuffix: string,
  ctx: JobContext,
  render: (r: Recipient, c: CalendarBooking) => RenderedEmail,
  extras: { ics?: boolean; onlyIf?: (r: Recipient) => boolean; headers?: Record<string, string> } = {},
): Promise<JobOutcome> {
  let sent = 0;
  let duplicates = 0;
  for (const r of recipients(b)) {
    if (extras.onlyIf && !extras.onlyIf(r)) continue;
    // Each person's own copy: their invite names the other person but never carries their address.
    const calendar = toCalendarBooking(b, r.id);
    const ics = extras.ics
      ? {
          method: calendar.cancelled ? ("CANCEL" as const) : ("REQUEST" as const),
          content: bookingInvite(calendar, organizerEmail()),
        }
      : undefined;
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

export function stale(b: Loaded | null, expectedStart: string, allowed: string[] = ["SCHEDULED"]): string | null {
  if (!b) return "booking not found";
  if (!allowed.includes(b.status)) return `booking is ${b.status}`;
  if (b.startsAt.toISOString() !== expectedStart) return "booking moved";
  return null;
}
