import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { createTestUser, ensureInterviewTypes } from "../../tests/factories/users";
import { busyTimes } from "./busy-time";
import type { BusyTime } from "./types";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const base = Math.ceil(Date.now() / DAY) * DAY + 30 * DAY;

const sorted = (t: BusyTime) => ({
  busy: t.busy.map((i) => [i.start.getTime(), i.end.getTime()]).sort((a, b) => a[0]! - b[0]!),
  interviewerStarts: t.interviewerStarts.map((d) => d.getTime()).sort((a, b) => a - b),
});

beforeAll(async () => {
  await ensureInterviewTypes();
});

describe("busyTimes", () => {
  it("reads the same busy time for a few people (participants' ranges) as for many (joined bookings)", async () => {
    const person = (await createTestUser()).caller;
    const others = (await Promise.all(Array.from({ length: 3 }, () => createTestUser()))).map((u) => u.caller);
    const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "system-design" } });
    // Active and inactive bookings, both roles, inside, across and outside the window.
    const bookings = [
      { at: 1, hours: 1, status: "SCHEDULED", asInterviewer: true },
      { at: 3, hours: 1, status: "COMPLETED", asInterviewer: false },
      { at: 5, hours: 1, status: "CANCELLED", asInterviewer: true },
      { at: 7, hours: 1, status: "RESCHEDULED", asInterviewer: false },
      { at: -0.5, hours: 1, status: "SCHEDULED", asInterviewer: false }, // starts before the window, ends inside
      { at: 47.5, hours: 1, status: "SCHEDULED", asInterviewer: true }, // starts inside, ends after
      { at: 60, hours: 1, status: "SCHEDULED", asInterviewer: true }, // after the window
      { at: -2, hours: 1, status: "SCHEDULED", asInterviewer: false }, // before it
    ] as const;
    for (const [i, b] of bookings.entries()) {
      const other = others[i % others.length]!;
      const startsAt = new Date(base + b.at * HOUR);
      const booking = await db().booking.create({
        data: {
          interviewTypeId: type.id,
          candidateId: b.asInterviewer ? other.id : person.id,
          interviewerId: b.asInterviewer ? person.id : other.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + b.hours * HOUR),
          status: b.status,
          ...(b.status === "CANCELLED" ? { cancelReason: "Something came up", cancelledById: person.id } : {}),
          idempotencyKey: randomUUID(),
        },
      });
      await db().bookingParticipant.createMany({
        data: [
          { bookingId: booking.id, userId: booking.candidateId, role: "CANDIDATE" },
          { bookingId: booking.id, userId: booking.interviewerId, role: "INTERVIEWER" },
        ],
      });
    }
    const from = new Date(base);
    const to = new Date(base + 48 * HOUR);
    const few = await busyTimes(db(), [person.id], from, to);
    const strangers = await Promise.all(Array.from({ length: 40 }, () => createTestUser()));
    const many = await busyTimes(db(), [person.id, ...strangers.map((s) => s.caller.id)], from, to);

    expect(sorted(few.get(person.id)!)).toEqual(sorted(many.get(person.id)!));
    expect(sorted(few.get(person.id)!)).toEqual({
      busy: [
        [base - 0.5 * HOUR, base + 0.5 * HOUR],
        [base + HOUR, base + 2 * HOUR],
        [base + 3 * HOUR, base + 4 * HOUR],
        [base + 47.5 * HOUR, base + 48.5 * HOUR],
      ],
      interviewerStarts: [base + HOUR, base + 47.5 * HOUR],
    });
    expect(many.get(strangers[0]!.caller.id)).toEqual({ busy: [], interviewerStarts: [] });
  });
});
