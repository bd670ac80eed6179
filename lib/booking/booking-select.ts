import type { DbClient } from "../db";
import { Prisma, type BookingStatus } from "../generated/prisma/client";
import { bookingActionWindows, type BookingForRules } from "./allowed-actions";

/** What a participant sees of a booking (both sides see the same fields, see `forViewer`). */
export const bookingSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  createdAt: true,
  meetingUrl: true,
  cancelReason: true,
  cancelledLate: true,
  rescheduledFromId: true,
  interviewType: { select: { slug: true, name: true, durationMinutes: true } },
  question: { select: { id: true, title: true } },
  candidate: { select: { id: true, profile: { select: { displayName: true, timeZone: true } } } },
  interviewer: { select: { id: true, profile: { select: { displayName: true, timeZone: true } } } },
  rescheduledTo: { select: { id: true, startsAt: true } },
} as const;

type Selected = BookingForRules & { question: { id: string; title: string } | null };

/**
 * The candidate should meet the question fresh: they see which question it was
 * only once the interview has ended; the interviewer sees it to prepare. The
 * viewer's allowed actions come from the one module of booking rules.
 */
export function forViewer<T extends Selected>(booking: T, viewerId: string, now = new Date()) {
  const role = booking.candidate.id === viewerId ? ("CANDIDATE" as const) : ("INTERVIEWER" as const);
  const hideQuestion = role === "CANDIDATE" && booking.endsAt > now;
  return {
    ...booking,
    role,
    question: hideQuestion ? null : booking.question,
    allowedActions: bookingActionWindows(booking, viewerId, now),
  };
}

export type BookingView = Prisma.BookingGetPayload<{ select: typeof bookingSelect }>;

export interface BookingViewRow {
  id: string;
  status: BookingStatus;
  starts_at: Date;
  ends_at: Date;
  created_at: Date;
  meeting_url: string | null;
  cancel_reason: string | null;
  cancelled_late: boolean;
  rescheduled_from_id: string | null;
  type_slug: string;
  type_name: string;
  type_duration: number;
  question_id: string | null;
  question_title: string | null;
  candidate_id: string;
  candidate_name: string | null;
  candidate_zone: string | null;
  interviewer_id: string;
  interviewer_name: string | null;
  interviewer_zone: string | null;
  rescheduled_to_id: string | null;
  rescheduled_to_starts_at: Date | null;
}

/**
 * One booking as `bookingSelect` shapes it, read with one joined statement:
 * Prisma reads each relation of that select with a query of its own (eight in
 * all), run side by side, which on a booking's transaction only queues them on
 * its one connection. booking-statements.int.test.ts checks both give the same.
 */
export async function loadBookingView(
  client: DbClient,
  where: { id: string } | { candidateId: string; idempotencyKey: string },
): Promise<BookingView | null> {
  const [row] = await client.$queryRaw<BookingViewRow[]>(bookingViewSql(where));
  return row ? toBookingView(row) : null;
}

/** loadBookingView's query, for a write that returns the booking from its own statement (insertBooking). */
export function bookingViewSql(where: { id: string } | { candidateId: string; idempotencyKey: string }): Prisma.Sql {
  const match =
    "id" in where
      ? Prisma.sql`b.id = ${where.id}`
      : Prisma.sql`b.candidate_id = ${where.candidateId} AND b.idempotency_key = ${where.idempotencyKey}`;
  return Prisma.sql`
    SELECT b.id, b.status, b.starts_at, b.ends_at, b.created_at, b.meeting_url, b.cancel_reason,
           b.cancelled_late, b.rescheduled_from_id,
           t.slug AS type_slug, t.name AS type_name, t.duration_minutes AS type_duration,
           q.id AS question_id, q.title AS question_title,
           b.candidate_id, cp.display_name AS candidate_name, cp.time_zone AS candidate_zone,
           b.interviewer_id, ip.display_name AS interviewer_name, ip.time_zone AS interviewer_zone,
           nb.id AS rescheduled_to_id, nb.starts_at AS rescheduled_to_starts_at
      FROM bookings b
      JOIN interview_types t ON t.id = b.interview_type_id
      LEFT JOIN questions q ON q.id = b.question_id
      LEFT JOIN profiles cp ON cp.user_id = b.candidate_id
      LEFT JOIN profiles ip ON ip.user_id = b.interviewer_id
      LEFT JOIN bookings nb ON nb.rescheduled_from_id = b.id
     WHERE ${match}`;
}

const person = (id: string, displayName: string | null, timeZone: string | null) => ({
  id,
  profile: displayName === null || timeZone === null ? null : { displayName, timeZone },
});

/** Keys in bookingSelect's order, so the JSON reads the same as before. */
export function toBookingView(r: BookingViewRow): BookingView {
  return {
    id: r.id,
    status: r.status,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    createdAt: r.created_at,
    meetingUrl: r.meeting_url,
    cancelReason: r.cancel_reason,
    cancelledLate: r.cancelled_late,
    rescheduledFromId: r.rescheduled_from_id,
    interviewType: { slug: r.type_slug, name: r.type_name, durationMinutes: r.type_duration },
    question: r.question_id === null ? null : { id: r.question_id, title: r.question_title! },
    candidate: person(r.candidate_id, r.candidate_name, r.candidate_zone),
    interviewer: person(r.interviewer_id, r.interviewer_name, r.interviewer_zone),
    rescheduledTo:
      r.rescheduled_to_id === null ? null : { id: r.rescheduled_to_id, startsAt: r.rescheduled_to_starts_at! },
  };
}
