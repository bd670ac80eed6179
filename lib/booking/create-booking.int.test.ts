import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/v1/bookings/route";
import { db } from "../db";
import { apiRequest } from "../../tests/factories/requests";
import { openAvailability } from "../../tests/factories/availability";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";

// System design interviews last 60 minutes (seeded interview types).
const HOUR = 3_600_000;

/** A Monday well in the future, 10:00 UTC, so notice and "not in the past" never interfere. */
function futureMonday(weeksAhead = 2): Date {
  const d = new Date();
  d.setUTCHours(10, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7) + 7 * (weeksAhead - 1));
  return d;
}

function book(candidate: TestUser, interviewer: TestUser, start: Date, key = randomUUID()) {
  return POST(
    apiRequest("/api/v1/bookings", {
      method: "POST",
      body: { interviewerId: interviewer.caller.id, interviewType: "system-design", start: start.toISOString() },
      headers: { ...bearer(candidate), "idempotency-key": key },
    }),
  );
}

async function candidates(n: number): Promise<TestUser[]> {
  return Promise.all(Array.from({ length: n }, () => createTestUser()));
}

async function statuses(responses: Response[]): Promise<number[]> {
  return responses.map((r) => r.status).sort();
}

async function assertNoOverlaps() {
  const overlaps = await db().$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM booking_participants a JOIN booking_participants b
      ON a.user_id = b.user_id AND a.booking_id < b.booking_id AND a.during && b.during
     WHERE a.active AND b.active`;
  expect(Number(overlaps[0]?.n)).toBe(0);
}

beforeAll(ensureInterviewTypes);

describe("POST /api/v1/bookings under concurrency", () => {
  it("20 candidates racing for one slot: exactly one 201, the rest 409 with a friendly message", async () => {
    const interviewer = await createTestUser();
    await openAvailability(interviewer.caller);
    const start = futureMonday();
    const racers = await candidates(20);
    const responses = await Promise.all(racers.map((c) => book(c, interviewer, start)));
    const codes = await statuses(responses);
    expect(codes.filter((s) => s === 201)).toHaveLength(1);
    expect(codes.filter((s) => s === 409)).toHaveLength(19);
    const conflict = responses.find((r) => r.status === 409)!;
    expect(conflict.headers.get("content-type")).toBe("application/problem+json");
    expect(((await conflict.json()) as { detail: string }).detail).toMatch(/just taken/);
    await assertNoOverlaps();
  });

  it("overlapping intervals and adjacent slots inside the buffer: one 201", async () => {
    const interviewer = await createTestUser();
    await openAvailability(interviewer.caller, { bufferMinutes: 15 });
    const t = futureMonday(3);
    // T, T+30m overlap; T+60m touches T's end but sits inside the 15-minute buffer.
    const starts = [t, new Date(t.getTime() + HOUR / 2), new Date(t.getTime() + HOUR)];
    const racers = await candidates(20);
    const codes = await statuses(await Promise.all(racers.map((c, i) => book(c, interviewer, starts[i % 3]!))));
    expect(codes.filter((s) => s === 201)).toHaveLength(1);
    expect(codes.filter((s) => s === 409)).toHaveLength(19);
    await assertNoOverlaps();
  });

  it("with one weekly slot left, 20 requests for different slots that week: one 201", async () => {
    const interviewer = await createTestUser();
    await openAvailability(interviewer.caller, { maxPerWeek: 1 });
    const monday = futureMonday(4);
    const racers = await candidates(20);
    // Different days and hours of the same Monday–Sunday week, far apart from each other.
    const codes = await statuses(
      await Promise.all(
        racers.map((c, i) =>
          book(c, interviewer, new Date(monday.getTime() + (i % 6) * 24 * HOUR + Math.floor(i / 6) * 3 * HOUR)),
        ),
      ),
    );
    expect(codes.filter((s) => s === 201)).toHaveLength(1);
    expect(codes.filter((s) => s === 409)).toHaveLength(19);
  });
});

describe("POST /api/v1/bookings rules", () => {
  it("returns the first booking again for a retry with the same Idempotency-Key", async () => {
    const interviewer = await createTestUser();
    await openAvailability(interviewer.caller);
    const candidate = await createTestUser();
    const key = randomUUID();
    const first = await book(candidate, interviewer, futureMonday(5), key);
    const again = await book(candidate, interviewer, futureMonday(5), key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(((await again.json()) as { id: string }).id).toBe(((await first.json()) as { id: string }).id);
    expect(await db().booking.count({ where: { candidateId: candidate.caller.id } })).toBe(1);
  });

  it("concurrent retries with one key make one booking", async () => {
    const interviewer = await createTestUser();
    await openAvailability(interviewer.caller);
    const candidate = await createTestUser();
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => book(candidate, interviewer, futureMonday(6), key)),
    );
    const ids = new Set(await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id)));
    expect(ids.size).toBe(1);
    expect(await db().booking.count({ where: { candidateId: candidate.caller.id } })).toBe(1);
  });

  it("refuses a candidate who is already busy elsewhere at that time", async () => {
    const [a, b] = await candidates(2);
    await openAvailability(a!.caller);
    await openAvailability(b!.caller);
    const candidate = await createTestUser();
    const start = futureMonday(7);
    expect((await book(candidate, a!, start)).status).toBe(201);
    const second = await book(candidate, b!, new Date(start.getTime() + HOUR / 2));
    expect(second.status).toBe(409);
    expect(((await second.json()) as { detail: string }).detail).toMatch(/already have an interview/);
  });

  it("refuses booking yourself, the past, a type not offered, and a missing key", async () => {
    const interviewer = await createTestUser();
    await openAvailability(interviewer.caller, { offeredTypes: ["technical-depth"] });
    expect((await book(interviewer, interviewer, futureMonday())).status).toBe(422);
    const candidate = await createTestUser();
    expect((await book(candidate, interviewer, new Date(Date.now() - HOUR))).status).toBe(422);
    expect((await book(candidate, interviewer, futureMonday())).status).toBe(404);
    const noKey = await POST(
      apiRequest("/api/v1/bookings", {
        method: "POST",
        body: {
          interviewerId: interviewer.caller.id,
          interviewType: "technical-depth",
          start: futureMonday().toISOString(),
        },
        headers: bearer(candidate),
      }),
    );
    expect(noKey.status).toBe(400);
  });

  it("the database itself refuses an overlap that skips the application", async () => {
    const interviewer = await createTestUser();
    const [c1, c2] = await candidates(2);
    const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "system-design" } });
    const start = futureMonday(8);
    const make = (candidateId: string, offsetMinutes: number) =>
      db().booking.create({
        data: {
          interviewTypeId: type.id,
          candidateId,
          interviewerId: interviewer.caller.id,
          startsAt: new Date(start.getTime() + offsetMinutes * 60_000),
          endsAt: new Date(start.getTime() + (offsetMinutes + 60) * 60_000),
          idempotencyKey: randomUUID(),
          participants: {
            create: [
              { userId: candidateId, role: "CANDIDATE" },
              { userId: interviewer.caller.id, role: "INTERVIEWER" },
            ],
          },
        },
      });
    await make(c1!.caller.id, 0);
    await expect(make(c2!.caller.id, 30)).rejects.toThrow();
    // Cancelling frees the time: the trigger turns the participants inactive.
    await db().booking.updateMany({
      where: { candidateId: c1!.caller.id },
      data: { status: "CANCELLED", cancelReason: "test", cancelledById: c1!.caller.id },
    });
    await expect(make(c2!.caller.id, 30)).resolves.toBeTruthy();
    await assertNoOverlaps();
  });
});
