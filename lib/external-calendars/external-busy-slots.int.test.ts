import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as book } from "../../app/api/v1/bookings/route";
import { GET as slotsRoute } from "../../app/api/v1/slots/route";
import { startIcsServer, type IcsServer } from "../../tests/support/calendar-servers/ics-server";
import { openAvailability } from "../../tests/factories/availability";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import { connectCalendar, removeCalendar } from "./external-calendars";
import { refreshCalendar } from "./refresh-calendar";

/**
 * Busy time from a connected calendar blocks the interviewer in slot search
 * (one interviewer, and the cached all-interviewers index) and in the booking
 * transaction's re-check; removing the calendar frees it again at once.
 */
type Slots = { slots: { start: string; interviewers: { id: string }[] }[] };
const HOUR = 3_600_000;
const local = { allowPrivate: true };

let ics: IcsServer;
beforeAll(async () => {
  await ensureInterviewTypes();
  ics = await startIcsServer();
});
afterAll(() => ics?.stop());

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** A feed with one busy hour from `start`. */
const oneHourBusy = (uid: string, start: Date) =>
  [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//MockLoop tests//EN",
    "BEGIN:VEVENT",
    `UID:${uid}@ics`,
    "DTSTAMP:20300101T000000Z",
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(new Date(start.getTime() + HOUR))}`,
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");

describe("external busy times in slot search and booking", () => {
  it("hide the clashing starts, refuse a booking over them, and come back when the calendar is removed", async () => {
    const interviewer = await createTestUser({ timeZone: "UTC" });
    const day = new Date(Date.now() + 9 * 24 * HOUR);
    day.setUTCHours(0, 0, 0, 0);
    const date = day.toISOString().slice(0, 10);
    await openAvailability(interviewer.caller, {
      weekly: { "1": [], "2": [], "3": [], "4": [], "5": [], "6": [], "7": [] },
      overrides: [{ date, ranges: [{ start: "08:00", end: "14:00" }] }],
      bufferMinutes: 0,
    });
    const busyStart = new Date(day.getTime() + 10 * HOUR);
    ics.set("/slots.ics", oneHourBusy("slots", busyStart));
    const viewer = await createTestUser();
    const at = (hours: number) => new Date(day.getTime() + hours * HOUR).toISOString();
    const startsFor = async (who: TestUser, oneInterviewer: boolean) => {
      const params = new URLSearchParams({
        interviewType: "system-design",
        from: at(0),
        to: at(24),
        ...(oneInterviewer ? { interviewer: interviewer.caller.id } : {}),
      });
      const body = (await (
        await slotsRoute(apiRequest(`/api/v1/slots?${params.toString()}`, { headers: bearer(who) }))
      ).json()) as Slots;
      return body.slots
        .filter((s) => s.interviewers.some((i) => i.id === interviewer.caller.id) || oneInterviewer)
        .map((s) => s.start);
    };
    const allStarts = [8, 8.5, 9, 9.5, 10, 10.5, 11, 11.5, 12, 12.5, 13].map(at);
    const free = [8, 8.5, 9, 11, 11.5, 12, 12.5, 13].map(at);
    // Read both searches once first, so the all-interviewers index holds this interviewer's slots.
    expect(await startsFor(viewer, true)).toEqual(allStarts);
    expect(await startsFor(viewer, false)).toEqual(allStarts);

    const calendar = await connectCalendar(interviewer.caller, { kind: "ICS", url: ics.url("/slots.ics") }, local);
    expect(await refreshCalendar(calendar.id, { policy: local })).toEqual({ read: 1 });
    expect(await startsFor(viewer, true)).toEqual(free);
    expect(await startsFor(viewer, false)).toEqual(free);

    const refused = await book(
      apiRequest("/api/v1/bookings", {
        method: "POST",
        body: { interviewerId: interviewer.caller.id, interviewType: "system-design", start: at(10) },
        headers: { ...bearer(viewer), "idempotency-key": randomUUID() },
      }),
    );
    expect(refused.status).toBe(409);

    await removeCalendar(interviewer.caller, calendar.id);
    expect(await startsFor(viewer, false)).toEqual(allStarts);
    expect(await startsFor(viewer, true)).toEqual(allStarts);
  });

  it("also keep the viewer from being offered times their own calendar is busy, in both searches", async () => {
    const interviewer = await createTestUser({ timeZone: "UTC" });
    const day = new Date(Date.now() + 11 * 24 * HOUR);
    day.setUTCHours(0, 0, 0, 0);
    await openAvailability(interviewer.caller, {
      weekly: { "1": [], "2": [], "3": [], "4": [], "5": [], "6": [], "7": [] },
      overrides: [{ date: day.toISOString().slice(0, 10), ranges: [{ start: "08:00", end: "11:00" }] }],
      bufferMinutes: 0,
    });
    const viewer = await createTestUser({ timeZone: "UTC" });
    const busyStart = new Date(day.getTime() + 8 * HOUR);
    ics.set("/viewer.ics", oneHourBusy("viewer", busyStart));
    const calendar = await connectCalendar(viewer.caller, { kind: "ICS", url: ics.url("/viewer.ics") }, local);
    expect(await refreshCalendar(calendar.id, { policy: local })).toEqual({ read: 1 });
    const at = (hours: number) => new Date(day.getTime() + hours * HOUR).toISOString();
    for (const one of [true, false]) {
      const params = new URLSearchParams({
        interviewType: "system-design",
        from: at(0),
        to: at(24),
        ...(one ? { interviewer: interviewer.caller.id } : {}),
      });
      const body = (await (
        await slotsRoute(apiRequest(`/api/v1/slots?${params.toString()}`, { headers: bearer(viewer) }))
      ).json()) as Slots;
      const starts = body.slots
        .filter((s) => one || s.interviewers.some((i) => i.id === interviewer.caller.id))
        .map((s) => s.start);
      expect(starts).toEqual([9, 9.5, 10].map(at));
    }
  });
});
