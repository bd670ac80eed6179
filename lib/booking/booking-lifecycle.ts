import type { Caller } from "../auth/sessions";
import { db, type DbTransaction } from "../db";
import { AppError, sqlState } from "../errors";
import { assertSlotStillFree, insertBooking, lockSchedule, recordStatusChange } from "./booking-core";
import { enqueueMatchSweep } from "../matching/match-jobs";
import { enqueueBookingCancelled, enqueueBookingRescheduled } from "../notifications/booking-jobs";
import { bookingActionWindows, isActionOpen, type BookingAction } from "./allowed-actions";
import { withNearestMoves } from "./refusal-alternatives";
import type { MovingBooking } from "./reschedule-times";
import { refusalOf, slotTakenError } from "./slot-refused";

/**
 * Changes to a booking by one of its two participants. Each loads the booking
 * with the caller's participation in the `where` (anyone else gets 404), checks
 * what its status and time allow, and writes the change and its history row in
 * one transaction.
 */
async function loadOwn(tx: DbTransaction, caller: Caller, bookingId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT b.id FROM bookings b JOIN booking_participants p ON p.booking_id = b.id AND p.user_id = ${caller.id}
     WHERE b.id = ${bookingId} FOR UPDATE OF b`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "No such booking.");
  return tx.booking.findUniqueOrThrow({
    where: { id: bookingId },
    select: {
      id: true,
      status: true,
      startsAt: true,
      endsAt: true,
      candidateId: true,
      interviewerId: true,
      questionId: true,
      rubricVersionId: true,
      meetingUrl: true,
      calendarUid: true,
      calendarSequence: true,
      interviewType: { select: { id: true, slug: true, durationMinutes: true } },
    },
  });
}

type Loaded = Awaited<ReturnType<typeof loadOwn>>;

/** Whether the booking's rules (allowed-actions.ts) open `action` to the caller at `now`. */
function allows(booking: Loaded, callerId: string, action: BookingAction, now: Date): boolean {
  const windows = bookingActionWindows(
    { ...booking, candidate: { id: booking.candidateId }, interviewer: { id: booking.interviewerId } },
    callerId,
    now,
  );
  return isActionOpen(windows, action, now);
}

export async function cancelBooking(caller: Caller, bookingId: string, reason: string, now = new Date()) {
  const result = await db().$transaction(async (tx) => {
    const booking = await loadOwn(tx, caller, bookingId);
    const late = allows(booking, caller.id, "lateCancel", now);
    if (!late && !allows(booking, caller.id, "cancel", now)) {
      throw new AppError("CONFLICT", "Only an upcoming interview can be cancelled.");
    }
    await tx.booking.update({
      where: { id: booking.id },
      data: {
        status: "CANCELLED",
        cancelledById: caller.id,
        cancelReason: reason,
        cancelledLate: late,
        calendarSequence: { increment: 1 },
      },
    });
    await recordStatusChange(tx, {
      bookingId: booking.id,
      from: "SCHEDULED",
      to: "CANCELLED",
      byId: caller.id,
      reason,
    });
    await enqueueBookingCancelled(tx, booking, reason);
    // The freed time may fit someone's open "Match me" request: the worker tries them.
    await enqueueMatchSweep(tx, [booking.interviewType.id]);
    return {
      id: booking.id,
      status: "CANCELLED" as const,
      cancelledLate: late,
    };
  });
  return { id: result.id, status: result.status, cancelledLate: result.cancelledLate };
}

/**
 * Moves an interview: in one transaction the old booking becomes RESCHEDULED
 * (which frees its time, so a 30-minute move never conflicts with itself) and
 * a new booking linked to it takes the new time, keeping question, rubric
 * version and room.
 */
export async function rescheduleBooking(
  caller: Caller,
  bookingId: string,
  start: Date,
  reason: string,
  now = new Date(),
) {
  // The interview as it was, for the nearest other moves if this one is refused (read after the rollback).
  let moving: MovingBooking | undefined;
  try {
    return await db().$transaction(async (tx) => {
      const old = await loadOwn(tx, caller, bookingId);
      moving = { ...old, durationMinutes: old.interviewType.durationMinutes };
      if (!allows(old, caller.id, "reschedule", now)) {
        throw new AppError("CONFLICT", "Only an upcoming interview can be moved.");
      }
      if (start <= now) throw new AppError("UNPROCESSABLE", "Pick a time in the future.");
      await lockSchedule(tx, old.interviewerId);
      await tx.booking.update({ where: { id: old.id }, data: { status: "RESCHEDULED" } });
      await recordStatusChange(tx, {
        bookingId: old.id,
        from: "SCHEDULED",
        to: "RESCHEDULED",
        byId: caller.id,
        reason,
      });
      await assertSlotStillFree(tx, {
        candidateId: old.candidateId,
        interviewerId: old.interviewerId,
        start,
        durationMinutes: old.interviewType.durationMinutes,
        now,
      });
      const replacement = await insertBooking(tx, {
        candidateId: old.candidateId,
        interviewerId: old.interviewerId,
        type: old.interviewType,
        start,
        idempotencyKey: `reschedule:${old.id}`,
        actorId: caller.id,
        carryOver: {
          rescheduledFromId: old.id,
          questionId: old.questionId,
          rubricVersionId: old.rubricVersionId,
          meetingUrl: old.meetingUrl,
          calendarUid: old.calendarUid,
          calendarSequence: old.calendarSequence,
        },
      });
      await enqueueBookingRescheduled(tx, old, replacement, reason);
      return replacement;
    });
  } catch (error) {
    // Say which rule refused the move (a lost race at the exclusion constraint is "taken"), and offer the nearest that work.
    const refused = sqlState(error) === "23P01" ? slotTakenError(error) : refusalOf(error) ? (error as AppError) : null;
    if (refused && moving) throw await withNearestMoves(refused, moving, start, now);
    throw error;
  }
}

/** The other participant reports a no-show after the start; the booking stops holding anyone's time. */
export async function reportNoShow(caller: Caller, bookingId: string, note: string | undefined, now = new Date()) {
  return db().$transaction(async (tx) => {
    const booking = await loadOwn(tx, caller, bookingId);
    if (!allows(booking, caller.id, "reportNoShow", now)) {
      throw new AppError("CONFLICT", "A no-show can be reported once the interview has started.");
    }
    const accusedId = booking.candidateId === caller.id ? booking.interviewerId : booking.candidateId;
    await tx.noShowReport.create({ data: { bookingId, reporterId: caller.id, accusedId, note: note ?? null } });
    await tx.booking.update({ where: { id: bookingId }, data: { status: "NO_SHOW" } });
    await recordStatusChange(tx, {
      bookingId,
      from: booking.status,
      to: "NO_SHOW",
      byId: caller.id,
      reason: note ?? "Reported a no-show",
    });
    return { id: bookingId, status: "NO_SHOW" as const };
  });
}

/** The accused may dispute a no-show once; a disputed report no longer counts against them. */
export async function disputeNoShow(caller: Caller, bookingId: string, reason: string) {
  return db().$transaction(async (tx) => {
    await loadOwn(tx, caller, bookingId);
    const { count } = await tx.noShowReport.updateMany({
      where: { bookingId, accusedId: caller.id, disputedAt: null },
      data: { disputedAt: new Date(), disputeReason: reason },
    });
    if (count === 0) throw new AppError("CONFLICT", "There is no undisputed no-show against you on this booking.");
    await recordStatusChange(tx, {
      bookingId,
      from: "NO_SHOW",
      to: "NO_SHOW",
      byId: caller.id,
      reason: `Disputed: ${reason}`,
    });
    return { id: bookingId, disputed: true };
  });
}

/** The interviewer may swap the question before the start, for an approved one of the type the candidate hasn't had. */
export async function swapQuestion(caller: Caller, bookingId: string, questionId: string, now = new Date()) {
  return db().$transaction(async (tx) => {
    const booking = await loadOwn(tx, caller, bookingId);
    if (booking.interviewerId !== caller.id)
      throw new AppError("FORBIDDEN", "Only the interviewer can change the question.");
    if (!allows(booking, caller.id, "swapQuestion", now)) {
      throw new AppError("CONFLICT", "The question can only be changed before the interview starts.");
    }
    const question = await tx.question.findFirst({
      where: {
        id: questionId,
        status: "APPROVED",
        interviewTypeId: booking.interviewType.id,
        bookings: { none: { candidateId: booking.candidateId, id: { not: booking.id } } },
      },
      select: { id: true, title: true },
    });
    if (!question) {
      throw new AppError(
        "UNPROCESSABLE",
        "Pick an approved question of this interview type that the candidate hasn't had.",
      );
    }
    await tx.booking.update({ where: { id: bookingId }, data: { questionId: question.id } });
    return { id: bookingId, question };
  });
}
