import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { getCurrentRubric } from "../rubrics/rubrics";
import { openAvailability } from "../../tests/factories/availability";
import { ensureTestRubric } from "../../tests/factories/feedback";
import { createTestUser, ensureInterviewTypes } from "../../tests/factories/users";
import { sqlState } from "../errors";
import { insertBooking } from "./booking-core";
import { rescheduleBooking } from "./booking-lifecycle";
import { bookingSelect, loadBookingView } from "./booking-select";
import { createBooking } from "./create-booking";
import { statementsDuring } from "../../tests/factories/statements";

const DAY = 86_400_000;

function inDays(days: number, hourUtc = 10): Date {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
}

/** Every statement sent while `work` runs, whitespace collapsed. */
async function sentDuring(work: () => Promise<unknown>): Promise<string[]> {
  return (await statementsDuring(work)).map((s) => s.replace(/\s+/g, " ").trim());
}

async function pair() {
  const interviewer = await createTestUser();
  await openAvailability(interviewer.caller);
  return { interviewer, candidate: await createTestUser() };
}

const input = (interviewerId: string, start: Date) => ({ interviewerId, interviewType: "system-design", start });

beforeAll(async () => {
  await ensureInterviewTypes();
  await ensureTestRubric();
  const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "system-design" } });
  await db().question.create({
    data: {
      slug: `q-${randomUUID()}`,
      interviewTypeId: type.id,
      title: "Design a URL shortener",
      prompt: "…",
      guide: "…",
      difficulty: "MEDIUM",
      tags: [],
      companies: [],
      competencyKeys: ["architecture"],
      status: "APPROVED",
    },
  });
});

describe("what one booking costs the database", () => {
  // Round trips are what a booking spends holding the interviewer's schedule lock, and Prisma
  // turns a nested select into one query per relation: this pins the count so a change that
  // adds statements does so on purpose. Counted, not timed.
  it("a new booking runs 7 statements, 4 of them inside its transaction", async () => {
    const { interviewer, candidate } = await pair();
    // The first booking in a process also starts pg-boss and caches its queues.
    await createBooking(candidate.caller, input(interviewer.caller.id, inDays(14)), randomUUID());
    const sent = await sentDuring(() =>
      createBooking(candidate.caller, input(interviewer.caller.id, inDays(15)), randomUUID()),
    );
    const begin = sent.indexOf("BEGIN");
    const commit = sent.indexOf("COMMIT");
    expect(sent.slice(begin + 1, commit).length, sent.join("\n")).toBe(4);
    expect(sent.length, sent.join("\n")).toBe(7);
  });

  it("a retry with the same key runs two statements and no transaction", async () => {
    const { interviewer, candidate } = await pair();
    const key = randomUUID();
    await createBooking(candidate.caller, input(interviewer.caller.id, inDays(16)), key);
    const sent = await sentDuring(() => createBooking(candidate.caller, input(interviewer.caller.id, inDays(16)), key));
    expect(sent).toHaveLength(2);
  });
});

describe("loadBookingView", () => {
  it("reads a booking exactly as Prisma's bookingSelect does: new, with question and rubric, and rescheduled", async () => {
    const { interviewer, candidate } = await pair();
    const key = randomUUID();
    const { booking } = await createBooking(candidate.caller, input(interviewer.caller.id, inDays(20)), key);
    const moved = await rescheduleBooking(candidate.caller, booking.id, inDays(21), "clash");
    for (const id of [booking.id, moved.id]) {
      const prisma = await db().booking.findUniqueOrThrow({ where: { id }, select: bookingSelect });
      const view = await loadBookingView(db(), { id });
      expect(view).toEqual(prisma);
      // Same keys in the same order, so the JSON a client reads is byte for byte the same.
      expect(JSON.stringify(view)).toBe(JSON.stringify(prisma));
    }
    const first = await loadBookingView(db(), { candidateId: candidate.caller.id, idempotencyKey: key });
    expect(first?.rescheduledTo?.id).toBe(moved.id);
    expect(first?.question?.title).toBe("Design a URL shortener");
    const stored = await db().booking.findUniqueOrThrow({
      where: { id: booking.id },
      select: { rubricVersionId: true },
    });
    expect(stored.rubricVersionId).toBe((await getCurrentRubric("system-design"))?.id);
    expect(await loadBookingView(db(), { id: "no-such-booking" })).toBeNull();
  });
});

describe("insertBooking", () => {
  it("fills the participants' range from the booking, so the exclusion constraint refuses an overlap; a reused key is 23505", async () => {
    const { interviewer, candidate } = await pair();
    const other = await createTestUser();
    const type = await db().interviewType.findUniqueOrThrow({
      where: { slug: "system-design" },
      select: { id: true, slug: true, durationMinutes: true },
    });
    const start = inDays(30);
    const insert = (candidateId: string, at: Date, idempotencyKey = randomUUID()) =>
      db().$transaction((tx) =>
        insertBooking(tx, {
          candidateId,
          interviewerId: interviewer.caller.id,
          type,
          start: at,
          idempotencyKey,
          actorId: candidateId,
        }),
      );
    const key = randomUUID();
    const first = await insert(candidate.caller.id, start, key);
    const rows = await db().$queryRaw<{ during: string; active: boolean }[]>`
      SELECT during::text, active FROM booking_participants WHERE booking_id = ${first.id}`;
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.active && r.during.startsWith("["))).toBe(true);
    const error = await insert(other.caller.id, new Date(start.getTime() + 30 * 60_000)).catch((e: unknown) => e);
    expect(sqlState(error)).toBe("23P01");
    // The same key again (a retry racing its first attempt) is the unique violation createBooking answers with a replay.
    const again = await insert(candidate.caller.id, inDays(40), key).catch((e: unknown) => e);
    expect(sqlState(again)).toBe("23505");
    const history = await db().bookingStatusChange.findMany({ where: { bookingId: first.id } });
    expect(history).toMatchObject([{ fromStatus: null, toStatus: "SCHEDULED", changedById: candidate.caller.id }]);
  });
});
