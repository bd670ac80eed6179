import { randomBytes } from "node:crypto";
import { loadAvailability } from "../availability/get-availability";
import { toEngineRules } from "../availability/availability-rules";
import { findSlots } from "../availability/slot-engine";
import type { DbTransaction } from "../db";
import { AppError } from "../errors";
import type { BookingStatus } from "../generated/prisma/client";
import { enqueueBookingCreated } from "../notifications/booking-jobs";
import { competencyLevelsOf } from "../feedback/competency-levels";
import { chooseQuestionForBooking } from "../questions/choose-question-for-booking";
import { getCurrentRubric } from "../rubrics/rubrics";
import { bookingSelect } from "./booking-select";
import { busyTimes } from "./busy-intervals";

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

/** Either person having blocked the other makes the pair unbookable (and unlisted). */
export async function assertNotBlocked(tx: DbTransaction, a: string, b: string): Promise<void> {
  const block = await tx.userBlock.findFirst({
    where: {
      OR: [
        { blockerId: a, blockedId: b },
        { blockerId: b, blockedId: a },
      ],
    },
    select: { blockerId: true },
  });
  if (block) throw new AppError("NOT_FOUND", "That interviewer isn't available to you.");
}

export async function assertSlotStillFree(
  tx: DbTransaction,
  args: { candidateId: string; interviewerId: string; start: Date; durationMinutes: number; now: Date },
): Promise<void> {
  const availability = await loadAvailability(args.interviewerId, tx);
  const busy = await busyTimes(
    tx,
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
    rules: toEngineRules(availability),
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
  return profile?.meetingUrl ?? `https://meet.jit.si/MockLoop-${randomBytes(12).toString("hex")}`;
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
 * Rubric, question and meeting link for a new (not rescheduled) booking. One after
 * another: a transaction is one connection, so Promise.all would only queue the
 * queries (and pg deprecates overlapping queries on one client).
 */
async function freshBookingDetails(
  tx: DbTransaction,
  b: NewBooking,
): Promise<[string | null, string | null, string | null]> {
  const rubricVersionId = (await getCurrentRubric(b.type.slug, tx))?.id ?? null;
  // The candidate's recent scores steer the question toward their weakest competencies.
  const competencyScores = await competencyLevelsOf(tx, b.candidateId);
  const questionId = await chooseQuestionForBooking(tx, {
    interviewTypeId: b.type.id,
    candidateId: b.candidateId,
    competencyScores,
  });
  return [rubricVersionId, questionId, await meetingUrlFor(tx, b.interviewerId)];
}

export async function insertBooking(tx: DbTransaction, b: NewBooking) {
  const [rubricVersionId, questionId, meetingUrl] = b.carryOver
    ? [
        b.carryOver.rubricVersionId,
        b.carryOver.questionId,
        b.carryOver.meetingUrl ?? (await meetingUrlFor(tx, b.interviewerId)),
      ]
    : await freshBookingDetails(tx, b);
  const booking = await tx.booking.create({
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
      participants: {
        create: [
          { userId: b.candidateId, role: "CANDIDATE" },
          { userId: b.interviewerId, role: "INTERVIEWER" },
        ],
      },
    },
    select: bookingSelect,
  });
  await recordStatusChange(tx, { bookingId: booking.id, from: null, to: "SCHEDULED", byId: b.actorId });
  // A reschedule sends its own "moved" notice (rescheduleBooking), not a fresh confirmation.
  if (!b.carryOver) await enqueueBookingCreated(tx, booking);
  return booking;
}
