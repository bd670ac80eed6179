import { randomBytes, randomUUID } from "node:crypto";
import { findSlots } from "../availability/slot-engine";
import type { DbTransaction } from "../db";
import { AppError } from "../errors";
import type { BookingStatus } from "../generated/prisma/client";
import { enqueueBookingCreated } from "../notifications/booking-jobs";
import { chooseQuestionForBooking } from "../questions/choose-question-for-booking";
import { currentRubricVersionIdSql } from "../rubrics/rubrics";
import { loadBookingView, type BookingView } from "./booking-select";
import { loadRecheckContext } from "./recheck-context";

/** The steps every booking write shares (create, reschedule, Match me), each inside the caller's transaction. */
const DAY_MS = 86_400_000;
// Wide enough to hold the slot's whole local week (weekly cap) and any buffer.
const CONTEXT_MS = 8 * DAY_MS;

export const SLOT_TAKEN = "That time was just taken. Here are the times still open — pick another.";

/** Serialises bookings per interviewer (the exclusion constraint cannot see buffers or the weekly cap). */
export async function lockSchedule(tx: DbTransaction, interviewerId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ user_id: string }[]>`
    SELECT user_id FROM availability_settings WHERE user_id = ${interviewerId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("CONFLICT", "This interviewer hasn't opened any times yet.");
}

export async function assertSlotStillFree(
  tx: DbTransaction,
  args: { candidateId: string; interviewerId: string; start: Date; durationMinutes: number; now: Date },
): Promise<void> {
  const { rules, busy } = await loadRecheckContext(
    tx,
    args.interviewerId,
    [args.interviewerId, args.candidateId],
    new Date(args.start.getTime() - CONTEXT_MS),
    new Date(args.start.getTime() + CONTEXT_MS),
  );
  const interviewer = busy.get(args.interviewerId)!;
  const candidate = busy.get(args.candidateId)!;
  const end = new Date(args.start.getTime() + args.durationMinutes * 60_000);
  if (candidate.busy.some((b) => b.start < end && b.end > args.start)) {
    throw new AppError("CONFLICT", "You already have an interview at that time.");
  }
  const slots = findSlots({
    rules,
    durationMinutes: args.durationMinutes,
    range: { start: args.start, end: new Date(args.start.getTime() + 1) },
    now: args.now,
    interviewerBusy: interviewer.busy,
    candidateBusy: candidate.busy,
    interviewerBookingStarts: interviewer.interviewerStarts,
  });
  if (slots.length === 0) throw new AppError("CONFLICT", SLOT_TAKEN);
}

/** The interviewer's own room if they gave one, else a unique, unguessable Jitsi Meet room. */
export async function meetingUrlFor(tx: DbTransaction, interviewerId: string): Promise<string> {
  const profile = await tx.profile.findUnique({ where: { userId: interviewerId }, select: { meetingUrl: true } });
  return profile?.meetingUrl ?? newMeetingRoom();
}

export async function recordStatusChange(
  tx: DbTransaction,
  change: {
    bookingId: string;
    from: BookingStatus | null;
    to: BookingStatus;
    byId: string | null;
    reason?: string | null;
  },
): Promise<void> {
  await tx.bookingStatusChange.create({
    data: {
      bookingId: change.bookingId,
      fromStatus: change.from,
      toStatus: change.to,
      changedById: change.byId,
      reason: change.reason ?? null,
    },
  });
}

export interface NewBooking {
  candidateId: string;
  interviewerId: string;
  type: { id: string; slug: string; durationMinutes: number };
  start: Date;
  idempotencyKey: string;
  actorId: string | null;
  /** A reschedule keeps the original's question, rubric version and room. */
  carryOver?: {
    rescheduledFromId: string;
    questionId: string | null;
    rubricVersionId: string | null;
    meetingUrl: string | null;
    calendarUid: string | null;
    calendarSequence: number;
  };
}

/**
 * Rubric, question and meeting link for a new (not rescheduled) booking: two
 * statements, one after the other (a transaction is one connection).
 */
async function freshBookingDetails(tx: DbTransaction, b: NewBooking) {
  const [room] = await tx.$queryRaw<{ rubric_version_id: string | null; meeting_url: string | null }[]>`
    SELECT (${currentRubricVersionIdSql(b.type.id)}) AS rubric_version_id,
           (SELECT meeting_url FROM profiles WHERE user_id = ${b.interviewerId}) AS meeting_url`;
  // The candidate's recent scores steer the question toward their weakest competencies.
  const questionId = await chooseQuestionForBooking(tx, { interviewTypeId: b.type.id, candidateId: b.candidateId });
  return {
    rubricVersionId: room?.rubric_version_id ?? null,
    questionId,
    meetingUrl: room?.meeting_url ?? newMeetingRoom(),
  };
}

const newMeetingRoom = () => `https://meet.jit.si/MockLoop-${randomBytes(12).toString("hex")}`;

// Prisma's @default(cuid()) only applies to its own writes; any unique text id will do here.
const newId = () => `c${Date.now().toString(36)}${randomUUID().replaceAll("-", "").slice(0, 16)}`;

/**
 * Inserts the booking, its two participant rows and its first status change,
 * then (for a new booking) its notification jobs, all on the caller's
 * transaction, and returns it as bookingSelect shapes it.
 */
export async function insertBooking(tx: DbTransaction, b: NewBooking): Promise<BookingView> {
  const { rubricVersionId, questionId, meetingUrl } = b.carryOver
    ? {
        rubricVersionId: b.carryOver.rubricVersionId,
        questionId: b.carryOver.questionId,
        meetingUrl: b.carryOver.meetingUrl ?? (await meetingUrlFor(tx, b.interviewerId)),
      }
    : await freshBookingDetails(tx, b);
  const { id } = await tx.booking.create({
    data: {
      interviewTypeId: b.type.id,
      candidateId: b.candidateId,
      interviewerId: b.interviewerId,
      startsAt: b.start,
      endsAt: new Date(b.start.getTime() + b.type.durationMinutes * 60_000),
      idempotencyKey: b.idempotencyKey,
      rubricVersionId,
      questionId,
      meetingUrl,
      rescheduledFromId: b.carryOver?.rescheduledFromId ?? null,
      // Calendars match events by UID: a reschedule updates the same event with a higher SEQUENCE.
      calendarUid: b.carryOver?.calendarUid ?? `${randomBytes(16).toString("hex")}@mockloop`,
      calendarSequence: b.carryOver ? b.carryOver.calendarSequence + 1 : 0,
    },
    select: { id: true },
  });
  // A statement of its own, after the booking's: the participants' fill trigger copies the
  // booking's range and status, which a sibling insert in one WITH statement could not see
  // yet, and the exclusion constraint (23P01) needs that range.
  await tx.$executeRaw`
    WITH history AS (
      INSERT INTO booking_status_changes (id, booking_id, from_status, to_status, changed_by_id, created_at)
      VALUES (${newId()}, ${id}, NULL, 'SCHEDULED', ${b.actorId}, ${new Date()}::timestamptz)
    )
    INSERT INTO booking_participants (booking_id, user_id, role)
    VALUES (${id}, ${b.candidateId}, 'CANDIDATE'), (${id}, ${b.interviewerId}, 'INTERVIEWER')`;
  const booking = (await loadBookingView(tx, { id }))!;
  // A reschedule sends its own "moved" notice (rescheduleBooking), not a fresh confirmation.
  if (!b.carryOver) await enqueueBookingCreated(tx, booking);
  return booking;
}
