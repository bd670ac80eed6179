import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/v1/bookings/route";
import { GET } from "../../app/api/v1/slots/route";
import { apiRequest } from "../../tests/factories/requests";
import { openAvailability } from "../../tests/factories/availability";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";

type Slots = { slots: { start: string; available: number; interviewers: { id: string; displayName: string }[] }[] };

const DAY = 86_400_000;
function nextMondayUtc(weeks = 2): Date {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7) + 7 * (weeks - 1));
  return d;
}

const search = (viewer: TestUser, params: Record<string, string>) =>
  GET(apiRequest(`/api/v1/slots?${new URLSearchParams(params).toString()}`, { headers: bearer(viewer) }));

beforeAll(ensureInterviewTypes);

describe("GET /api/v1/slots", () => {
  it("shows one interviewer's London hours as the right UTC instants, and a booked slot disappears", async () => {
    const interviewer = await createTestUser();
    const monday = nextMondayUtc(3);
    const date = monday.toISOString().slice(0, 10);
    await openAvailability(interviewer.caller, {
      timeZone: "Europe/London",
      weekly: { "1": [], "2": [], "3": [], "4": [], "5": [], "6": [], "7": [] },
      overrides: [{ date, ranges: [{ start: "18:00", end: "20:00" }] }],
      bufferMinutes: 0,
    });
    const viewer = await createTestUser({ timeZone: "Asia/Kolkata" });
    const params = {
      interviewType: "system-design",
      from: monday.toISOString(),
      to: new Date(monday.getTime() + DAY).toISOString(),
      interviewer: interviewer.caller.id,
    };
    const body = (await (await search(viewer, params)).json()) as Slots;
    // 18:00–20:00 London is UTC+0 in winter or UTC+1 in summer: compute the expected offset from Intl.
    const offsetHours = Number(
      new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "shortOffset" })
        .formatToParts(new Date(monday.getTime() + 18 * 3_600_000))
        .find((p) => p.type === "timeZoneName")!
        .value.replace("GMT", "") || "0",
    );
    const first = new Date(monday.getTime() + (18 - offsetHours) * 3_600_000);
    expect(body.slots.map((s) => s.start)).toEqual(
      [0, 30, 60].map((m) => new Date(first.getTime() + m * 60_000).toISOString()),
    );

    const booker = await createTestUser();
    const booked = await POST(
      apiRequest("/api/v1/bookings", {
        method: "POST",
        body: { interviewerId: interviewer.caller.id, interviewType: "system-design", start: body.slots[0]!.start },
        headers: { ...bearer(booker), "idempotency-key": randomUUID() },
      }),
    );
    expect(booked.status).toBe(201);
    const after = (await (await search(viewer, params)).json()) as Slots;
    // 18:00 is taken, and 18:30 overlaps it; only 19:00 remains.
    expect(after.slots.map((s) => s.start)).toEqual([new Date(first.getTime() + 60 * 60_000).toISOString()]);
  });

  it("merges interviewers across the type, ranks them, and never offers the viewer to themselves", async () => {
    const viewer = await createTestUser();
    await openAvailability(viewer.caller);
    const a = await createTestUser();
    const b = await createTestUser();
    await openAvailability(a.caller);
    await openAvailability(b.caller);
    const monday = nextMondayUtc(4);
    const response = await search(viewer, {
      interviewType: "system-design",
      from: new Date(monday.getTime() + 10 * 3_600_000).toISOString(),
      to: new Date(monday.getTime() + 11 * 3_600_000).toISOString(),
    });
    const body = (await response.json()) as Slots;
    expect(body.slots.length).toBe(2);
    for (const slot of body.slots) {
      const ids = slot.interviewers.map((i) => i.id);
      expect(ids).not.toContain(viewer.caller.id);
      expect(ids).toEqual(expect.arrayContaining([a.caller.id, b.caller.id]));
      expect(slot.available).toBeGreaterThanOrEqual(2);
    }
  });

  it.each([
    ["more than 14 days across everyone", { days: 15, one: false }],
    ["more than 31 days for one interviewer", { days: 32, one: true }],
    ["to before from", { days: -1, one: false }],
  ])("answers %s with a clear 400", async (_what, { days, one }) => {
    const viewer = await createTestUser();
    const from = nextMondayUtc();
    const response = await search(viewer, {
      interviewType: "system-design",
      from: from.toISOString(),
      to: new Date(from.getTime() + days * DAY).toISOString(),
      ...(one ? { interviewer: viewer.caller.id } : {}),
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Record<string, string[]> };
    expect(problem.errors.to?.[0]).toMatch(/at most|after/);
  });
});
