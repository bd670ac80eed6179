import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/v1/bookings/route";
import { GET } from "../../app/api/v1/slots/route";
import { createPrismaClient, db } from "../db";
import { openAvailability } from "../../tests/factories/availability";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import type { Caller } from "../auth/sessions";
import type { DbClient } from "../db";
import { BLOCK_MS } from "./constants";
import { searchIndexedJson } from "./search-indexed";
import { changesSince, currentIndex, indexForSearch, tableFor, tableForSearch } from "./slot-index";
import { scheduleChangesSince } from "./slot-index-load";
import type { SlotResult } from "./types";

// The slot index caches each interviewer's slots by their schedule version (decision 0011):
// these tests check that every kind of change is seen by the very next search, also from
// a second "app instance" (another client with its own in-process index).

const DAY = 86_400_000;
const allDay = [{ start: "00:00", end: "24:00" }];
const week = (ranges = allDay) => ({
  "1": ranges,
  "2": ranges,
  "3": ranges,
  "4": ranges,
  "5": ranges,
  "6": ranges,
  "7": ranges,
});

function dayAfterTomorrowUtc(offsetDays = 2): Date {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  return new Date(d.getTime() + offsetDays * DAY);
}

type Body = { slots: SlotResult[] };
const search = async (viewer: TestUser, from: Date, to: Date, interviewer?: string) => {
  const params = new URLSearchParams({
    interviewType: "technical-depth",
    from: from.toISOString(),
    to: to.toISOString(),
    ...(interviewer ? { interviewer } : {}),
  });
  const response = await GET(apiRequest(`/api/v1/slots?${params.toString()}`, { headers: bearer(viewer) }));
  expect(response.status).toBe(200);
  return ((await response.json()) as Body).slots;
};
/** A search across everyone through a given client's index: each client stands for an app instance. */
async function searchAcrossInterviewers(
  client: DbClient,
  caller: Caller,
  type: { slug: string },
  from: Date,
  to: Date,
  now: Date,
): Promise<SlotResult[]> {
  const found = await searchIndexedJson(client, caller, type.slug, from, to, now);
  return found ? (JSON.parse(`[${found.slots.join(",")}]`) as SlotResult[]) : [];
}
const offered = (slots: SlotResult[], interviewerId: string) =>
  slots.filter((s) => s.interviewers.some((i) => i.id === interviewerId)).map((s) => s.start);

const book = async (booker: TestUser, interviewerId: string, start: string) =>
  POST(
    apiRequest("/api/v1/bookings", {
      method: "POST",
      body: { interviewerId, interviewType: "technical-depth", start },
      headers: { ...bearer(booker), "idempotency-key": randomUUID() },
    }),
  );

beforeAll(ensureInterviewTypes);

// A search lists the best three interviewers per time. Someone open all day, left active, would be
// among them at every time of the tests that follow and push out the people those tests look for.
const openAllDay: string[] = [];
afterEach(async () => {
  await db().user.updateMany({ where: { id: { in: openAllDay.splice(0) } }, data: { suspendedAt: new Date() } });
});

/** An interviewer open all day (UTC), a viewer, and a second app instance's search of that day for them. */
async function secondInstanceScene(offsetDays: number) {
  const interviewer = await createTestUser();
  await openAvailability(interviewer.caller, { weekly: week(), timeZone: "UTC", bufferMinutes: 0 });
  openAllDay.push(interviewer.caller.id);
  const viewer = await createTestUser();
  const from = dayAfterTomorrowUtc(offsetDays);
  const to = new Date(from.getTime() + DAY);
  const other = createPrismaClient(process.env.DATABASE_URL!, 2);
  const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "technical-depth" } });
  const viaOther = async () =>
    offered(await searchAcrossInterviewers(other, viewer.caller, type, from, to, new Date()), interviewer.caller.id);
  return { interviewer, viewer, from, to, other, viaOther };
}

