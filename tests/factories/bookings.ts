import { randomUUID } from "node:crypto";
import { db } from "../../lib/db";
import type { BookingStatus } from "../../lib/generated/prisma/client";
import type { TestUser } from "./users";

/**
 * A booking written straight to the database at any time, past or future —
 * for lifecycle tests that need an interview that has started or ended.
 * The exclusion constraint still applies.
 */
export async function insertTestBooking(
  candidate: TestUser,
  interviewer: TestUser,
  start: Date,
  options: { minutes?: number; status?: BookingStatus; type?: string } = {},
) {
  const type = await db().interviewType.findUniqueOrThrow({ where: { slug: options.type ?? "system-design" } });
  return db().booking.create({
    data: {
      interviewTypeId: type.id,
      candidateId: candidate.caller.id,
      interviewerId: interviewer.caller.id,
      startsAt: start,
      endsAt: new Date(start.getTime() + (options.minutes ?? 60) * 60_000),
      status: options.status ?? "SCHEDULED",
      idempotencyKey: randomUUID(),
      participants: {
        create: [
          { userId: candidate.caller.id, role: "CANDIDATE" },
          { userId: interviewer.caller.id, role: "INTERVIEWER" },
        ],
      },
    },
  });
}
