import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as book } from "../../app/api/v1/bookings/route";
import { GET } from "../../app/api/v1/bookings/[id]/open-times/route";
import { openAvailability } from "../../tests/factories/availability";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";

const HOUR = 3_600_000;

/** 00:00 UTC a few weeks ahead, so notice and the horizon never cut into the day. */
function dayAhead(days: number): Date {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  return new Date(d.getTime() + days * 24 * HOUR);
}

async function bookAt(candidate: TestUser, interviewer: TestUser, start: Date): Promise<string> {
  const response = await book(
    apiRequest("/api/v1/bookings", {
      method: "POST",
      body: { interviewerId: interviewer.caller.id, interviewType: "system-design", start: start.toISOString() },
      headers: { ...bearer(candidate), "idempotency-key": randomUUID() },
    }),
  );
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const openTimes = async (viewer: TestUser, id: string, from: Date, to: Date) => {
  const response = await GET(
    apiRequest(
      `/api/v1/bookings/${id}/open-times?${new URLSearchParams({ from: from.toISOString(), to: to.toISOString() })}`,
      { headers: bearer(viewer) },
    ),
    { params: Promise.resolve({ id }) },
  );
  return { status: response.status, body: (await response.json()) as { slots: { start: string }[] } };
};

beforeAll(ensureInterviewTypes);

describe("GET /api/v1/bookings/{id}/open-times", () => {
  it("gives both people the same times: the interviewer's hours, both free, the interview itself counted as moved", async () => {
    const interviewer = await createTestUser();
    const day = dayAhead(20);
    const date = day.toISOString().slice(0, 10);
    await openAvailability(interviewer.caller, {
      weekly: { "1": [], "2": [], "3": [], "4": [], "5": [], "6": [], "7": [] },
      overrides: [{ date, ranges: [{ start: "09:00", end: "13:00" }] }],
      bufferMinutes: 0,
    });
    const candidate = await createTestUser();
    const id = await bookAt(candidate, interviewer, new Date(day.getTime() + 9 * HOUR));
    // The candidate is busy 11:00–12:00 elsewhere (as an interviewer themselves).
    await openAvailability(candidate.caller, { bufferMinutes: 0 });
    const third = await createTestUser();
    await bookAt(third, candidate, new Date(day.getTime() + 11 * HOUR));

    const from = day;
    const to = new Date(day.getTime() + 24 * HOUR);
    const mine = await openTimes(candidate, id, from, to);
    const theirs = await openTimes(interviewer, id, from, to);
    expect(mine.status).toBe(200);
    expect(theirs.body).toEqual(mine.body);
    // 09:30 overlaps the interview being moved (allowed); 09:00 is where it is; 10:30–12:00 meet the other booking.
    const at = (h: number) => new Date(day.getTime() + h * HOUR).toISOString();
    expect(mine.body.slots.map((s) => s.start)).toEqual([at(9.5), at(10), at(12)]);

    const stranger = await createTestUser();
    expect((await openTimes(stranger, id, from, to)).status).toBe(404);
  });
});
