import type { Caller } from "../auth/sessions";
import { db, type DbTransaction } from "../db";
import { AppError, sqlState } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { blockedEitherWaySql } from "../users/block-rule";
import { pickQuestion, questionChoiceSql, type QuestionChoiceRow } from "../questions/choose-question-for-booking";
import { assertFreeIn, insertBooking, lockSchedule, recheckScope, SLOT_TAKEN, type SlotToCheck } from "./booking-core";
import { forViewer, loadBookingView, type BookingView } from "./booking-select";
import { fewAtATime } from "./interviewer-queue";
import { recheckContextSql, toRecheckContext, type RecheckContextRow } from "./recheck-context";
import { withNearestStarts } from "./refusal-alternatives";
import { refusalOf, slotTakenError } from "./slot-refused";
import type { CreateBookingInput } from "./booking.schema";

export { SLOT_TAKEN };

export type CreatedBooking = { booking: ReturnType<typeof forViewer<BookingView>>; replayed: boolean };

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

async function book(
  caller: Caller,
  input: CreateBookingInput,
  idempotencyKey: string,
  now: Date,
): Promise<{ booking: BookingView; replayed: boolean }> {
  const { existingId, type } = await keyAndType(caller.id, input, idempotencyKey);
  if (existingId) return { booking: (await loadBookingView(db(), { id: existingId }))!, replayed: true };
  if (input.interviewerId === caller.id) {
    throw new AppError("UNPROCESSABLE", "You can't book an interview with yourself.");
  }
  if (input.start.getTime() <= now.getTime()) {
    throw new AppError("UNPROCESSABLE", "That time has already passed. Pick a time in the future.");
  }
  if (!type) throw new AppError("NOT_FOUND", "That interviewer doesn't offer this interview type.");

  const slot: SlotToCheck = {
    candidateId: caller.id,
    interviewerId: input.interviewerId,
    start: input.start,
    durationMinutes: type.durationMinutes,
    now,
  };
  try {
    // Queued per interviewer in this process so a burst cannot park every pooled connection on the lock.
    const result = await fewAtATime(input.interviewerId, () =>
      db().$transaction(
        async (tx) => {
          await lockSchedule(tx, input.interviewerId);
          const checked = await checkAfterLock(tx, slot, type.id, idempotencyKey);
          if (checked.replayId !== null) return { replayId: checked.replayId };
          const booking = await insertBooking(tx, {
            candidateId: caller.id,
            interviewerId: input.interviewerId,
            type,
            start: input.start,
            idempotencyKey,
            actorId: caller.id,
            questionId: checked.questionId,
          });
          return { booking };
        },
        // The clock runs while this waits on the schedule lock behind another booking: on a busy
        // machine Prisma's 5 s default turned a queued request into an error instead of a 409.
        { timeout: 15_000 },
      ),
    );
    if (result.booking) return { booking: result.booking, replayed: false };
    return { booking: (await loadBookingView(db(), { id: result.replayId }))!, replayed: true };
  } catch (error) {
    const code = sqlState(error);
    if (code === "23505") {
      // Same key raced with itself: the other request won, return its booking.
      const winner = await findByKey(caller.id, idempotencyKey);
      if (winner) return { booking: winner, replayed: true };
    }
    // Say which rule refused the time (a lost race at the exclusion constraint is "taken"), and offer the nearest that work.
    if (code === "23P01") throw await withNearestStarts(slotTakenError(error), slot);
    if (refusalOf(error)) throw await withNearestStarts(error as AppError, slot);
    throw error;
  }
}

async function findByKey(candidateId: string, idempotencyKey: string) {
  return loadBookingView(db(), { candidateId, idempotencyKey });
}

/**
 * Before the transaction, in one statement: the booking this key already made
 * (a plain retry), and the interview type if this interviewer, active, offers
 * it and it is not retired.
 */
async function keyAndType(candidateId: string, input: CreateBookingInput, idempotencyKey: string) {
  const [row] = await db().$queryRaw<
    { existing_id: string | null; id: string | null; slug: string | null; duration_minutes: number | null }[]
  >`
    SELECT (SELECT id FROM bookings WHERE candidate_id = ${candidateId} AND idempotency_key = ${idempotencyKey})
             AS existing_id,
           t.id, t.slug, t.duration_minutes
      FROM (SELECT 1) AS one
      LEFT JOIN interview_types t
        ON t.slug = ${input.interviewType} AND t.retired_at IS NULL
       -- Offered by the interviewer while active (sessions.ts activeUser: neither suspended nor deleted).
       AND EXISTS (SELECT 1 FROM interviewer_offered_types o JOIN users u ON u.id = o.user_id
                    WHERE o.interview_type_id = t.id AND o.user_id = ${input.interviewerId}
                      AND u.suspended_at IS NULL AND u.deleted_at IS NULL)`;
  const type =
    row?.id && row.slug && row.duration_minutes !== null
      ? { id: row.id, slug: row.slug, durationMinutes: row.duration_minutes }
      : null;
  return { existingId: row?.existing_id ?? null, type };
}

/**
 * Every read the transaction makes after the schedule lock, in one statement
 * of its own so it sees what committed while it waited on the lock: the
 * booking this key already made (a retry that queued behind its own first
 * attempt), whether either person blocked the other (either way round makes
 * the pair unbookable, and unlisted), the slot re-check's rules and busy time,
 * and the question choice's reads. Each was a round trip of its own while the
 * lock was held. Returns the replay's id, or the question once the slot
 * checks out; throws like the separate checks did, in the same order.
 */
async function checkAfterLock(
  tx: DbTransaction,
  slot: SlotToCheck,
  interviewTypeId: string,
  idempotencyKey: string,
): Promise<{ replayId: string } | { replayId: null; questionId: string | null }> {
  const { candidateId, interviewerId } = slot;
  const { userIds, from, to } = recheckScope(slot);
  const [row] = await tx.$queryRaw<
    ({ replay_id: string | null; blocked: boolean } & RecheckContextRow & QuestionChoiceRow)[]
  >`
    SELECT (SELECT id FROM bookings WHERE candidate_id = ${candidateId} AND idempotency_key = ${idempotencyKey})
             AS replay_id,
           ${blockedEitherWaySql(Prisma.sql`${candidateId}`, Prisma.sql`${interviewerId}`)} AS blocked,
           ${recheckContextSql(interviewerId, userIds, from, to)},
           ${questionChoiceSql(Prisma.sql`(SELECT ${interviewTypeId}::text)`, candidateId)}`;
  if (row?.replay_id) return { replayId: row.replay_id };
  if (row?.blocked) throw new AppError("NOT_FOUND", "That interviewer isn't available to you.");
  assertFreeIn(toRecheckContext(row, userIds), slot);
  // The candidate's recent scores steer the question toward their weakest competencies.
  return { replayId: null, questionId: pickQuestion(row) };
}
