import { randomUUID } from "node:crypto";
import ical, { type VEvent } from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as book } from "../../app/api/v1/bookings/route";
import { POST as cancel } from "../../app/api/v1/bookings/[id]/cancel/route";
import { POST as reschedule } from "../../app/api/v1/bookings/[id]/reschedule/route";
import { GET as feedRoute } from "../../app/api/v1/calendar/[file]/route";
import { DELETE as revokeRoute, POST as createFeedRoute } from "../../app/api/v1/me/calendar-feed/route";
import { db } from "../db";
import { openAvailability } from "../../tests/factories/availability";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import { bookingInvite } from "./booking-ics";
import { calendarBookingSelect, organizerEmail, toCalendarBooking } from "./calendar-feed";

const HOUR = 3_600_000;
function inDays(days: number, hour = 10): Date {
  const d = new Date(Date.now() + days * 24 * HOUR);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
}

function events(ics: string): VEvent[] {
  return Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === "VEVENT");
}

async function invite(bookingId: string, readerId: string) {
  const row = await db().booking.findUniqueOrThrow({ where: { id: bookingId }, select: calendarBookingSelect });
  return unfold(bookingInvite(toCalendarBooking(row, readerId), organizerEmail()));
}

/** iCalendar folds lines at 75 octets; unfolded, an address can't hide across a line break. */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, "");

async function feedFor(user: TestUser): Promise<string> {
  const response = await createFeedRoute(
    apiRequest("/api/v1/me/calendar-feed", { method: "POST", headers: bearer(user) }),
  );
  return ((await response.json()) as { url: string }).url;
}

async function fetchFeed(url: string): Promise<Response> {
  const file = url.split("/").at(-1)!;
  return feedRoute(new Request(url), { params: Promise.resolve({ file }) });
}

beforeAll(ensureInterviewTypes);

describe("calendar invites", () => {
  it("keep one UID across a reschedule, raise SEQUENCE, and CANCEL at the end", async () => {
    const interviewer = await createTestUser();
    await openAvailability(interviewer.caller);
    const candidate = await createTestUser();
    const created = await book(
      apiRequest("/api/v1/bookings", {
        method: "POST",
        body: { interviewerId: interviewer.caller.id, interviewType: "system-design", start: inDays(4).toISOString() },
        headers: { ...bearer(candidate), "idempotency-key": randomUUID() },
      }),
    );
    const first = (await created.json()) as { id: string };
    const [original] = events(await invite(first.id, candidate.caller.id));
    expect(await invite(first.id, candidate.caller.id)).toMatch(/METHOD:REQUEST/);
    expect(original!.start.toISOString()).toBe(inDays(4).toISOString());
    expect(Number(original!.sequence)).toBe(0);
    expect(JSON.stringify(original!.attendee)).toContain(candidate.email);
    // Each copy carries its reader's own address only; the other person appears by name.
    const candidateCopy = await invite(first.id, candidate.caller.id);
    const interviewerCopy = await invite(first.id, interviewer.caller.id);
    expect(candidateCopy).not.toContain(interviewer.email);
    expect(candidateCopy).toContain(interviewer.caller.displayName!);
    expect(interviewerCopy).not.toContain(candidate.email);
    expect(interviewerCopy).toContain(interviewer.email);

    const moved = await reschedule(
      apiRequest(`/api/v1/bookings/${first.id}/reschedule`, {
        method: "POST",
        body: { start: inDays(4, 12).toISOString(), reason: "Clash" },
        headers: bearer(candidate),
      }),
      { params: Promise.resolve({ id: first.id }) },
    );
    const second = (await moved.json()) as { id: string };
    const [updated] = events(await invite(second.id, candidate.caller.id));
    expect(updated!.uid).toBe(original!.uid);
    expect(Number(updated!.sequence)).toBe(1);
    expect(updated!.start.toISOString()).toBe(inDays(4, 12).toISOString());

    await cancel(
      apiRequest(`/api/v1/bookings/${second.id}/cancel`, {
        method: "POST",
        body: { reason: "Sick" },
        headers: bearer(interviewer),
      }),
      {
        params: Promise.resolve({ id: second.id }),
      },
    );
    const cancelledIcs = await invite(second.id, candidate.caller.id);
    expect(cancelledIcs).toMatch(/METHOD:CANCEL/);
    const [gone] = events(cancelledIcs);
    expect(gone!.uid).toBe(original!.uid);
    expect(Number(gone!.sequence)).toBe(2);
    expect(gone!.status).toBe("CANCELLED");
    // Times are written in UTC.
    expect(cancelledIcs).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  });
});

describe("calendar feed", () => {
  it("serves the person's interviews at a secret URL, and 404s once revoked or replaced", async () => {
    const interviewer = await createTestUser();
    await openAvailability(interviewer.caller);
    const candidate = await createTestUser();
    const response = await book(
      apiRequest("/api/v1/bookings", {
        method: "POST",
        body: { interviewerId: interviewer.caller.id, interviewType: "system-design", start: inDays(6).toISOString() },
        headers: { ...bearer(candidate), "idempotency-key": randomUUID() },
      }),
    );
    const booking = (await response.json()) as { id: string };
    const url = await feedFor(candidate);
    expect(url).toMatch(/\/api\/v1\/calendar\/[\w-]+\.ics$/);
    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toContain("text/calendar");
    const text = unfold(await feed.text());
    expect(text).not.toContain(interviewer.email);
    const parsed = events(text);
    const urls = parsed.map((e) => (typeof e.url === "string" ? e.url : (e.url as unknown as { val: string }).val));
    expect(urls).toContainEqual(expect.stringContaining(`/bookings/${booking.id}`));

    const replacement = await feedFor(candidate);
    expect((await fetchFeed(url)).status).toBe(404);
    expect((await fetchFeed(replacement)).status).toBe(200);
    await revokeRoute(apiRequest("/api/v1/me/calendar-feed", { method: "DELETE", headers: bearer(candidate) }));
    expect((await fetchFeed(replacement)).status).toBe(404);
    expect((await fetchFeed("http://localhost:3000/api/v1/calendar/not-a-real-token-at-all-000.ics")).status).toBe(404);
  });
});
