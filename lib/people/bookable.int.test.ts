import { beforeAll, describe, expect, it } from "vitest";
import { GET as slotsGET } from "../../app/api/v1/slots/route";
import { GET as peersGET } from "../../app/api/v1/slots/peers/route";
import { db } from "../db";
import { openAvailability } from "../../tests/factories/availability";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import { Prisma } from "../generated/prisma/client";
import { bookabilityOf, bookableSql, bookableWhere } from "./bookable";
import { getBookingPage } from "./get-booking-page";

const HOUR = 3_600_000;
const noWeekly = { "1": [], "2": [], "3": [], "4": [], "5": [], "6": [], "7": [] };

/** 07:00 UTC on a day five weeks ahead: inside every horizon here and past any notice. */
function farHour(): Date {
  const d = new Date();
  d.setUTCHours(7, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + 35);
  return d;
}
const day = (d: Date) => d.toISOString().slice(0, 10);

/** The slot-search answer's interviewers at `start`, through the index (week search) or for one interviewer. */
async function offeredAt(viewer: TestUser, start: Date, interviewer?: string): Promise<string[] | "not found"> {
  const params = new URLSearchParams({
    interviewType: "system-design",
    from: start.toISOString(),
    to: new Date(start.getTime() + HOUR).toISOString(),
    ...(interviewer ? { interviewer } : {}),
  });
  const response = await slotsGET(apiRequest(`/api/v1/slots?${params}`, { headers: bearer(viewer) }));
  if (response.status === 404) return "not found";
  expect(response.status).toBe(200);
  const body = (await response.json()) as { slots: { start: string; interviewers: { id: string }[] }[] };
  return body.slots.find((s) => s.start === start.toISOString())?.interviewers.map((i) => i.id) ?? [];
}

beforeAll(ensureInterviewTypes);

describe("the bookable rule's two forms", () => {
  it("agree on people with and without hours, date-only hours, days off, types and suspension", async () => {
    const date = day(farHour());
    const cases = {
      nothing: async () => {},
      settingsOnly: (u: TestUser) => openAvailability(u.caller, { weekly: noWeekly, offeredTypes: [] }),
      weekly: (u: TestUser) => openAvailability(u.caller),
      weeklyNoTypes: (u: TestUser) => openAvailability(u.caller, { offeredTypes: [] }),
      datesOnly: (u: TestUser) =>
        openAvailability(u.caller, {
          weekly: noWeekly,
          overrides: [{ date, ranges: [{ start: "07:00", end: "09:00" }] }],
        }),
      dayOffOnly: (u: TestUser) => openAvailability(u.caller, { weekly: noWeekly, overrides: [{ date, ranges: [] }] }),
      suspended: async (u: TestUser) => {
        await openAvailability(u.caller);
        await db().user.update({ where: { id: u.caller.id }, data: { suspendedAt: new Date() } });
      },
    };
    const expected = {
      nothing: false,
      settingsOnly: false,
      weekly: true,
      weeklyNoTypes: false,
      datesOnly: true,
      dayOffOnly: false,
      suspended: false,
    };
    const ids: Record<string, string> = {};
    for (const [name, setUp] of Object.entries(cases)) {
      const user = await createTestUser();
      await setUp(user);
      ids[name] = user.caller.id;
    }
    const all = Object.values(ids);
    const byPrisma = new Set(
      (await db().user.findMany({ where: { id: { in: all }, ...bookableWhere }, select: { id: true } })).map(
        (u) => u.id,
      ),
    );
    const bySql = new Set(
      (
        await db().$queryRaw<{ id: string }[]>(
          Prisma.sql`SELECT u.id FROM users u WHERE u.id = ANY(${all}::text[]) AND ${bookableSql("u")}`,
        )
      ).map((u) => u.id),
    );
    for (const [name, id] of Object.entries(ids)) {
      const want = expected[name as keyof typeof expected];
      expect({ name, prisma: byPrisma.has(id), sql: bySql.has(id) }).toEqual({ name, prisma: want, sql: want });
      if (name !== "suspended")
        expect({ name, bookable: (await bookabilityOf(id)).bookable }).toEqual({ name, bookable: want });
    }
  });
});

describe("slot search reads the bookable rule", () => {
  it("offers someone with only a date's hours, and shows their page as bookable; a day off alone is neither", async () => {
    const start = farHour();
    const viewer = await createTestUser();
    const datesOnly = await createTestUser();
    await openAvailability(datesOnly.caller, {
      weekly: noWeekly,
      overrides: [{ date: day(start), ranges: [{ start: "07:00", end: "09:00" }] }],
    });
    const dayOff = await createTestUser();
    await openAvailability(dayOff.caller, { weekly: noWeekly, overrides: [{ date: day(start), ranges: [] }] });

    expect(await offeredAt(viewer, start, datesOnly.caller.id)).toEqual([datesOnly.caller.id]);
    expect((await getBookingPage(viewer.caller, datesOnly.caller.id)).bookable).toBe(true);
    expect(await bookabilityOf(datesOnly.caller.id)).toEqual({ bookable: true, missing: [] });

    expect(await offeredAt(viewer, start, dayOff.caller.id)).toBe("not found");
    expect((await getBookingPage(viewer.caller, dayOff.caller.id)).bookable).toBe(false);
    expect(await bookabilityOf(dayOff.caller.id)).toEqual({ bookable: false, missing: ["hours"] });

    // The week's search and "show all" read the slot index, loaded by the same rule.
    expect(await offeredAt(viewer, start)).not.toContain(dayOff.caller.id);
    const params = new URLSearchParams({ interviewType: "system-design", start: start.toISOString() });
    const response = await peersGET(apiRequest(`/api/v1/slots/peers?${params}`, { headers: bearer(viewer) }));
    const peers = ((await response.json()) as { peers: { id: string }[] }).peers.map((p) => p.id);
    expect(peers).toContain(datesOnly.caller.id);
    expect(peers).not.toContain(dayOff.caller.id);
  });
});