describe("slot index invalidation", () => {
  it("a booking, made through the API, is gone from the next search for everyone", async () => {
    const interviewer = await createTestUser();
    await openAvailability(interviewer.caller, { weekly: week([{ start: "10:00", end: "12:00" }]), timeZone: "UTC" });
    const viewer = await createTestUser();
    const from = dayAfterTomorrowUtc();
    const to = new Date(from.getTime() + DAY);
    const before = offered(await search(viewer, from, to), interviewer.caller.id);
    expect(before.length).toBeGreaterThan(0);

    const booker = await createTestUser();
    expect((await book(booker, interviewer.caller.id, before[0]!)).status).toBe(201);
    const after = offered(await search(viewer, from, to), interviewer.caller.id);
    expect(after).not.toContain(before[0]);
    // The booker's own search no longer offers times that overlap their new interview.
    const theirs = await search(booker, from, to);
    expect(theirs.map((s) => s.start)).not.toContain(before[0]);
  });

  it("an availability change is seen by the next search, also by another app instance's index", async () => {
    const { interviewer, viewer, from, to, other, viaOther } = await secondInstanceScene(3);
    try {
      expect((await viaOther()).length).toBe(47); // 45-minute interviews on a 30-minute grid through one UTC day

      // This instance changes the hours; the other instance's index must follow.
      await openAvailability(interviewer.caller, { weekly: week([{ start: "09:00", end: "10:00" }]), timeZone: "UTC" });
      expect(await viaOther()).toEqual([new Date(from.getTime() + 9 * 3_600_000).toISOString()]);
      expect(offered(await search(viewer, from, to), interviewer.caller.id)).toEqual(await viaOther());

      // A day off by override, then suspension: both disappear from the next search.
      await openAvailability(interviewer.caller, {
        weekly: week([{ start: "09:00", end: "10:00" }]),
        timeZone: "UTC",
        overrides: [{ date: from.toISOString().slice(0, 10), ranges: [] }],
      });
      expect(await viaOther()).toEqual([]);
      await openAvailability(interviewer.caller, { weekly: week(), timeZone: "UTC" });
      expect((await viaOther()).length).toBeGreaterThan(0);
      await db().user.update({ where: { id: interviewer.caller.id }, data: { suspendedAt: new Date() } });
      expect(await viaOther()).toEqual([]);
    } finally {
      await other.$disconnect();
    }
  });

  it("a change whose transaction was still open when the index last looked is seen once it commits", async () => {
    const { interviewer, other, viaOther } = await secondInstanceScene(4);
    const writer = new pg.Client({ connectionString: process.env.DATABASE_URL! });
    await writer.connect();
    try {
      expect((await viaOther()).length).toBe(47);

      // The suspension's transaction takes its id now; its version bump runs at COMMIT (deferred triggers).
      await writer.query("BEGIN");
      await writer.query("UPDATE users SET suspended_at = now() WHERE id = $1", [interviewer.caller.id]);
      // A later transaction commits first, so the next look's snapshot reaches past the open one.
      await createTestUser();
      // The index looks again meanwhile and moves its mark: nothing committed yet, the times stay.
      expect((await viaOther()).length).toBe(47);
      await writer.query("COMMIT");
      // The mark is that look's snapshot xmin, which an open transaction holds back: the change is read.
      expect(await viaOther()).toEqual([]);
    } finally {
      await writer.end();
      await other.$disconnect();
    }
  });

  it("searches in flight after a change share one update of a table, and it is current", async () => {
    const { interviewer, viewer, from, other, viaOther } = await secondInstanceScene(5);
    try {
      const before = await viaOther();
      expect(before.length).toBe(47);
      expect((await book(viewer, interviewer.caller.id, before[0]!)).status).toBe(201);

      const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "technical-depth" } });
      const state = await currentIndex(other, new Date());
      const block = Math.floor(from.getTime() / BLOCK_MS) * BLOCK_MS;
      const first = tableFor(state, other, type, block);
      // Asked again before the first update has finished: the same work, not a second busy-time read.
      expect(tableFor(state, other, type, block)).toBe(first);
      const table = await first;
      expect(table.generation).toBe(state.generation);
      expect(await tableFor(state, other, type, block)).toBe(table);
      const bookedAt = Date.parse(before[0]!);
      expect((table.byStart.get(bookedAt) ?? []).map((e) => e.id)).not.toContain(interviewer.caller.id);
      expect(await viaOther()).toEqual(before.slice(1).filter((s) => Date.parse(s) >= bookedAt + 3_600_000));
    } finally {
      await other.$disconnect();
    }
  });

  it("a search does not wait for another search's refresh: it leaves the changed people out until it lands", async () => {
    const { interviewer, viewer, from, to, other, viaOther } = await secondInstanceScene(6);
    try {
      const before = await viaOther();
      expect(before.length).toBe(47);
      const generation = (await currentIndex(other, new Date())).generation;
      // Someone else books the first hour: only the index can hide it from the viewer.
      expect((await book(await createTestUser(), interviewer.caller.id, before[0]!)).status).toBe(201);
      const bookedAt = Date.parse(before[0]!);
      const truth = before.slice(1).filter((s) => Date.parse(s) >= bookedAt + 3_600_000);

      // The first search to see the booking refreshes the index; a second one meanwhile does not wait.
      const seen = await scheduleChangesSince(other, changesSince(other));
      const first = indexForSearch(other, new Date(), seen);
      const second = await indexForSearch(other, new Date(), seen);
      expect(second.state.generation).toBe(generation);
      expect(second.unapplied).toContain(interviewer.caller.id);
      expect((await first).unapplied).toEqual([]);
      expect((await first).state.generation).toBeGreaterThan(generation);

      // The same for a table: the search that updates it waits; another gets it as it stood, with who changed.
      const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "technical-depth" } });
      const state = (await first).state;
      const block = Math.floor(from.getTime() / BLOCK_MS) * BLOCK_MS;
      const updating = tableForSearch(state, other, type, block);
      const meanwhile = await tableForSearch(state, other, type, block);
      expect(meanwhile.table.generation).toBeLessThan(state.generation);
      expect(meanwhile.changed).toContain(interviewer.caller.id);
      expect((await updating).changed).toEqual([]);
      expect((await updating).table.generation).toBe(state.generation);

      // Whole searches racing a change: whichever waits is exact, the others may only offer less.
      await openAvailability(interviewer.caller, { weekly: week(), timeZone: "UTC", bufferMinutes: 0, maxPerWeek: 20 });
      const raced = await Promise.all([viaOther(), viaOther(), viaOther()]);
      for (const answer of raced) expect(answer.filter((s) => !truth.includes(s))).toEqual([]);
      expect(raced).toContainEqual(truth);
      expect(await viaOther()).toEqual(truth);
      expect(offered(await search(viewer, from, to), interviewer.caller.id)).toEqual(truth);
    } finally {
      await other.$disconnect();
    }
  });

  it("matches the per-interviewer engine exactly: notice, buffer, weekly cap, zones and the viewer's bookings", async () => {
    const viewer = await createTestUser({ timeZone: "Asia/Kolkata" });
    const a = await createTestUser();
    const b = await createTestUser();
    const c = await createTestUser();
    await openAvailability(a.caller, { timeZone: "America/New_York", minNoticeHours: 30, bufferMinutes: 30 });
    await openAvailability(b.caller, {
      timeZone: "Asia/Kathmandu",
      weekly: week([{ start: "09:10", end: "13:00" }]),
      maxPerWeek: 2,
    });
    await openAvailability(c.caller, { timeZone: "Europe/London", horizonDays: 3, bufferMinutes: 0 });
    const from = dayAfterTomorrowUtc(0);
    const to = new Date(from.getTime() + 5 * DAY);
    // Bookings that move buffers, use up b's cap partly, and make the viewer busy.
    const first = offered(await search(viewer, from, to), a.caller.id);
    expect((await book(c, a.caller.id, first[3]!)).status).toBe(201);
    const bSlots = offered(await search(viewer, from, to), b.caller.id);
    expect((await book(c, b.caller.id, bSlots[0]!)).status).toBe(201);
    const cSlots = offered(await search(viewer, from, to), c.caller.id);
    expect((await book(viewer, c.caller.id, cSlots[5]!)).status).toBe(201);

    // Also as seen by two of the interviewers themselves, who are left out of their own times only.
    for (const who of [viewer, a, c]) {
      const everyone = await search(who, from, to);
      expect(offered(everyone, who.caller.id)).toEqual([]);
      for (const person of [a, b, c].filter((p) => p !== who)) {
        const engine = (await search(who, from, to, person.caller.id)).map((s) => s.start);
        expect(offered(everyone, person.caller.id)).toEqual(engine);
      }
    }

    // This instance patched its ranked views booking by booking; a new instance builds them from scratch.
    const fresh = createPrismaClient(process.env.DATABASE_URL!, 2);
    try {
      const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "technical-depth" } });
      const now = new Date();
      for (const who of [viewer, a, c]) {
        expect(await searchAcrossInterviewers(db(), who.caller, type, from, to, now)).toEqual(
          await searchAcrossInterviewers(fresh, who.caller, type, from, to, now),
        );
      }
    } finally {
      await fresh.$disconnect();
    }
  });
});
