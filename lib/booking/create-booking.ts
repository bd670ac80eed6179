import type { Caller } from "../auth/sessions";
import { activeUser } from "../auth/sessions";
import { loadAvailability } from "../availability/get-availability";
import { findSlots } from "../availability/slot-engine";
import { toEngineRules } from "../availability/availability-rules";
import { db, type DbClient, type DbTransaction } from "../db";
import { AppError, sqlState } from "../errors";
import { chooseQuestionForBooking } from "../questions/choose-question-for-booking";
import { getCurrentRubric } from "../rubrics/rubrics";
import { bookingSelect } from "./booking-select";
import type { CreateBookingInput } from "./booking.schema";
import { busyTimes } from "./busy-intervals";

const DAY_MS = 86_400_000;
// Wide enough to hold the slot's whole local week (weekly cap) and any buffer.
const CONTEXT_MS = 8 * DAY_MS;

export const SLOT_TAKEN = "That time was just taken. Here are the times still open — pick another.";

export type CreatedBooking = { booking: Awaited<ReturnType<typeof insertBooking>>; replayed: boolean };

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
  const existing = await findByKey(caller.id, idempotencyKey);
  if (existing) return { booking: existing, replayed: true };
  if (input.interviewerId === caller.id)
    throw new AppError("UNPROCESSABLE", "You can't book an interview with yourself.");
  if (input.start.getTime() <= now.getTime())
    throw new AppError("UNPROCESSABLE", "That time has already passed. Pick a time in the future.");

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
    return await db().$transaction(async (tx) => {
      await lockSchedule(tx, input.interviewerId);
      // A retry that waited on the lock behind its own first attempt finds that booking here.
      const replay = await findByKey(caller.id, idempotencyKey, tx);
      if (replay) return { booking: replay, replayed: true };
      await assertSlotStillFree(tx, caller.id, input, type.durationMinutes, now);
      return { booking: await insertBooking(tx, caller.id, input, type, idempotencyKey), replayed: false };
    });
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

/** Serialises bookings per interviewer (the constraint cannot see buffers or the weekly cap). */
async function lockSchedule(tx: DbTransaction, interviewerId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ user_id: string }[]>`
    SELECT user_id FROM availability_settings WHERE user_id = ${interviewerId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("CONFLICT", "This interviewer hasn't opened any times yet.");
}

async function assertSlotStillFree(
  tx: DbTransaction,
  candidateId: string,
  input: CreateBookingInput,
  durationMinutes: number,
  now: Date,
) {
  const availability = await loadAvailability(input.interviewerId, tx);
  const from = new Date(input.start.getTime() - CONTEXT_MS);
  const to = new Date(input.start.getTime() + CONTEXT_MS);
  const busy = await busyTimes(tx, [input.interviewerId, candidateId], from, to);
  const interviewer = busy.get(input.interviewerId)!;
  const candidate = busy.get(candidateId)!;
  const slotEnd = new Date(input.start.getTime() + durationMinutes * 60_000);
  if (candidate.busy.some((b) => b.start < slotEnd && b.end > input.start)) {
    throw new AppError("CONFLICT", "You already have an interview at that time.");
  }
  const slots = findSlots({
    rules: toEngineRules(availability),
    durationMinutes,
    range: { start: input.start, end: new Date(input.start.getTime() + 1) },
    now,
    interviewerBusy: interviewer.busy,
    candidateBusy: candidate.busy,
    interviewerBookingStarts: interviewer.interviewerStarts,
  });
  if (slots.length === 0) throw new AppError("CONFLICT", SLOT_TAKEN);
}

async function insertBooking(
  tx: DbTransaction,
  candidateId: string,
  input: CreateBookingInput,
  type: { id: string; slug: string; durationMinutes: number },
  idempotencyKey: string,
) {
  const [rubric, questionId] = await Promise.all([
    getCurrentRubric(type.slug, tx),
    chooseQuestionForBooking(tx, { interviewTypeId: type.id, candidateId }),
  ]);
  return tx.booking.create({
    data: {
      rubricVersionId: rubric?.id ?? null,
      questionId,
      interviewTypeId: type.id,
      candidateId,
      interviewerId: input.interviewerId,
      startsAt: input.start,
      endsAt: new Date(input.start.getTime() + type.durationMinutes * 60_000),
      idempotencyKey,
      participants: {
        create: [
          { userId: candidateId, role: "CANDIDATE" },
          { userId: input.interviewerId, role: "INTERVIEWER" },
        ],
      },
    },
    select: bookingSelect,
  });
}
