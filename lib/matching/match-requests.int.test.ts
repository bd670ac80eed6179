import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as cancelRoute } from "../../app/api/v1/match-requests/[id]/route";
import { GET as listRoute, POST as createRoute } from "../../app/api/v1/match-requests/route";
import { saveAvailability } from "../availability/save-availability";
import { db } from "../db";
import { blockUser } from "../users/blocks";
import { openAvailability } from "../../tests/factories/availability";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import { QUEUES } from "../jobs/boss";
import { handleJob } from "../notifications/handle-job";
import type { MatchSweepJob } from "./match-jobs";
import { sweepMatchRequests } from "./try-match";

const HOUR = 3_600_000;
type Request = { id: string; status: string; bookingId: string | null };

/** A window on a day far enough out that no other test in this file books there. */
function windowOn(daysAhead: number, fromHour: number, toHour: number) {
  const day = new Date(Date.now() + daysAhead * 24 * HOUR);
  day.setUTCHours(0, 0, 0, 0);
  return {
    start: new Date(day.getTime() + fromHour * HOUR).toISOString(),
    end: new Date(day.getTime() + toHour * HOUR).toISOString(),
  };
}

async function request(
  candidate: TestUser,
  windows: { start: string; end: string }[],
  type = "ai-ml",
): Promise<Request> {
  const response = await createRoute(
    apiRequest("/api/v1/match-requests", {
      method: "POST",
      body: { interviewType: type, windows },
      headers: bearer(candidate),
    }),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as Request;
}

const noHours = { "1": [], "2": [], "3": [], "4": [], "5": [], "6": [], "7": [] };

beforeAll(async () => {
  await ensureInterviewTypes();
  // Each test uses "ai-ml" on its own days; interviewers from other tests offer other types.
});

describe("Match me", () => {
  it("books at once with the best-ranked free interviewer at the earliest acceptable slot", async () => {
    // Interviewers in this file only open single days, so requests on other days stay unmatched.
    const interviewer = await createTestUser();
    const dayOf = (days: number) => new Date(windowOn(days, 0, 1).start).toISOString().slice(0, 10);
    await openAvailability(interviewer.caller, {
      offeredTypes: ["ai-ml"],
      weekly: noHours,
      overrides: [
        { date: dayOf(19), ranges: [{ start: "08:00", end: "18:00" }] },
        { date: dayOf(20), ranges: [{ start: "08:00", end: "18:00" }] },
      ],
    });
    const candidate = await createTestUser();
    const created = await request(candidate, [windowOn(20, 14, 18), windowOn(19, 9, 12)]);
    expect(created.status).toBe("MATCHED");
    const booking = await db().booking.findUniqueOrThrow({ where: { id: created.bookingId! } });
    expect(booking.interviewerId).toBe(interviewer.caller.id);
    expect(booking.candidateId).toBe(candidate.caller.id);
    expect(booking.startsAt.toISOString()).toBe(windowOn(19, 9, 12).start);
  });

  it("stays open, then books when an interviewer adds hours", async () => {
    const candidate = await createTestUser();
    const created = await request(candidate, [windowOn(25, 8, 12)]);
    expect(created.status).toBe("OPEN");
    const interviewer = await createTestUser();
    const day = new Date(windowOn(25, 0, 1).start);
    const date = day.toISOString().slice(0, 10);
    await saveAvailability(interviewer.caller, {
      timeZone: "UTC",
      weekly: noHours,
      overrides: [{ date, ranges: [{ start: "10:00", end: "12:00" }] }],
      offeredTypes: ["ai-ml"],
      minNoticeHours: 0,
      bufferMinutes: 0,
      maxPerWeek: null,
      horizonDays: 60,
    });
    // The request is not tried inside the interviewer's save: it queued a sweep for the worker.
    expect((await db().matchRequest.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("OPEN");
    const [job] = await db().$queryRaw<{ data: MatchSweepJob }[]>`
      SELECT data FROM pgboss.job WHERE name = ${QUEUES.matchSweep} AND state = 'created'
       ORDER BY created_on DESC LIMIT 1`;
    const aiMl = await db().interviewType.findUniqueOrThrow({ where: { slug: "ai-ml" } });
    expect(job?.data.interviewTypeIds).toEqual([aiMl.id]);
    const outcome = await handleJob(QUEUES.matchSweep, job!.data, { jobId: "test", attempt: 0 });
    expect(outcome).toMatchObject({ swept: { matched: 1 } });
    const after = await db().matchRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(after.status).toBe("MATCHED");
    const booking = await db().booking.findUniqueOrThrow({ where: { id: after.bookingId! } });
    expect(booking.startsAt.toISOString()).toBe(new Date(`${date}T10:00:00Z`).toISOString());
  });

  it("unmatched: says nobody is free in its windows and offers the nearest starts when someone is", async () => {
    const interviewer = await createTestUser();
    const date = new Date(windowOn(50, 0, 1).start).toISOString().slice(0, 10);
    await openAvailability(interviewer.caller, {
      offeredTypes: ["ai-ml"],
      weekly: noHours,
      bufferMinutes: 0,
      overrides: [{ date, ranges: [{ start: "10:00", end: "12:00" }] }],
    });
    const created = (await request(await createTestUser(), [windowOn(50, 14, 16)])) as Request & {
      unmatched?: { reason: string; detail: string; alternatives: string[] };
    };
    expect(created.status).toBe("OPEN");
    expect(created.unmatched?.reason).toBe("no-one-free");
    expect(created.unmatched?.detail).toMatch(/Nobody who gives this interview is free/);
    // 45-minute interviews in 10:00–12:00, nearest to the window's 14:00 start.
    expect(created.unmatched?.alternatives).toEqual(
      ["10:00", "10:30", "11:00"].map((t) => new Date(`${date}T${t}:00Z`).toISOString()),
    );
    // Asking for one of them exactly books it.
    const start = created.unmatched!.alternatives[2]!;
    const again = await request(await createTestUser(), [
      { start, end: new Date(Date.parse(start) + 30 * 60_000).toISOString() },
    ]);
    expect(again.status).toBe("MATCHED");
    expect((await db().booking.findUniqueOrThrow({ where: { id: again.bookingId! } })).startsAt.toISOString()).toBe(
      start,
    );
  });

  it("never pairs people who blocked each other", async () => {
    const interviewer = await createTestUser();
    await openAvailability(interviewer.caller, {
      offeredTypes: ["ai-ml"],
      weekly: noHours,
      overrides: [
        {
          date: new Date(windowOn(30, 0, 1).start).toISOString().slice(0, 10),
          ranges: [{ start: "09:00", end: "17:00" }],
        },
      ],
    });
    const candidate = await createTestUser();
    await blockUser(interviewer.caller, candidate.caller.id);
    const created = await request(candidate, [windowOn(30, 9, 17)]);
    expect(created.status).toBe("OPEN");
    await sweepMatchRequests();
    expect((await db().matchRequest.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("OPEN");
  });

  it("expires when its windows pass, and can be cancelled by its owner only", async () => {
    const candidate = await createTestUser();
    const created = await request(candidate, [windowOn(40, 3, 4)]);
    expect(created.status).toBe("OPEN");
    const result = await sweepMatchRequests(new Date(Date.now() + 41 * 24 * HOUR));
    expect(result.expired).toBeGreaterThanOrEqual(1);
    expect((await db().matchRequest.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("EXPIRED");

    const other = await request(candidate, [windowOn(45, 3, 4)]);
    const stranger = await createTestUser();
    const params = { params: Promise.resolve({ id: other.id }) };
    expect(
      (
        await cancelRoute(
          apiRequest(`/api/v1/match-requests/${other.id}`, { method: "DELETE", headers: bearer(stranger) }),
          params,
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await cancelRoute(
          apiRequest(`/api/v1/match-requests/${other.id}`, { method: "DELETE", headers: bearer(candidate) }),
          params,
        )
      ).status,
    ).toBe(204);
    const list = (await (
      await listRoute(apiRequest("/api/v1/match-requests", { headers: bearer(candidate) }))
    ).json()) as { matchRequests: Request[] };
    expect(list.matchRequests.map((r) => r.status).sort()).toEqual(["CANCELLED", "EXPIRED"]);
  });

  it("rejects windows that are past, inverted or too long", async () => {
    const candidate = await createTestUser();
    const past = {
      start: new Date(Date.now() - 3 * HOUR).toISOString(),
      end: new Date(Date.now() - HOUR).toISOString(),
    };
    const inverted = { start: windowOn(5, 12, 13).end, end: windowOn(5, 12, 13).start };
    const long = { start: windowOn(5, 0, 1).start, end: windowOn(25, 0, 1).start };
    for (const w of [past, inverted, long]) {
      const response = await createRoute(
        apiRequest("/api/v1/match-requests", {
          method: "POST",
          body: { interviewType: "ai-ml", windows: [w] },
          headers: bearer(candidate),
        }),
      );
      expect(response.status).toBe(400);
    }
  });
});
