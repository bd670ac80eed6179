import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute, POST as connectRoute } from "../../app/api/v1/me/calendars/route";
import { DELETE as removeRoute } from "../../app/api/v1/me/calendars/[id]/route";
import { POST as refreshRoute } from "../../app/api/v1/me/calendars/[id]/refresh/route";
import { freePort, startRadicale, type Radicale } from "../../tests/support/calendar-servers/radicale";
import { startIcsServer, type IcsServer } from "../../tests/support/calendar-servers/ics-server";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, type TestUser } from "../../tests/factories/users";
import { db } from "../db";
import type { ExternalCalendarView } from "./external-calendar.schema";
import { connectCalendar } from "./external-calendars";
import { refreshCalendar, refreshDueCalendars, type RefreshOutcome } from "./refresh-calendar";

/**
 * External busy times against real servers: a Radicale CalDAV server and a
 * local HTTP server serving .ics files, both started here. "Now" is fixed in
 * March 2030 so the recurring meeting crosses New York's DST change (10 March).
 */
const NOW = new Date("2030-03-04T00:00:00Z");
const local = { allowPrivate: true };

const VTIMEZONE_NY = `BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE`;

/** A weekly 09:00 New York meeting, four times: the 11th skipped (EXDATE), the 18th moved to 15:00 (RECURRENCE-ID). */
const standup = (uid: string) => `BEGIN:VEVENT
UID:${uid}
DTSTAMP:20300101T000000Z
DTSTART;TZID=America/New_York:20300304T090000
DTEND;TZID=America/New_York:20300304T100000
RRULE:FREQ=WEEKLY;COUNT=4
EXDATE;TZID=America/New_York:20300311T090000
SUMMARY:Team standup
END:VEVENT
BEGIN:VEVENT
UID:${uid}
DTSTAMP:20300101T000000Z
RECURRENCE-ID;TZID=America/New_York:20300318T090000
DTSTART;TZID=America/New_York:20300318T150000
DTEND;TZID=America/New_York:20300318T160000
SUMMARY:Team standup (moved)
END:VEVENT`;

