import type { Caller } from "../auth/sessions";
import { nearestOf, type RefusalReason } from "../availability/slot-refusal";
import { DAY_MS } from "../dates/day-numbers";
import type { AppError } from "../errors";
import { NEAREST_COUNT, NEAREST_WITHIN_MS } from "../booking/refusal-alternatives";
import { NO_ONE_FREE, refusalOf } from "../booking/slot-refused";
import { searchSlots } from "../slot-search";

/** Why Match me could not book at once, and the nearest times anyone who gives the interview is free instead. */
export interface Unmatched {
  reason: RefusalReason | "no-one-free";
  detail: string;
  alternatives: string[];
}

interface Window {
  startsAt: Date;
  endsAt: Date;
}

// Slot search's limit across all interviewers (slot-search.schema.ts), so one search covers it.
const SEARCH_DAYS = 14;

/**
 * The answer to an unmatched request: the last refusal's rule if a booking was tried and refused,
 * else "no-one-free", and the starts nearest to its windows (outside them; inside, the sweep keeps
 * trying) at which the same slot search finds someone free, within a week either side.
 */
export async function unmatchedAnswer(
  candidate: Caller,
  interviewType: string,
  windows: Window[],
  refusal: AppError | null,
  now: Date,
): Promise<Unmatched> {
  const reason = refusalOf(refusal) ?? "no-one-free";
  const detail = refusal && reason !== "no-one-free" ? refusal.message : NO_ONE_FREE;
  const first = Math.min(...windows.map((w) => w.startsAt.getTime()));
  const last = Math.max(...windows.map((w) => w.endsAt.getTime()));
  const from = Math.max(now.getTime(), first - NEAREST_WITHIN_MS);
  const to = Math.min(last + NEAREST_WITHIN_MS, from + SEARCH_DAYS * DAY_MS);
  if (from >= to) return { reason, detail, alternatives: [] };
  const { slots } = await searchSlots(candidate, { interviewType, from: new Date(from), to: new Date(to) }, now);
  const inside = (d: Date) => windows.some((w) => d >= w.startsAt && d < w.endsAt);
  const distance = (d: Date) =>
    Math.min(
      ...windows.map((w) => (d < w.startsAt ? w.startsAt.getTime() - d.getTime() : d.getTime() - w.endsAt.getTime())),
    );
  const outside = slots.map((slot) => new Date(slot.start)).filter((d) => !inside(d));
  return { reason, detail, alternatives: nearestOf(outside, distance, NEAREST_COUNT).map((d) => d.toISOString()) };
}
