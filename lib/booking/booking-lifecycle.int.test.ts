import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createBookingRoute, GET as listRoute } from "../../app/api/v1/bookings/route";
import { GET as getRoute } from "../../app/api/v1/bookings/[id]/route";
import { POST as cancelRoute } from "../../app/api/v1/bookings/[id]/cancel/route";
import { POST as noShowRoute } from "../../app/api/v1/bookings/[id]/no-show/route";
import { POST as questionRoute } from "../../app/api/v1/bookings/[id]/question/route";
import { POST as rescheduleRoute } from "../../app/api/v1/bookings/[id]/reschedule/route";
import { GET as slotsRoute } from "../../app/api/v1/slots/route";
import { POST as blockRoute } from "../../app/api/v1/blocks/route";
import { db } from "../db";
import { openAvailability } from "../../tests/factories/availability";
import { insertTestBooking } from "../../tests/factories/bookings";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import { reliabilityOf, reliabilityScore } from "./reliability";

const HOUR = 3_600_000;
type Json = Record<string, unknown> & { id: string; status: string };

function inDays(days: number, hourUtc = 10): Date {
  const d = new Date(Date.now() + days * 24 * HOUR);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
}

const p = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (route: typeof cancelRoute, user: TestUser, id: string, path: string, body: unknown) =>
  route(apiRequest(`/api/v1/bookings/${id}/${path}`, { method: "POST", body, headers: bearer(user) }), p(id));

async function book(candidate: TestUser, interviewer: TestUser, start: Date): Promise<Json> {
  const response = await createBookingRoute(
    apiRequest("/api/v1/bookings", {
      method: "POST",
      body: { interviewerId: interviewer.caller.id, interviewType: "system-design", start: start.toISOString() },
      headers: { ...bearer(candidate), "idempotency-key": randomUUID() },
    }),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as Json;
}

async function pair() {
  const interviewer = await createTestUser();
  await openAvailability(interviewer.caller);
  const candidate = await createTestUser();
  return { interviewer, candidate };
}

beforeAll(ensureInterviewTypes);

describe("reschedule", () => {
  it("moves an interview by 30 minutes without conflicting with itself, linking old and new", async () => {
    const { interviewer, candidate } = await pair();
    const original = await book(candidate, interviewer, inDays(3));
    const moved = await post(rescheduleRoute, candidate, original.id, "reschedule", {
      start: new Date(inDays(3).getTime() + HOUR / 2).toISOString(),
      reason: "Train is late",
    });
    expect(moved.status).toBe(201);
    const next = (await moved.json()) as Json & { rescheduledFromId: string; meetingUrl: string };
    expect(next.rescheduledFromId).toBe(original.id);
    const old = await db().booking.findUniqueOrThrow({ where: { id: original.id } });
    expect(old.status).toBe("RESCHEDULED");
    expect(next.meetingUrl).toBe(old.meetingUrl);
    const history = await db().bookingStatusChange.findMany({
      where: { bookingId: original.id },
      orderBy: { createdAt: "asc" },
    });
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.reason])).toEqual([
      [null, "SCHEDULED", null],
      ["SCHEDULED", "RESCHEDULED", "Train is late"],
    ]);
  });

  it("refuses a move onto a time the interviewer can't do, and leaves the original untouched", async () => {
    const { interviewer, candidate } = await pair();
    const other = await createTestUser();
    const original = await book(candidate, interviewer, inDays(4));
    await book(other, interviewer, inDays(4, 14));
    const response = await post(rescheduleRoute, candidate, original.id, "reschedule", {
      start: inDays(4, 14).toISOString(),
      reason: "Clash",
    });
    expect(response.status).toBe(409);
    expect((await db().booking.findUniqueOrThrow({ where: { id: original.id } })).status).toBe("SCHEDULED");
  });
});

