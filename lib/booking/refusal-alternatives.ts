import { nearestStarts } from "../availability/slot-refusal";
import { DAY_MS } from "../dates/day-numbers";
import { db } from "../db";
import type { AppError } from "../errors";
import { recheckScope, slotCheck, type SlotToCheck } from "./booking-core";
import { loadRecheckContext } from "./recheck-context";
import { loadMoveContext, moveCheck, type MovingBooking } from "./reschedule-times";
import { refusalOf, slotRefused } from "./slot-refused";

/** How far either side of a refused time the nearest open ones are looked for. */
export const NEAREST_WITHIN_MS = 7 * DAY_MS;
export const NEAREST_COUNT = 3;

/**
 * A refusal with the nearest times that work with the same interviewer added. Read after the
 * refused transaction, outside the schedule lock: these are suggestions, each re-checked when
 * booked, so the lock is not held a moment longer for them.
 */
export async function withNearestStarts(error: AppError, slot: SlotToCheck): Promise<AppError> {
  const reason = refusalOf(error);
  if (!reason) return error;
  const { userIds, from, to } = recheckScope(slot, NEAREST_WITHIN_MS);
  const context = await loadRecheckContext(db(), slot.interviewerId, userIds, from, to);
  const alternatives = nearestStarts(slotCheck(context, slot), slot.start, NEAREST_COUNT, NEAREST_WITHIN_MS);
  return slotRefused(reason, context.rules, alternatives, error.cause);
}

/**
 * A refused move with the nearest times the same interview could move to instead: same two people,
 * same length, its own current time freed (so it does not block itself) and not offered (no move).
 * Read after the refused transaction rolled back, like withNearestStarts.
 */
export async function withNearestMoves(
  error: AppError,
  booking: MovingBooking,
  start: Date,
  now: Date,
): Promise<AppError> {
  const reason = refusalOf(error);
  if (!reason) return error;
  const from = new Date(start.getTime() - NEAREST_WITHIN_MS);
  const to = new Date(start.getTime() + NEAREST_WITHIN_MS);
  const context = await loadMoveContext(db(), booking, from, to);
  const alternatives = nearestStarts(moveCheck(context, booking, now), start, NEAREST_COUNT, NEAREST_WITHIN_MS, [
    booking.startsAt,
  ]);
  return slotRefused(reason, context.rules, alternatives, error.cause);
}
