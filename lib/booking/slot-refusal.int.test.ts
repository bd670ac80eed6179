import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/v1/bookings/route";
import { POST as rescheduleRoute } from "../../app/api/v1/bookings/[id]/reschedule/route";
import { apiRequest } from "../../tests/factories/requests";
import { openAvailability } from "../../tests/factories/availability";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import type { AvailabilityInput } from "../availability/availability.schema";

// System design interviews last 60 minutes (seeded interview types).
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** A Monday 10:00 UTC `weeksAhead` weeks out, so "not in the past" never interferes. */
function futureMonday(weeksAhead = 2): Date {
  const d = new Date();
  d.setUTCHours(10, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7) + 7 * (weeksAhead - 1));
  return d;
}
const at = (t: Date, ms: number) => new Date(t.getTime() + ms);
const iso = (t: Date, ms = 0) => at(t, ms).toISOString();

function book(candidate: TestUser, interviewer: TestUser, start: Date | string) {
  return POST(
    apiRequest("/api/v1/bookings", {
      method: "POST",
      body: {
        interviewerId: interviewer.caller.id,
        interviewType: "system-design",
        start: typeof start === "string" ? start : start.toISOString(),
      },
      headers: { ...bearer(candidate), "idempotency-key": randomUUID() },
    }),
  );
}

interface Refusal {
  status: number;
  detail: string;
  reason: string;
  alternatives: string[];
}

async function refusal(response: Response): Promise<Refusal> {
  expect(response.status).toBe(409);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return (await response.json()) as Refusal;
}

async function interviewerWith(rules: Partial<AvailabilityInput> = {}) {
  const interviewer = await createTestUser();
  await openAvailability(interviewer.caller, { bufferMinutes: 0, ...rules });
  return interviewer;
}

beforeAll(ensureInterviewTypes);

