import { randomUUID } from "node:crypto";
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelBooking, rescheduleBooking } from "../booking/booking-lifecycle";
import { createBooking } from "../booking/create-booking";
import { db } from "../db";
import { sendEmail } from "../email/send-email";
import { stopBoss } from "../jobs/boss";
import { rememberLocale } from "../users/user-locale";
import { openAvailability } from "../../tests/factories/availability";
import { createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import {
  handleCancelled,
  handleConfirmation,
  handleFeedbackRequest,
  handleReminder,
  handleRescheduled,
} from "./handle-job";

const HOUR = 3_600_000;
const ctx = (attempt = 0) => ({ jobId: randomUUID(), attempt });

function inDays(days: number, hourUtc = 10): Date {
  const d = new Date(Date.now() + days * 24 * HOUR);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
}

async function pair(options: { candidateName?: string; candidateZone?: string } = {}) {
  const interviewer = await createTestUser();
  await openAvailability(interviewer.caller);
  const candidate = await createTestUser({ timeZone: options.candidateZone ?? "Asia/Tokyo" });
  if (options.candidateName) {
    await db().profile.update({ where: { userId: candidate.caller.id }, data: { displayName: options.candidateName } });
  }
  return { interviewer, candidate };
}

async function book(candidate: TestUser, interviewer: TestUser, start: Date) {
  const { booking } = await createBooking(
    candidate.caller,
    { interviewerId: interviewer.caller.id, interviewType: "system-design", start },
    randomUUID(),
  );
  return booking;
}

const outbox = (bookingId: string) =>
  db().emailOutbox.findMany({ where: { dedupeKey: { contains: `:${bookingId}:` } }, orderBy: { dedupeKey: "asc" } });

function parseInvite(ics: string) {
  const event = Object.values(ical.sync.parseICS(ics)).find((c): c is VEvent => c?.type === "VEVENT");
  if (!event) throw new Error("no VEVENT in the invite");
  return { method: /^METHOD:(\w+)/m.exec(ics)?.[1], event };
}

beforeAll(ensureInterviewTypes);
afterAll(() => stopBoss());

describe("notification handlers", () => {
  it("confirmation: one e-mail per participant with a REQUEST invite, never twice even when the job runs again", async () => {
    const { interviewer, candidate } = await pair();
    const start = inDays(3, 14);
    const booking = await book(candidate, interviewer, start);
    expect(await handleConfirmation({ bookingId: booking.id }, ctx())).toEqual({ sent: 2, duplicates: 0 });
    expect(await handleConfirmation({ bookingId: booking.id }, ctx(1))).toEqual({ sent: 0, duplicates: 2 });
    const rows = await outbox(booking.id);
    expect(rows.map((r) => r.toAddress).sort()).toEqual([candidate.email, interviewer.email].sort());
    expect(rows.every((r) => r.status === "LOGGED" && r.kind === "booking-confirmation")).toBe(true);
    const toCandidate = rows.find((r) => r.toAddress === candidate.email)!;
    // The candidate is in Tokyo: 14:00 UTC is 23:00 there.
    expect(toCandidate.textBody).toContain("23:00–00:00 (Asia/Tokyo, GMT+9)");
    expect(toCandidate.textBody).toContain(`/bookings/${booking.id}`);
    expect(toCandidate.textBody).toContain(booking.meetingUrl!);
    const toInterviewer = rows.find((r) => r.toAddress === interviewer.email)!;
    // openAvailability sets the interviewer's zone to UTC.
    expect(toInterviewer.textBody).toContain("14:00–15:00 (UTC)");
    const invite = parseInvite(toCandidate.ics!);
    expect(invite.method).toBe("REQUEST");
    expect(invite.event.start.getTime()).toBe(start.getTime());
    // Each person's invite carries their own address, never the other's (unfolded: lines fold at 75 octets).
    const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, "");
    expect(unfold(toCandidate.ics!)).not.toContain(interviewer.email);
    expect(unfold(toInterviewer.ics!)).not.toContain(candidate.email);
    expect(unfold(toInterviewer.ics!)).toContain(interviewer.email);
  });

  it("confirmation: each person's times in the locale stored from their pages (12-hour for en-US, else en-GB)", async () => {
    const { interviewer, candidate } = await pair({ candidateZone: "Asia/Tokyo" });
    expect(await rememberLocale(candidate.caller.id, "en-US")).toBe(true);
    // Recorded only when it changed: the same locale again writes nothing.
    expect(await rememberLocale(candidate.caller.id, "en-US")).toBe(false);
    const booking = await book(candidate, interviewer, inDays(3, 14));
    await handleConfirmation({ bookingId: booking.id }, ctx());
    const rows = await outbox(booking.id);
    const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");
    const toCandidate = plain(rows.find((r) => r.toAddress === candidate.email)!.textBody);
    // 14:00 UTC is 11 PM in Tokyo (no daylight saving, so any day of the year).
    expect(toCandidate).toMatch(/When: \w+, \w+ \d+, \d{4}, 11:00 PM–12:00 AM \(Asia\/Tokyo, GMT\+9\)/);
    // The interviewer has no stored locale: en-GB, a 24-hour clock.
    const toInterviewer = plain(rows.find((r) => r.toAddress === interviewer.email)!.textBody);
    expect(toInterviewer).toMatch(/When: \w+, \d+ \w+ \d{4}, 14:00–15:00 \(UTC\)/);
  });

  it("escapes names and reasons in HTML", async () => {
    const { interviewer, candidate } = await pair({ candidateName: `<img src=x onerror="alert(1)">` });
    const booking = await book(candidate, interviewer, inDays(4));
    await handleConfirmation({ bookingId: booking.id }, ctx());
    const toInterviewer = (await outbox(booking.id)).find((r) => r.toAddress === interviewer.email)!;
    expect(toInterviewer.htmlBody).not.toContain("<img");
    expect(toInterviewer.htmlBody).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(toInterviewer.textBody).toContain(`<img src=x onerror="alert(1)">`);
  });

  it("cancellation: carries the reason and a CANCEL invite with a higher SEQUENCE; later reminders are skipped", async () => {
    const { interviewer, candidate } = await pair();
    const start = inDays(5);
    const booking = await book(candidate, interviewer, start);
    await handleConfirmation({ bookingId: booking.id }, ctx());
    await cancelBooking(interviewer.caller, booking.id, "Family <emergency>");
    expect(await handleCancelled({ bookingId: booking.id, reason: "x" }, ctx())).toEqual({ sent: 2, duplicates: 0 });
    const rows = await outbox(booking.id);
    const cancelled = rows.filter((r) => r.kind === "booking-cancelled");
    expect(cancelled).toHaveLength(2);
    expect(cancelled[0]!.textBody).toContain("Reason given: Family <emergency>");
    expect(cancelled[0]!.htmlBody).toContain("Family &lt;emergency&gt;");
    const confirmed = parseInvite(rows.find((r) => r.kind === "booking-confirmation")!.ics!);
    const cancel = parseInvite(cancelled[0]!.ics!);
    expect(cancel.method).toBe("CANCEL");
    expect(cancel.event.uid).toBe(confirmed.event.uid);
    expect(Number(cancel.event.sequence)).toBeGreaterThan(Number(confirmed.event.sequence));
    const expectedStart = start.toISOString();
    expect(await handleReminder({ bookingId: booking.id, expectedStart, lead: "24h" }, ctx())).toEqual({
      skipped: "booking is CANCELLED",
    });
    expect(await handleFeedbackRequest({ bookingId: booking.id, expectedStart }, ctx())).toEqual({
      skipped: "booking is CANCELLED",
    });
  });

  it("reschedule: one 'moved' notice on the new booking with the same UID; the old booking's reminders are skipped", async () => {
    const { interviewer, candidate } = await pair();
    const oldStart = inDays(6);
    const old = await book(candidate, interviewer, oldStart);
    const moved = await rescheduleBooking(candidate.caller, old.id, inDays(6, 16), "Clash");
    expect(await handleRescheduled({ bookingId: moved.id, previousBookingId: old.id, reason: "Clash" }, ctx())).toEqual(
      {
        sent: 2,
        duplicates: 0,
      },
    );
    const rows = await outbox(moved.id);
    expect(rows.map((r) => r.kind)).toEqual(["booking-rescheduled", "booking-rescheduled"]);
    expect(rows[0]!.textBody).toContain("Was:");
    expect(rows[0]!.textBody).toContain("Reason given: Clash");
    expect(parseInvite(rows[0]!.ics!).method).toBe("REQUEST");
    expect(
      await handleReminder({ bookingId: old.id, expectedStart: oldStart.toISOString(), lead: "1h" }, ctx()),
    ).toEqual({ skipped: "booking is RESCHEDULED" });
    // A job made for another start of the same booking is stale too.
    expect(
      await handleReminder({ bookingId: moved.id, expectedStart: oldStart.toISOString(), lead: "1h" }, ctx()),
    ).toEqual({ skipped: "booking moved" });
  });

  it("reminders: List-Unsubscribe header, once per start, and not to someone who turned them off", async () => {
    const { interviewer, candidate } = await pair();
    const start = inDays(8);
    const booking = await book(candidate, interviewer, start);
    await db().profile.update({ where: { userId: interviewer.caller.id }, data: { reminderEmails: false } });
    const data = { bookingId: booking.id, expectedStart: start.toISOString(), lead: "24h" as const };
    expect(await handleReminder(data, ctx())).toEqual({ sent: 1, duplicates: 0 });
    expect(await handleReminder(data, ctx())).toEqual({ sent: 0, duplicates: 1 });
    const rows = await outbox(booking.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.toAddress).toBe(candidate.email);
    expect(rows[0]!.dedupeKey).toBe(`reminder-24h:${booking.id}:${candidate.caller.id}:${start.toISOString()}`);
    expect(rows[0]!.headers).toEqual({ "List-Unsubscribe": "<http://localhost:3000/settings>" });
    expect(rows[0]!.subject).toContain("tomorrow");
    expect(await handleFeedbackRequest({ bookingId: booking.id, expectedStart: start.toISOString() }, ctx())).toEqual({
      sent: 2,
      duplicates: 0,
    });
  });
});

