import { randomBytes, randomUUID } from "node:crypto";
import { refusalReason, type SlotCheck } from "../availability/slot-refusal";
import type { DbTransaction } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { Prisma, type BookingStatus } from "../generated/prisma/client";
import { enqueueJobs, jobInsertCtes } from "../jobs/enqueue-jobs";
import { bookingCreatedJobs } from "../notifications/booking-jobs";
import { chooseQuestionForBooking } from "../questions/choose-question-for-booking";
import { currentRubricVersionIdSql } from "../rubrics/rubrics";
import { bookingViewSql, toBookingView, type BookingView, type BookingViewRow } from "./booking-select";
import { loadRecheckContext, type RecheckContext } from "./recheck-context";
import { SLOT_TAKEN, slotRefused } from "./slot-refused";

export { SLOT_TAKEN };

/** The steps every booking write shares (create, reschedule, Match me), each inside the caller's transaction. */
const DAY_MS = 86_400_000;
// Wide enough to hold the slot's whole local week (weekly cap) and any buffer.
const CONTEXT_MS = 8 * DAY_MS;

/** Serialises bookings per interviewer (the exclusion constraint cannot see buffers or the weekly cap). */
export async function lockSchedule(tx: DbTransaction, interviewerId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ user_id: string }[]>`
    SELECT user_id FROM availability_settings WHERE user_id = ${interviewerId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("CONFLICT", "This interviewer hasn't opened any times yet.");
}

export interface SlotToCheck {
  candidateId: string;
  interviewerId: string;
  start: Date;
  durationMinutes: number;
  now: Date;
}

/** Whose busy time a slot's re-check reads, and over what window (widened by `aroundMs` to check starts that near it). */
export function recheckScope(args: SlotToCheck, aroundMs = 0): { userIds: string[]; from: Date; to: Date } {
  return {
    userIds: [args.interviewerId, args.candidateId],
    from: new Date(args.start.getTime() - CONTEXT_MS - aroundMs),
    to: new Date(args.start.getTime() + CONTEXT_MS + aroundMs),
  };
}

export async function assertSlotStillFree(tx: DbTransaction, args: SlotToCheck): Promise<void> {
  const { userIds, from, to } = recheckScope(args);
  assertFreeIn(await loadRecheckContext(tx, args.interviewerId, userIds, from, to), args);
}

/** The slot engine's question for this slot in a re-check context: both people's busy time and the interviewer's rules. */
export function slotCheck({ rules, busy }: RecheckContext, args: SlotToCheck): SlotCheck {
  const interviewer = busy.get(args.interviewerId)!;
  const candidate = busy.get(args.candidateId)!;
  return {
    rules,
    durationMinutes: args.durationMinutes,
    now: args.now,
    interviewerBusy: interviewer.busy,
    candidateBusy: candidate.busy,
    interviewerBookingStarts: interviewer.interviewerStarts,
  };
}

/**
 * Throws unless the slot is still free in this context, read after the schedule lock (recheckScope's
 * reads); the 409 names the rule that refused it (one engine call when the slot is free, as before).
 */
export function assertFreeIn(context: RecheckContext, args: SlotToCheck): void {
  const reason = refusalReason(slotCheck(context, args), args.start);
  if (reason) throw slotRefused(reason, context.rules);
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
  /** A new booking's question, if the caller chose it already (createBooking, from its read after the lock). */
  questionId?: string | null;
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

const newMeetingRoom = () => `https://${env().JITSI_DOMAIN}/MockLoop-${randomBytes(12).toString("hex")}`;

// Prisma's @default(cuid()) only applies to its own writes; any unique text id will do here.
const newId = () => `c${Date.now().toString(36)}${randomUUID().replaceAll("-", "").slice(0, 16)}`;

/**
 * Inserts the booking, its two participant rows, its first status change and
 * (for a new booking) its notification jobs, all on the caller's transaction,
 * and returns it as bookingSelect shapes it. Two statements: each round trip
 * is time the interviewer's lock is held.
 */
export async function insertBooking(tx: DbTransaction, b: NewBooking): Promise<BookingView> {
  const id = newId();
  const now = new Date();
  const carry = b.carryOver;
  // The candidate's recent scores steer the question toward their weakest competencies.
  const questionId = carry
    ? carry.questionId
    : b.questionId !== undefined
      ? b.questionId
      : await chooseQuestionForBooking(tx, { interviewTypeId: b.type.id, candidateId: b.candidateId });
  const end = new Date(b.start.getTime() + b.type.durationMinutes * 60_000);
  // A reschedule sends its own "moved" notice (rescheduleBooking), not a fresh confirmation.
  const jobs = carry ? [] : bookingCreatedJobs({ id, startsAt: b.start, endsAt: end });
  const jobCtes = await jobInsertCtes(jobs);
  // A new booking is judged against the type's current rubric; a reschedule keeps the original's.
  const rubricVersionId = carry ? Prisma.sql`${carry.rubricVersionId}` : currentRubricVersionIdSql(b.type.id);
  await tx.$executeRaw`
    INSERT INTO bookings (id, interview_type_id, candidate_id, interviewer_id, starts_at, ends_at, idempotency_key,
                          question_id, rubric_version_id, meeting_url, rescheduled_from_id,
                          calendar_uid, calendar_sequence, created_at, updated_at)
    VALUES (${id}, ${b.type.id}, ${b.candidateId}, ${b.interviewerId}, ${b.start}::timestamptz,
            ${end}::timestamptz, ${b.idempotencyKey},
            ${questionId}, (${rubricVersionId}),
            -- The room: a reschedule's own, else the interviewer's if they gave one, else a unique Jitsi room.
            coalesce(${carry?.meetingUrl ?? null}, (SELECT meeting_url FROM profiles WHERE user_id = ${b.interviewerId}),
                     ${newMeetingRoom()}),
            ${carry?.rescheduledFromId ?? null},
            -- Calendars match events by UID: a reschedule updates the same event with a higher SEQUENCE.
            ${carry?.calendarUid ?? `${randomBytes(16).toString("hex")}@mockloop`}, ${carry ? carry.calendarSequence + 1 : 0},
            ${now}::timestamptz, ${now}::timestamptz)`;
  // Participants in a statement after the booking's own: their fill trigger copies the booking's
  // range and status (which the exclusion constraint, 23P01, needs), and a sibling insert in one
  // WITH could not see the booking yet. The same statement inserts the jobs and reads the booking back.
  const [row] = await tx.$queryRaw<BookingViewRow[]>`
    WITH history AS (
      INSERT INTO booking_status_changes (id, booking_id, from_status, to_status, changed_by_id, created_at)
      VALUES (${newId()}, ${id}, NULL, 'SCHEDULED', ${b.actorId}, ${now}::timestamptz)
    ), people AS (
      INSERT INTO booking_participants (booking_id, user_id, role)
      VALUES (${id}, ${b.candidateId}, 'CANDIDATE'), (${id}, ${b.interviewerId}, 'INTERVIEWER')
    )${jobCtes ? Prisma.sql`, ${jobCtes}` : Prisma.empty}
    ${bookingViewSql({ id })}`;
  // Jobs pg-boss wrote in a form that cannot nest go on their own (lib/jobs/enqueue-jobs.ts).
  if (jobs.length > 0 && !jobCtes) await enqueueJobs(tx, jobs);
  return toBookingView(row!);
}