describe("cancel", () => {
  it("records who cancelled and why; the other side sees the reason", async () => {
    const { interviewer, candidate } = await pair();
    const booking = await book(candidate, interviewer, inDays(5));
    const response = await post(cancelRoute, interviewer, booking.id, "cancel", { reason: "Family emergency, sorry" });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { cancelledLate: boolean }).cancelledLate).toBe(false);
    const seen = (await (
      await getRoute(apiRequest(`/api/v1/bookings/${booking.id}`, { headers: bearer(candidate) }), p(booking.id))
    ).json()) as Json & {
      cancelReason: string;
      history: { toStatus: string; reason: string | null }[];
    };
    expect(seen.status).toBe("CANCELLED");
    expect(seen.cancelReason).toBe("Family emergency, sorry");
    expect(seen.history.at(-1)).toMatchObject({ toStatus: "CANCELLED", reason: "Family emergency, sorry" });
    // Open "Match me" requests of the type are tried again, by the worker.
    const sweeps = await db().$queryRaw<{ ids: string[] }[]>`
      SELECT ARRAY(SELECT jsonb_array_elements_text(data->'interviewTypeIds')) AS ids
        FROM pgboss.job WHERE name = 'match-sweep'`;
    const cancelled = await db().booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(sweeps.some((s) => s.ids.includes(cancelled.interviewTypeId))).toBe(true);
    // The time is free again.
    await book(await createTestUser(), interviewer, inDays(5));
  });

  it("a cancellation inside 24 hours is late and lowers reliability", async () => {
    const { interviewer, candidate } = await pair();
    const soon = new Date(Date.now() + 3 * HOUR);
    soon.setUTCMinutes(soon.getUTCMinutes() < 30 ? 30 : 60, 0, 0);
    const booking = await book(candidate, interviewer, soon);
    const response = await post(cancelRoute, candidate, booking.id, "cancel", { reason: "Overslept my calendar" });
    expect(((await response.json()) as { cancelledLate: boolean }).cancelledLate).toBe(true);
    const scores = await reliabilityOf(db(), [candidate.caller.id, interviewer.caller.id]);
    expect(scores.get(candidate.caller.id)).toBeCloseTo(reliabilityScore(0, 1, 0));
    expect(scores.get(candidate.caller.id)!).toBeLessThan(scores.get(interviewer.caller.id)!);
  });

  it("needs a reason and can't cancel twice", async () => {
    const { interviewer, candidate } = await pair();
    const booking = await book(candidate, interviewer, inDays(6));
    expect((await post(cancelRoute, candidate, booking.id, "cancel", {})).status).toBe(400);
    expect((await post(cancelRoute, candidate, booking.id, "cancel", { reason: "Changed plans" })).status).toBe(200);
    expect((await post(cancelRoute, candidate, booking.id, "cancel", { reason: "Again" })).status).toBe(409);
  });
});

describe("no-show", () => {
  it("is reported after the start by the other person, disputed once by the accused, and counts only undisputed", async () => {
    const interviewer = await createTestUser();
    const candidate = await createTestUser();
    const past = await insertTestBooking(candidate, interviewer, new Date(Date.now() - 2 * HOUR));
    const future = await insertTestBooking(candidate, interviewer, inDays(9));
    expect((await post(noShowRoute, interviewer, future.id, "no-show", { action: "report" })).status).toBe(409);
    expect(
      (await post(noShowRoute, interviewer, past.id, "no-show", { action: "report", note: "Waited 20 minutes" }))
        .status,
    ).toBe(200);
    expect((await db().booking.findUniqueOrThrow({ where: { id: past.id } })).status).toBe("NO_SHOW");
    expect((await reliabilityOf(db(), [candidate.caller.id])).get(candidate.caller.id)).toBeCloseTo(
      reliabilityScore(0, 0, 1),
    );

    expect(
      (await post(noShowRoute, interviewer, past.id, "no-show", { action: "dispute", reason: "Not me" })).status,
    ).toBe(409);
    expect(
      (await post(noShowRoute, candidate, past.id, "no-show", { action: "dispute", reason: "The link didn't work" }))
        .status,
    ).toBe(200);
    expect(
      (await post(noShowRoute, candidate, past.id, "no-show", { action: "dispute", reason: "Twice" })).status,
    ).toBe(409);
    expect((await reliabilityOf(db(), [candidate.caller.id])).get(candidate.caller.id)).toBeCloseTo(
      reliabilityScore(0, 0, 0),
    );
  });
});