const calendar = (...parts: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//MockLoop tests//EN", ...parts, "END:VCALENDAR", ""]
    .join("\r\n")
    .replace(/\r?\n/g, "\r\n");

const STANDUP_BUSY = [
  // 4 March, EST (UTC−5)
  ["2030-03-04T14:00:00.000Z", "2030-03-04T15:00:00.000Z"],
  // 11 March excluded; 18 March moved to 15:00 EDT (UTC−4)
  ["2030-03-18T19:00:00.000Z", "2030-03-18T20:00:00.000Z"],
  // 25 March, EDT
  ["2030-03-25T13:00:00.000Z", "2030-03-25T14:00:00.000Z"],
];

const ICS_FILE = calendar(
  VTIMEZONE_NY,
  standup("standup@ics"),
  // All day on the 6th: the person's whole day in their own zone (Asia/Tokyo, UTC+9).
  `BEGIN:VEVENT\nUID:offsite@ics\nDTSTAMP:20300101T000000Z\nDTSTART;VALUE=DATE:20300306\nDTEND;VALUE=DATE:20300307\nSUMMARY:Offsite\nEND:VEVENT`,
  // Marked free: blocks nothing.
  `BEGIN:VEVENT\nUID:free@ics\nDTSTAMP:20300101T000000Z\nDTSTART:20300307T120000Z\nDTEND:20300307T130000Z\nTRANSP:TRANSPARENT\nEND:VEVENT`,
  // In another zone, named by TZID only: 10:00 in Berlin is 09:00 UTC.
  `BEGIN:VEVENT\nUID:berlin@ics\nDTSTAMP:20300101T000000Z\nDTSTART;TZID=Europe/Berlin:20300308T100000\nDTEND;TZID=Europe/Berlin:20300308T113000\nEND:VEVENT`,
  // Outside the window (the default 28-day horizon): not kept.
  `BEGIN:VEVENT\nUID:far@ics\nDTSTAMP:20300101T000000Z\nDTSTART:20300601T120000Z\nDTEND:20300601T130000Z\nEND:VEVENT`,
);

const ICS_BUSY = [
  STANDUP_BUSY[0],
  ["2030-03-05T15:00:00.000Z", "2030-03-06T15:00:00.000Z"],
  ["2030-03-08T09:00:00.000Z", "2030-03-08T10:30:00.000Z"],
  STANDUP_BUSY[1],
  STANDUP_BUSY[2],
];

async function storedBusy(calendarId: string): Promise<string[][]> {
  const rows = await db().externalBusyTime.findMany({ where: { calendarId }, orderBy: { startsAt: "asc" } });
  return rows.map((r) => [r.startsAt.toISOString(), r.endsAt.toISOString()]);
}

async function scheduleVersion(userId: string): Promise<bigint> {
  const row = await db().scheduleVersion.findUnique({ where: { userId } });
  return row?.version ?? 0n;
}

const failure = (outcome: RefreshOutcome) =>
  "failed" in outcome ? outcome.failed : `not a failure: ${JSON.stringify(outcome)}`;

let ics: IcsServer;
let radicale: Radicale;

beforeAll(async () => {
  [ics, radicale] = await Promise.all([startIcsServer(), startRadicale()]);
});
afterAll(async () => {
  await Promise.all([ics?.stop(), radicale?.stop()]);
});

describe("an iCalendar subscription", () => {
  it("blocks each occurrence of a recurring meeting across DST, minus its exception, plus all-day and other-zone events", async () => {
    const user = await createTestUser({ timeZone: "Asia/Tokyo" });
    ics.set("/a/basic.ics", ICS_FILE);
    const view = await connectCalendar(user.caller, { kind: "ICS", url: ics.url("/a/basic.ics") }, local);
    expect(view).toMatchObject({ kind: "ICS", label: "127.0.0.1", lastReadAt: null, busy: [] });

    const before = await scheduleVersion(user.caller.id);
    expect(await refreshCalendar(view.id, { now: NOW, policy: local })).toEqual({ read: ICS_BUSY.length });
    expect(await storedBusy(view.id)).toEqual(ICS_BUSY);
    const row = await db().externalCalendar.findUniqueOrThrow({ where: { id: view.id } });
    expect(row.lastReadAt).toEqual(NOW);
    expect(row.lastError).toBeNull();
    // The slot caches hear of it once per real change, not once per unchanged read.
    const after = await scheduleVersion(user.caller.id);
    expect(after).toBeGreaterThan(before);
    await refreshCalendar(view.id, { now: new Date(NOW.getTime() + 60_000), policy: local });
    expect(await scheduleVersion(user.caller.id)).toBe(after);
  });

  it("keeps the last busy times and says why when the calendar cannot be read, then recovers", async () => {
    const user = await createTestUser({ timeZone: "Europe/London" });
    ics.set("/b/flaky.ics", calendar(VTIMEZONE_NY, standup("flaky@ics")));
    const { id } = await connectCalendar(user.caller, { kind: "ICS", url: ics.url("/b/flaky.ics") }, local);
    await refreshCalendar(id, { now: NOW, policy: local });
    expect(await storedBusy(id)).toEqual(STANDUP_BUSY);

    ics.set("/b/flaky.ics", "<html>Moved</html>");
    expect(await refreshCalendar(id, { now: new Date(NOW.getTime() + 1), policy: local })).toEqual({
      failed: "127.0.0.1 sent something that is not an iCalendar file (.ics).",
    });
    const failed = await db().externalCalendar.findUniqueOrThrow({ where: { id } });
    expect(failed.lastReadAt).toEqual(NOW);
    expect(await storedBusy(id)).toEqual(STANDUP_BUSY);

    ics.set("/b/flaky.ics", calendar());
    expect(await refreshCalendar(id, { now: new Date(NOW.getTime() + 2), policy: local })).toEqual({ read: 0 });
    expect(await storedBusy(id)).toEqual([]);
    expect((await db().externalCalendar.findUniqueOrThrow({ where: { id } })).lastError).toBeNull();
  });

  it("records a clear error for an address that answers 404 and for a server that cannot be reached", async () => {
    const user = await createTestUser();
    const missing = await connectCalendar(user.caller, { kind: "ICS", url: ics.url("/nobody.ics") }, local);
    const outcome = await refreshCalendar(missing.id, { now: NOW, policy: local });
    expect(failure(outcome)).toMatch(/^127\.0\.0\.1 answered 404: the address is wrong or no longer shared/);

    const closedPort = await freePort();
    const gone = await connectCalendar(
      user.caller,
      { kind: "ICS", url: `http://127.0.0.1:${closedPort}/cal.ics` },
      local,
    );
    expect(await refreshCalendar(gone.id, { now: NOW, policy: local })).toEqual({
      failed: "127.0.0.1 could not be reached.",
    });
    const listed = (await (await listRoute(apiRequest("/api/v1/me/calendars", { headers: bearer(user) }))).json()) as {
      calendars: ExternalCalendarView[];
    };
    expect(listed.calendars.map((c) => c.lastError)).toEqual([failure(outcome), "127.0.0.1 could not be reached."]);
  });
});

describe("the scheduled sweep", () => {
  it("reads the calendars not read in the last 15 minutes and leaves the fresh ones", async () => {
    const user = await createTestUser({ timeZone: "Europe/London" });
    ics.set("/c/sweep.ics", calendar(VTIMEZONE_NY, standup("sweep@ics")));
    const fresh = await connectCalendar(user.caller, { kind: "ICS", url: ics.url("/c/sweep.ics") }, local);
    const stale = await connectCalendar(user.caller, { kind: "ICS", url: ics.url("/c/sweep.ics") }, local);
    await refreshCalendar(fresh.id, { now: NOW, policy: local });
    await refreshCalendar(stale.id, { now: new Date(NOW.getTime() - 20 * 60_000), policy: local });
    // Other tests' calendars in this database are due too; only these two are looked at.
    await refreshDueCalendars({ now: NOW, policy: local });
    const read = async (id: string) => (await db().externalCalendar.findUniqueOrThrow({ where: { id } })).lastReadAt;
    expect(await read(fresh.id)).toEqual(NOW);
    expect(await read(stale.id)).toEqual(NOW);
    const before = ics.hits("/c/sweep.ics");
    await refreshDueCalendars({ now: new Date(NOW.getTime() + 60_000), policy: local });
    expect(ics.hits("/c/sweep.ics")).toBe(before);
  });
});

describe("a CalDAV account", () => {
  it("reads every event calendar of the account through Radicale, recurring exceptions included", async () => {
    const user = await createTestUser({ timeZone: "America/New_York" });
    const work = await radicale.makeCalendar(`work-${user.caller.id}`);
    await radicale.putEvent(work, "standup", calendar(VTIMEZONE_NY, standup("standup@caldav")));
    await radicale.putEvent(
      work,
      "review",
      calendar(
        `BEGIN:VEVENT\nUID:review@caldav\nDTSTAMP:20300101T000000Z\nDTSTART:20300320T170000Z\nDTEND:20300320T173000Z\nEND:VEVENT`,
      ),
    );
    const view = await connectCalendar(
      user.caller,
      { kind: "CALDAV", url: work, username: radicale.username, password: radicale.password },
      local,
    );
    expect(await refreshCalendar(view.id, { now: NOW, policy: local })).toEqual({ read: 4 });
    expect(await storedBusy(view.id)).toEqual([
      STANDUP_BUSY[0],
      STANDUP_BUSY[1],
      ["2030-03-20T17:00:00.000Z", "2030-03-20T17:30:00.000Z"],
      STANDUP_BUSY[2],
    ]);
  });

  it("says the login was refused when the password is wrong", async () => {
    const user = await createTestUser();
    const view = await connectCalendar(
      user.caller,
      { kind: "CALDAV", url: radicale.url, username: radicale.username, password: "wrong" },
      local,
    );
    expect(failure(await refreshCalendar(view.id, { now: NOW, policy: local }))).toContain(
      "did not accept the user name and password",
    );
  });
});

describe("the calendars API", () => {
  it("never returns or stores the address in the clear, and another person's calendar is not found", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const secretPath = "/private/very-secret-token-123/basic.ics";
    ics.set(secretPath, ICS_FILE);
    const { id } = await connectCalendar(owner.caller, { kind: "ICS", url: ics.url(secretPath) }, local);
    const stored = await db().externalCalendar.findUniqueOrThrow({ where: { id } });
    expect(stored.secret).not.toContain("very-secret-token");
    const listed = await (await listRoute(apiRequest("/api/v1/me/calendars", { headers: bearer(owner) }))).text();
    expect(listed).not.toContain("very-secret-token");

    const params = { params: Promise.resolve({ id }) };
    expect(
      (
        await removeRoute(
          apiRequest(`/api/v1/me/calendars/${id}`, { method: "DELETE", headers: bearer(other) }),
          params,
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await refreshRoute(
          apiRequest(`/api/v1/me/calendars/${id}/refresh`, { method: "POST", headers: bearer(other) }),
          params,
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await refreshRoute(
          apiRequest(`/api/v1/me/calendars/${id}/refresh`, { method: "POST", headers: bearer(owner) }),
          params,
        )
      ).status,
    ).toBe(202);
    expect(
      (
        await removeRoute(
          apiRequest(`/api/v1/me/calendars/${id}`, { method: "DELETE", headers: bearer(owner) }),
          params,
        )
      ).status,
    ).toBe(204);
    expect(await db().externalBusyTime.count({ where: { calendarId: id } })).toBe(0);
  });

  it("refuses addresses on private networks unless the server allows them, and non-web addresses", async () => {
    const user: TestUser = await createTestUser();
    const post = (body: unknown) =>
      connectRoute(apiRequest("/api/v1/me/calendars", { method: "POST", headers: bearer(user), body }));
    const privateAnswer = await post({ kind: "ICS", url: ics.url("/a/basic.ics") });
    expect(privateAnswer.status).toBe(400);
    expect(((await privateAnswer.json()) as { detail: string }).detail).toMatch(/private network/);
    expect((await post({ kind: "ICS", url: "file:///etc/passwd" })).status).toBe(400);
    expect((await post({ kind: "CALDAV", url: "https://caldav.example.com/" })).status).toBe(400);
  });
});
