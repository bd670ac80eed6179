import { createHash, randomBytes } from "node:crypto";
import type { Caller } from "../auth/sessions";
import { activeUser } from "../auth/sessions";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { calendarFeed, type CalendarBooking } from "./booking-ics";

/**
 * Secret calendar-feed URLs (`/api/v1/calendar/<token>.ics`). A calendar app
 * cannot sign in, so the token is the credential: 32 random bytes, stored as a
 * sha256, revocable. Making a new one revokes the old.
 */
const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export function feedUrl(token: string): string {
  return `${env().PUBLIC_URL}/api/v1/calendar/${token}.ics`;
}

export function organizerEmail(): string {
  return /<([^>]+)>/.exec(env().EMAIL_FROM)?.[1] ?? env().EMAIL_FROM;
}

export async function createCalendarFeed(caller: Caller): Promise<{ url: string }> {
  const token = randomBytes(32).toString("base64url");
  await db().$transaction([
    db().calendarFeedToken.updateMany({
      where: { userId: caller.id, revokedAt: null },
      data: { revokedAt: new Date() },
    }),
    db().calendarFeedToken.create({ data: { userId: caller.id, tokenHash: hash(token) } }),
  ]);
  return { url: feedUrl(token) };
}

export async function revokeCalendarFeed(caller: Caller): Promise<void> {
  await db().calendarFeedToken.updateMany({
    where: { userId: caller.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

export async function hasCalendarFeed(caller: Caller): Promise<boolean> {
  return (await db().calendarFeedToken.count({ where: { userId: caller.id, revokedAt: null } })) > 0;
}

const FEED_PAST_DAYS = 30;

/** The feed for a token: scheduled interviews from a month ago on. Unknown or revoked tokens are a 404. */
export async function feedForToken(token: string, now = new Date()): Promise<string> {
  const feed = await db().calendarFeedToken.findFirst({
    where: { tokenHash: hash(token), revokedAt: null, user: activeUser },
    select: { userId: true },
  });
  if (!feed) throw new AppError("NOT_FOUND", "No such calendar.");
  const bookings = await db().booking.findMany({
    where: {
      participants: { some: { userId: feed.userId } },
      status: { in: ["SCHEDULED", "COMPLETED"] },
      endsAt: { gte: new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000) },
    },
    orderBy: { startsAt: "asc" },
    take: 500,
    select: calendarBookingSelect,
  });
  return calendarFeed(
    bookings.map((b) => toCalendarBooking(b, feed.userId)),
    organizerEmail(),
    "MockLoop interviews",
  );
}

export const calendarBookingSelect = {
  id: true,
  calendarUid: true,
  calendarSequence: true,
  startsAt: true,
  endsAt: true,
  status: true,
  meetingUrl: true,
  candidateId: true,
  interviewerId: true,
  interviewType: { select: { name: true } },
  candidate: { select: { email: true, profile: { select: { displayName: true } } } },
  interviewer: { select: { email: true, profile: { select: { displayName: true } } } },
} as const;

type Row = {
  id: string;
  calendarUid: string | null;
  calendarSequence: number;
  startsAt: Date;
  endsAt: Date;
  status: string;
  meetingUrl: string | null;
  candidateId: string;
  interviewerId: string;
  interviewType: { name: string };
  candidate: { email: string | null; profile: { displayName: string } | null };
  interviewer: { email: string | null; profile: { displayName: string } | null };
};

/**
 * The booking as `readerId` (the person whose invite or feed this is) may see it: their own
 * address, the other person by name only. Profiles promise addresses are never shown, and a
 * calendar file is forwarded and synced far beyond MockLoop (decision 0018).
 */
export function toCalendarBooking(b: Row, readerId: string): CalendarBooking {
  return {
    uid: b.calendarUid ?? `${b.id}@mockloop`,
    sequence: b.calendarSequence,
    start: b.startsAt,
    end: b.endsAt,
    typeName: b.interviewType.name,
    cancelled: b.status === "CANCELLED",
    meetingUrl: b.meetingUrl,
    bookingUrl: `${env().PUBLIC_URL}/bookings/${b.id}`,
    candidate: {
      name: b.candidate.profile?.displayName ?? "Candidate",
      email: b.candidateId === readerId ? b.candidate.email : null,
    },
    interviewer: {
      name: b.interviewer.profile?.displayName ?? "Interviewer",
      email: b.interviewerId === readerId ? b.interviewer.email : null,
    },
  };
}