describe("question swap", () => {
  it("only the interviewer, only before the start, only an approved question of the type the candidate hasn't had", async () => {
    const { interviewer, candidate } = await pair();
    const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "system-design" } });
    const make = (title: string, status: "APPROVED" | "PENDING" = "APPROVED") =>
      db().question.create({
        data: {
          slug: randomUUID(),
          interviewTypeId: type.id,
          title,
          prompt: "p",
          guide: "g",
          difficulty: "MEDIUM",
          tags: [],
          companies: [],
          competencyKeys: [],
          status,
        },
      });
    const fresh = await make(`Fresh ${randomUUID()}`);
    const pending = await make(`Pending ${randomUUID()}`, "PENDING");
    const had = await make(`Had ${randomUUID()}`);
    const earlier = await insertTestBooking(candidate, await createTestUser(), new Date(Date.now() - 48 * HOUR));
    await db().booking.update({ where: { id: earlier.id }, data: { questionId: had.id } });
    const booking = await book(candidate, interviewer, inDays(7));

    expect((await post(questionRoute, candidate, booking.id, "question", { questionId: fresh.id })).status).toBe(403);
    expect((await post(questionRoute, interviewer, booking.id, "question", { questionId: pending.id })).status).toBe(
      422,
    );
    expect((await post(questionRoute, interviewer, booking.id, "question", { questionId: had.id })).status).toBe(422);
    expect((await post(questionRoute, interviewer, booking.id, "question", { questionId: fresh.id })).status).toBe(200);
    expect((await db().booking.findUniqueOrThrow({ where: { id: booking.id } })).questionId).toBe(fresh.id);

    const started = await insertTestBooking(await createTestUser(), interviewer, new Date(Date.now() - HOUR / 2), {
      minutes: 60,
    });
    expect((await post(questionRoute, interviewer, started.id, "question", { questionId: fresh.id })).status).toBe(409);
  });

  it("hides the question from the candidate until the interview ends, and shows it to the interviewer", async () => {
    const { interviewer, candidate } = await pair();
    const booking = await book(candidate, interviewer, inDays(8));
    await db().question.create({
      data: {
        slug: randomUUID(),
        interviewTypeId: (await db().interviewType.findUniqueOrThrow({ where: { slug: "system-design" } })).id,
        title: "Any",
        prompt: "p",
        guide: "g",
        difficulty: "EASY",
        tags: [],
        companies: [],
        competencyKeys: [],
        status: "APPROVED",
      },
    });
    const q = await db().question.findFirstOrThrow({ where: { status: "APPROVED" } });
    await db().booking.update({ where: { id: booking.id }, data: { questionId: q.id } });
    const view = async (u: TestUser) =>
      (await (
        await getRoute(apiRequest(`/api/v1/bookings/${booking.id}`, { headers: bearer(u) }), p(booking.id))
      ).json()) as { question: unknown; role: string };
    expect(await view(candidate)).toMatchObject({ question: null, role: "CANDIDATE" });
    expect(await view(interviewer)).toMatchObject({ question: { id: q.id }, role: "INTERVIEWER" });
  });
});

describe("blocking", () => {
  it("a blocked interviewer is not offered and cannot be booked, whoever blocked whom", async () => {
    const { interviewer, candidate } = await pair();
    const response = await blockRoute(
      apiRequest("/api/v1/blocks", {
        method: "POST",
        body: { userId: candidate.caller.id },
        headers: bearer(interviewer),
      }),
    );
    expect(response.status).toBe(204);
    const from = inDays(10, 9);
    const slots = (await (
      await slotsRoute(
        apiRequest(
          `/api/v1/slots?interviewType=system-design&from=${from.toISOString()}&to=${new Date(from.getTime() + 3 * HOUR).toISOString()}`,
          { headers: bearer(candidate) },
        ),
      )
    ).json()) as { slots: { interviewers: { id: string }[] }[] };
    expect(slots.slots.flatMap((s) => s.interviewers.map((i) => i.id))).not.toContain(interviewer.caller.id);
    const attempt = await createBookingRoute(
      apiRequest("/api/v1/bookings", {
        method: "POST",
        body: { interviewerId: interviewer.caller.id, interviewType: "system-design", start: inDays(10).toISOString() },
        headers: { ...bearer(candidate), "idempotency-key": randomUUID() },
      }),
    );
    expect(attempt.status).toBe(404);
  });
});

describe("someone else's booking", () => {
  it("is a 404 on every booking route for a third person", async () => {
    const { interviewer, candidate } = await pair();
    const booking = await book(candidate, interviewer, inDays(11));
    const stranger = await createTestUser();
    expect(
      (await getRoute(apiRequest(`/api/v1/bookings/${booking.id}`, { headers: bearer(stranger) }), p(booking.id)))
        .status,
    ).toBe(404);
    expect((await post(cancelRoute, stranger, booking.id, "cancel", { reason: "Mischief" })).status).toBe(404);
    expect(
      (
        await post(rescheduleRoute, stranger, booking.id, "reschedule", {
          start: inDays(12).toISOString(),
          reason: "Mischief",
        })
      ).status,
    ).toBe(404);
    expect((await post(noShowRoute, stranger, booking.id, "no-show", { action: "report" })).status).toBe(404);
    expect((await post(questionRoute, stranger, booking.id, "question", { questionId: "x" })).status).toBe(404);
    const list = (await (
      await listRoute(apiRequest("/api/v1/bookings?when=upcoming", { headers: bearer(stranger) }))
    ).json()) as { bookings: unknown[] };
    expect(list.bookings).toHaveLength(0);
    expect((await db().booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("SCHEDULED");
  });
});
