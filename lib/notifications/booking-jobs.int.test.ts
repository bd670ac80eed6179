import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelBooking, rescheduleBooking } from "../booking/booking-lifecycle";
import { insertBooking } from "../booking/booking-core";
import { createBooking } from "../booking/create-booking";
import { db } from "../db";
import { sqlState } from "../errors";
import { QUEUES, stopBoss } from "../jobs/boss";
import { enqueueJobs } from "../jobs/enqueue-jobs";
import { openAvailability } from "../../tests/factories/availability";
import { createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import { bookingCreatedJobs } from "./booking-jobs";

const HOUR = 3_600_000;

function inDays(days: number, hourUtc = 10): Date {
  const d = new Date(Date.now() + days * 24 * HOUR);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
}

interface JobRow {
  name: string;
  data: Record<string, string>;
  start_after: Date;
  state: string;
}

async function jobsFor(bookingId: string): Promise<JobRow[]> {
  return db().$queryRaw<JobRow[]>`
    SELECT name, data, start_after, state::text AS state FROM pgboss.job
     WHERE data->>'bookingId' = ${bookingId} ORDER BY name, start_after`;
}

async function pair() {
  const interviewer = await createTestUser();
  await openAvailability(interviewer.caller);
  const candidate = await createTestUser();
  return { interviewer, candidate };
}

async function book(candidate: TestUser, interviewer: TestUser, start: Date) {
  const { booking } = await createBooking(
    candidate.caller,
    { interviewerId: interviewer.caller.id, interviewType: "system-design", start },
    randomUUID(),
  );
  return booking;
}

beforeAll(ensureInterviewTypes);
afterAll(() => stopBoss());

describe("jobs enqueued by booking changes", () => {
  it("a new booking enqueues a confirmation, reminders 24 h and 1 h before, and a feedback request at the end", async () => {
    const { interviewer, candidate } = await pair();
    const start = inDays(3);
    const booking = await book(candidate, interviewer, start);
    const jobs = await jobsFor(booking.id);
    expect(jobs.map((j) => [j.name, j.state, j.start_after.getTime(), j.data.lead ?? null])).toEqual([
      [QUEUES.confirmation, "created", expect.any(Number), null],
      [QUEUES.feedbackRequest, "created", booking.endsAt.getTime(), null],
      [QUEUES.reminder, "created", start.getTime() - 24 * HOUR, "24h"],
      [QUEUES.reminder, "created", start.getTime() - HOUR, "1h"],
    ]);
    const confirmation = jobs[0]!;
    expect(Math.abs(confirmation.start_after.getTime() - Date.now())).toBeLessThan(60_000);
    expect(
      jobs.filter((j) => j.name !== QUEUES.confirmation).every((j) => j.data.expectedStart === start.toISOString()),
    ).toBe(true);
  });

  it("skips reminders whose time has already passed", async () => {
    const { interviewer, candidate } = await pair();
    const start = new Date(Math.ceil(Date.now() / HOUR) * HOUR + 2 * HOUR);
    const booking = await book(candidate, interviewer, start);
    const jobs = await jobsFor(booking.id);
    expect(jobs.map((j) => [j.name, j.data.lead ?? null])).toEqual([
      [QUEUES.confirmation, null],
      [QUEUES.feedbackRequest, null],
      [QUEUES.reminder, "1h"],
    ]);
  });

  it("a rolled-back transaction enqueues nothing", async () => {
    const bookingId = `rollback-${randomUUID()}`;
    const times = { id: bookingId, startsAt: inDays(2), endsAt: new Date(inDays(2).getTime() + HOUR) };
    await expect(
      db().$transaction(async (tx) => {
        await enqueueJobs(tx, bookingCreatedJobs(times));
        expect(
          (await tx.$queryRaw<unknown[]>`SELECT 1 FROM pgboss.job WHERE data->>'bookingId' = ${bookingId}`).length,
        ).toBe(4);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await jobsFor(bookingId)).toEqual([]);
  });

  it("a booking that fails inside its transaction leaves no jobs behind", async () => {
    const { interviewer, candidate } = await pair();
    const other = await createTestUser();
    const start = inDays(5);
    await book(candidate, interviewer, start);
    const before = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job`;
    await expect(book(other, interviewer, start)).rejects.toThrow();
    const after = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job`;
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it("a booking the exclusion constraint refuses, in the statement that also inserts its jobs, leaves no jobs behind", async () => {
    const { interviewer, candidate } = await pair();
    const other = await createTestUser();
    const start = inDays(6);
    await book(candidate, interviewer, start);
    const type = await db().interviewType.findUniqueOrThrow({
      where: { slug: "system-design" },
      select: { id: true, slug: true, durationMinutes: true },
    });
    const before = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job`;
    // Past the app's own re-check, straight to the insert: the participants' overlap is refused (23P01).
    const refused = await db()
      .$transaction((tx) =>
        insertBooking(tx, {
          candidateId: other.caller.id,
          interviewerId: interviewer.caller.id,
          type,
          start,
          idempotencyKey: randomUUID(),
          actorId: other.caller.id,
        }),
      )
      .catch((e: unknown) => e);
    expect(sqlState(refused)).toBe("23P01");
    const after = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job`;
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it("cancelling cancels the queued reminders and feedback request and enqueues one cancellation notice", async () => {
    const { interviewer, candidate } = await pair();
    const booking = await book(candidate, interviewer, inDays(4));
    await cancelBooking(interviewer.caller, booking.id, "Sick <b>today</b>");
    const jobs = await jobsFor(booking.id);
    expect(jobs.map((j) => [j.name, j.state])).toEqual([
      [QUEUES.cancelled, "created"],
      [QUEUES.confirmation, "created"],
      [QUEUES.feedbackRequest, "cancelled"],
      [QUEUES.reminder, "cancelled"],
      [QUEUES.reminder, "cancelled"],
    ]);
    expect(jobs[0]!.data.reason).toBe("Sick <b>today</b>");
  });

  it("rescheduling enqueues one 'moved' notice (no fresh confirmation) and moves the reminders to the new time", async () => {
    const { interviewer, candidate } = await pair();
    const old = await book(candidate, interviewer, inDays(6));
    const newStart = inDays(7, 15);
    const moved = await rescheduleBooking(candidate.caller, old.id, newStart, "Clash");
    const oldJobs = await jobsFor(old.id);
    expect(oldJobs.filter((j) => j.state === "created").map((j) => j.name)).toEqual([QUEUES.confirmation]);
    const newJobs = await jobsFor(moved.id);
    expect(newJobs.map((j) => [j.name, j.state, j.start_after.getTime()])).toEqual([
      [QUEUES.feedbackRequest, "created", moved.endsAt.getTime()],
      [QUEUES.reminder, "created", newStart.getTime() - 24 * HOUR],
      [QUEUES.reminder, "created", newStart.getTime() - HOUR],
      [QUEUES.rescheduled, "created", expect.any(Number)],
    ]);
    expect(newJobs[3]!.data).toMatchObject({ previousBookingId: old.id, reason: "Clash" });
  });
});
