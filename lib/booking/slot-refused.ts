/**
 * A refused booking in words: which rule refused the time (lib/availability/slot-refusal.ts
 * decides) as a machine-readable `reason` and a sentence, plus the nearest times that work.
 */
import type { AvailabilityRules } from "../availability/slot-engine";
import type { RefusalReason } from "../availability/slot-refusal";
import { AppError } from "../errors";

export const SLOT_TAKEN = "That time was just taken. Here are the times still open — pick another.";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const MESSAGES: Record<RefusalReason, (rules: AvailabilityRules) => string> = {
  "off-grid": () => "Interviews start on the hour or at half past in the interviewer's time zone.",
  "outside-hours": () => "That time is outside this interviewer's hours, or the interview would run past them.",
  notice: (r) =>
    `This interviewer needs ${r.minNoticeHours === 1 ? "an hour's" : `${r.minNoticeHours} hours'`} notice, so that time is too soon.`,
  horizon: (r) =>
    `This interviewer takes bookings up to ${plural(r.horizonDays, "day")} ahead, so that time is too far off.`,
  "you-are-busy": () => "You already have an interview at that time.",
  taken: () => SLOT_TAKEN,
  buffer: (r) =>
    `This interviewer keeps ${plural(r.bufferMinutes, "minute")} free around each interview, and that time is too close to another one.`,
  "weekly-cap": (r) =>
    `This interviewer takes at most ${plural(r.maxPerWeek ?? 0, "interview")} a week, and that week is full.`,
};

/** The 409 for a refused time; `alternatives` are ISO instants, nearest first in time order. */
export function slotRefused(
  reason: RefusalReason,
  rules: AvailabilityRules,
  alternatives?: Date[],
  cause?: unknown,
): AppError {
  return new AppError("CONFLICT", MESSAGES[reason](rules), {
    cause,
    extensions: {
      reason,
      ...(alternatives ? { alternatives: alternatives.map((d) => d.toISOString()) } : {}),
    },
  });
}

/** Another booking won the time at the exclusion constraint (23P01). */
export function slotTakenError(cause: unknown): AppError {
  return new AppError("CONFLICT", SLOT_TAKEN, { extensions: { reason: "taken" }, cause });
}

/** Match me found nobody to book in the windows it was given (lib/matching/match-alternatives.ts). */
export const NO_ONE_FREE =
  "Nobody who gives this interview is free in those times yet. We'll keep looking until they pass.";

/** The reason a refusal carries, if the error is one. */
export function refusalOf(error: unknown): RefusalReason | undefined {
  return error instanceof AppError ? (error.extensions?.reason as RefusalReason | undefined) : undefined;
}
