import type { Caller } from "../auth/sessions";
import { activeUser } from "../auth/sessions";
import { db, type DbClient } from "../db";
import { AppError, sqlState } from "../errors";
import { assertNotBlocked, assertSlotStillFree, insertBooking, lockSchedule, SLOT_TAKEN } from "./booking-core";
import { bookingSelect, forViewer } from "./booking-select";
import { fewAtATime } from "./interviewer-queue";
import type { CreateBookingInput } from "./booking.schema";

export { SLOT_TAKEN };

type Row = Awaited<ReturnType<typeof insertBooking>>;
export type CreatedBooking = { booking: ReturnType<typeof forViewer<Row>>; replayed: boolean };

/**
 * Books a mock interview. Race-proof in three layers: the interviewer's
 * schedule row is locked so buffers and the weekly cap are checked one booking
 * at a time; the slot is re-checked with the slot engine inside that
 * transaction; and the exclusion constraint on booking_participants has the
 * last word on overlaps for both people. The same idempotency key returns the
 * first booking instead of making a second.
 */
export async function createBooking(
  caller: Caller,
  input: CreateBookingInput,
  idempotencyKey: string,
  now = new Date(),
): Promise<CreatedBooking> {
  const result = await book(caller, input, idempotencyKey, now);
  // The candidate meets the question fresh: hide it from them in what we return, too.
  return { booking: forViewer(result.booking, caller.id, now), replayed: result.replayed };
}

async function book(caller: Caller, input: CreateBookingInput, idempotencyKey: string, now: Date) {
  const existing = await findByKey(caller.id, idempotencyKey);
  if (existing) return { booking: existing, replayed: true };
  if (input.interviewerId === caller.id) {
    throw new AppError("UNPROCESSABLE", "You can't book an interview with yourself.");
  }
  if (input.start.getTime() <= now.getTime()) {
    throw new AppError("UNPROCESSABLE", "That time has already passed. Pick a time in the future.");
  }
  const type = await db().interviewType.findFirst({
    where: {
      slug: input.interviewType,
      retiredAt: null,
      offeredBy: { some: { userId: input.interviewerId, user: activeUser } },
    },
    select: { id: true, slug: true, durationMinutes: true },
  });
  if (!type) throw new AppError("NOT_FOUND", "That interviewer doesn't offer this interview type.");

  try {
    // Queued per interviewer in this process so a burst cannot park every pooled connection on the lock.
    return await fewAtATime(input.interviewerId, () =>
      db().$transaction(
        async (tx) => {
          await lockSchedule(tx, input.interviewerId);
          // A retry that waited on the lock behind its own first attempt finds that booking here.
          const replay = await findByKey(caller.id, idempotencyKey, tx);
          if (replay) return { booking: replay, replayed: true };
          await assertNotBlocked(tx, caller.id, input.interviewerId);
          await assertSlotStillFree(tx, {
            candidateId: caller.id,
            interviewerId: input.interviewerId,
            start: input.start,
            durationMinutes: type.durationMinutes,
            now,
          });
          const booking = await insertBooking(tx, {
            candidateId: caller.id,
            interviewerId: input.interviewerId,
            type,
            start: input.start,
            idempotencyKey,
            actorId: caller.id,
          });
          return { booking, replayed: false };
        },
        // The clock runs while this waits on the schedule lock behind another booking: on a busy
        // machine Prisma's 5 s default turned a queued request into an error instead of a 409.
        { timeout: 15_000 },
      ),
    );
  } catch (error) {
    const code = sqlState(error);
    if (code === "23505") {
      // Same key raced with itself: the other request won, return its booking.
      const winner = await findByKey(caller.id, idempotencyKey);
      if (winner) return { booking: winner, replayed: true };
    }
    if (code === "23P01") throw new AppError("CONFLICT", SLOT_TAKEN, { cause: error });
    throw error;
  }
}

async function findByKey(candidateId: string, idempotencyKey: string, client: DbClient = db()) {
  return client.booking.findUnique({
    where: { candidateId_idempotencyKey: { candidateId, idempotencyKey } },
    select: bookingSelect,
  });
}