describe("outbox claims", () => {
  const email = (key: string) => ({ dedupeKey: key, kind: "test", to: "a@test.mockloop.dev", subject: "s", text: "t" });

  it("a later attempt of the same job takes over a claim its crashed predecessor left; nobody else does", async () => {
    const key = `claim:${randomUUID()}`;
    const job = randomUUID();
    await expect(
      sendEmail({ ...email(key), claimant: { id: job, attempt: 0 } }, db(), {
        afterClaim: () => {
          throw new Error("crash after claim");
        },
      }),
    ).rejects.toThrow("crash after claim");
    expect((await db().emailOutbox.findUniqueOrThrow({ where: { dedupeKey: key } })).status).toBe("PENDING");
    expect(await sendEmail({ ...email(key), claimant: { id: randomUUID(), attempt: 5 } })).toBe("duplicate");
    expect(await sendEmail({ ...email(key), claimant: { id: job, attempt: 0 } })).toBe("duplicate");
    expect(await sendEmail({ ...email(key), claimant: { id: job, attempt: 1 } })).toBe("logged");
    expect(await sendEmail({ ...email(key), claimant: { id: job, attempt: 2 } })).toBe("duplicate");
    expect(await db().emailOutbox.count({ where: { dedupeKey: key } })).toBe(1);
  });

  it("e-mails without a claimant (sign-in links) keep their once-only behaviour", async () => {
    const key = `claim:${randomUUID()}`;
    expect(await sendEmail(email(key))).toBe("logged");
    expect(await sendEmail(email(key))).toBe("duplicate");
  });
});
