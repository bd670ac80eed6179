import type { Caller } from "../auth/sessions";
import { findSlots, type Interval } from "../availability/slot-engine";
import { db, type DbClient } from "../db";
import { AppError } from "../errors";
import { recheckContextSql, toRecheckContext, type RecheckContextRow } from "./recheck-context";
import type { RescheduleTimesInput } from "./reschedule-times.schema";

// Wide enough for the weekly cap's whole local week and any buffer, as slot search reads it.
const CONTEXT_MS = 8 * 86_400_000;

/**
 * The times an upcoming interview can move to, for either of its two people:
 * inside the interviewer's hours and rules, with both people free, counting
 * the interview itself as already moved (rescheduling frees its time first,
 * booking-lifecycle.ts), so the answer is what the move's re-check accepts.
 * The interviewer sees their candidate's free time too, so neither of them
 * guesses any more; the current start is left out, being no move at all.
 */
export async function rescheduleTimes(
  caller: Caller,
  bookingId: string,
  query: RescheduleTimesInput,
  now = new Date(),
  client: DbClient = db(),
): Promise<{ slots: { start: string; end: string }[] }> {
  const booking = await client.booking.findFirst({
    where: {
      id: bookingId,
      OR: [{ candidateId: caller.id }, { interviewerId: caller.id }],
    },
    select: {
      status: true,
      startsAt: true,
      endsAt: true,
      candidateId: true,
      interviewerId: true,
      interviewType: { select: { durationMinutes: true } },
    },
  });
  if (!booking) throw new AppError("NOT_FOUND", "No such booking.");
  if (booking.status !== "SCHEDULED" || booking.startsAt <= now) {
    throw new AppError("CONFLICT", "Only an upcoming interview can be moved.");
  }
  const people = [booking.candidateId, booking.interviewerId];
  const [row] = await client.$queryRaw<RecheckContextRow[]>`
    SELECT ${recheckContextSql(
      booking.interviewerId,
      people,
      new Date(query.from.getTime() - CONTEXT_MS),
      new Date(query.to.getTime() + CONTEXT_MS),
    )}`;
  const { rules, busy } = toRecheckContext(row, people);
  const isThis = (interval: Interval) =>
    interval.start.getTime() === booking.startsAt.getTime() && interval.end.getTime() === booking.endsAt.getTime();
  const interviewer = busy.get(booking.interviewerId)!;
  const starts = findSlots({
    rules,
    durationMinutes: booking.interviewType.durationMinutes,
    range: { start: query.from, end: query.to },
    now,
    interviewerBusy: interviewer.busy.filter((b) => !isThis(b)),
    candidateBusy: busy.get(booking.candidateId)!.busy.filter((b) => !isThis(b)),
    interviewerBookingStarts: interviewer.interviewerStarts.filter((s) => s.getTime() !== booking.startsAt.getTime()),
  });
  const durationMs = booking.interviewType.durationMinutes * 60_000;
  return {
    slots: starts
      .filter((start) => start.getTime() !== booking.startsAt.getTime())
      .map((start) => ({ start: start.toISOString(), end: new Date(start.getTime() + durationMs).toISOString() })),
  };
}