describe("a refused booking says which rule refused it and offers the nearest times that work", () => {
  it("taken: another booking holds the time; the first time offered instead books", async () => {
    const interviewer = await interviewerWith();
    const t = futureMonday(2);
    expect((await book(await createTestUser(), interviewer, t)).status).toBe(201);
    const candidate = await createTestUser();
    const problem = await refusal(await book(candidate, interviewer, t));
    expect(problem.reason).toBe("taken");
    expect(problem.detail).toMatch(/just taken/);
    // Nearest first: the hours either side of the booked one, in time order.
    expect(problem.alternatives).toEqual([iso(t, -HOUR), iso(t, HOUR), iso(t, -90 * MIN)].sort());
    expect((await book(candidate, interviewer, problem.alternatives[0]!)).status).toBe(201);
  });

  it("buffer: free time but too close to another interview", async () => {
    const interviewer = await interviewerWith({ bufferMinutes: 30 });
    const t = futureMonday(3);
    expect((await book(await createTestUser(), interviewer, t)).status).toBe(201);
    const problem = await refusal(await book(await createTestUser(), interviewer, at(t, HOUR)));
    expect(problem.reason).toBe("buffer");
    expect(problem.detail).toMatch(/30 minutes free around/);
    expect(problem.alternatives).toEqual([iso(t, 90 * MIN), iso(t, 120 * MIN), iso(t, 150 * MIN)]);
  });

  it("weekly cap: that week is full; the times offered are in other weeks", async () => {
    const interviewer = await interviewerWith({ maxPerWeek: 1 });
    const monday = futureMonday(4);
    expect((await book(await createTestUser(), interviewer, monday)).status).toBe(201);
    const candidate = await createTestUser();
    const problem = await refusal(await book(candidate, interviewer, at(monday, 2 * DAY)));
    expect(problem.reason).toBe("weekly-cap");
    expect(problem.detail).toMatch(/at most 1 interview a week/);
    const weekStart = at(monday, -10 * HOUR).getTime();
    expect(problem.alternatives).toHaveLength(3);
    for (const alternative of problem.alternatives) {
      const t = Date.parse(alternative);
      expect(t < weekStart || t >= weekStart + 7 * DAY).toBe(true);
    }
    expect((await book(candidate, interviewer, problem.alternatives.at(-1)!)).status).toBe(201);
  });

  it("you are busy: the candidate has another interview then", async () => {
    const interviewer = await interviewerWith();
    const other = await interviewerWith();
    const candidate = await createTestUser();
    const t = futureMonday(2);
    expect((await book(candidate, other, t)).status).toBe(201);
    const problem = await refusal(await book(candidate, interviewer, at(t, 30 * MIN)));
    expect(problem).toMatchObject({ reason: "you-are-busy", detail: "You already have an interview at that time." });
    expect(problem.alternatives).toEqual([iso(t, -HOUR), iso(t, HOUR), iso(t, 90 * MIN)]);
  });

  it("notice: too soon for the interviewer's notice period", async () => {
    const interviewer = await interviewerWith({ minNoticeHours: 48 });
    const soon = new Date(Math.ceil((Date.now() + 3 * HOUR) / (30 * MIN)) * 30 * MIN);
    const problem = await refusal(await book(await createTestUser(), interviewer, soon));
    expect(problem.reason).toBe("notice");
    expect(problem.detail).toMatch(/48 hours' notice/);
    expect(problem.alternatives).toHaveLength(3);
    for (const alternative of problem.alternatives)
      expect(Date.parse(alternative)).toBeGreaterThan(Date.now() + 47 * HOUR);
  });

  it("horizon: further ahead than the interviewer takes bookings", async () => {
    const interviewer = await interviewerWith({ horizonDays: 7 });
    const problem = await refusal(await book(await createTestUser(), interviewer, futureMonday(4)));
    expect(problem.reason).toBe("horizon");
    expect(problem.detail).toMatch(/up to 7 days ahead/);
    expect(problem.alternatives).toEqual([]);
  });

  it("off-grid: a start that is not on the hour or half past", async () => {
    const interviewer = await interviewerWith();
    const t = futureMonday(2);
    const problem = await refusal(await book(await createTestUser(), interviewer, at(t, 10 * MIN)));
    expect(problem.reason).toBe("off-grid");
    expect(problem.alternatives).toEqual([iso(t, -30 * MIN), iso(t), iso(t, 30 * MIN)]);
  });

  it("outside hours: the interview would run past the interviewer's hours", async () => {
    const hours = [{ start: "09:00", end: "12:00" }];
    const interviewer = await interviewerWith({
      weekly: { "1": hours, "2": [], "3": [], "4": [], "5": [], "6": [], "7": [] },
    });
    const t = futureMonday(2); // 10:00
    const problem = await refusal(await book(await createTestUser(), interviewer, at(t, 90 * MIN)));
    expect(problem.reason).toBe("outside-hours");
    expect(problem.alternatives).toEqual([iso(t), iso(t, 30 * MIN), iso(t, HOUR)]);
  });
});

describe("hours across midnight, through the booking path", () => {
  it("books 23:30 for an hour in 22:00–02:00 hours, and in 21:00–24:00 joined to the next day's 00:00–02:00", async () => {
    const none = { "1": [], "2": [], "3": [], "4": [], "5": [], "6": [], "7": [] };
    const wrapping = await interviewerWith({ weekly: { ...none, "1": [{ start: "22:00", end: "02:00" }] } });
    const joined = await interviewerWith({
      weekly: { ...none, "1": [{ start: "21:00", end: "24:00" }], "2": [{ start: "00:00", end: "02:00" }] },
    });
    const lateMonday = at(futureMonday(5), 13.5 * HOUR); // Monday 23:30 UTC
    expect((await book(await createTestUser(), wrapping, lateMonday)).status).toBe(201);
    expect((await book(await createTestUser(), joined, lateMonday)).status).toBe(201);
    // 01:30 on Tuesday would run past 02:00.
    const late = await refusal(await book(await createTestUser(), wrapping, at(lateMonday, 2 * HOUR)));
    expect(late.reason).toBe("outside-hours");
  });
});

describe("a refused move says which rule refused it and offers the nearest moves that work for both", () => {
  const move = (user: TestUser, bookingId: string, start: string) =>
    rescheduleRoute(
      apiRequest(`/api/v1/bookings/${bookingId}/reschedule`, {
        method: "POST",
        body: { start, reason: "Clash at work" },
        headers: bearer(user),
      }),
      { params: Promise.resolve({ id: bookingId }) },
    );

  it("taken: its own time is freed (9:30 is offered) but never offered back (10:00 is not); a time offered moves it", async () => {
    const interviewer = await interviewerWith();
    const candidate = await createTestUser();
    const t = futureMonday(2); // 10:00, an hour long
    const own = await book(candidate, interviewer, t);
    expect(own.status).toBe(201);
    const { id } = (await own.json()) as { id: string };
    expect((await book(await createTestUser(), interviewer, at(t, HOUR))).status).toBe(201);
    const problem = await refusal(await move(candidate, id, iso(t, HOUR)));
    expect(problem.reason).toBe("taken");
    expect(problem.detail).toMatch(/just taken/);
    expect(problem.alternatives).toEqual([iso(t, -30 * MIN), iso(t, 2 * HOUR), iso(t, 150 * MIN)]);
    expect((await move(interviewer, id, problem.alternatives[0]!)).status).toBe(201);
  });

  it("outside hours, asked by the interviewer: the reason is the interviewer's rule, the times still fit both", async () => {
    const hours = [{ start: "09:00", end: "12:00" }];
    const interviewer = await interviewerWith({
      weekly: { "1": hours, "2": [], "3": [], "4": [], "5": [], "6": [], "7": [] },
    });
    const candidate = await createTestUser();
    const t = futureMonday(3); // 10:00
    const own = await book(candidate, interviewer, t);
    const { id } = (await own.json()) as { id: string };
    const problem = await refusal(await move(interviewer, id, iso(t, 90 * MIN)));
    expect(problem.reason).toBe("outside-hours");
    // 10:00 is its own time, so the nearest moves skip it for 9:30.
    expect(problem.alternatives).toEqual([iso(t, -30 * MIN), iso(t, 30 * MIN), iso(t, HOUR)]);
  });
});
