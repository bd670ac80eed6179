import { DAY_MS, HOUR_MS } from "../dates/day-numbers";

/**
 * The bookable window: a start may be booked from `noticeMs` after now until (not including)
 * `horizonMs` after now. The slot engine clamps its walk to it; the slot index caches starts with
 * no window (`UNBOUNDED_WINDOW`) and applies each interviewer's window when a search reads it,
 * because the window moves with the clock and the cache must not.
 */
export interface BookableWindow {
  noticeMs: number;
  horizonMs: number;
}

export function bookableWindow(rules: { minNoticeHours: number; horizonDays: number }): BookableWindow {
  return { noticeMs: rules.minNoticeHours * HOUR_MS, horizonMs: rules.horizonDays * DAY_MS };
}

/** Whether a start `fromNow` ms after now lies in the window. */
export function inBookableWindow(fromNow: number, window: BookableWindow): boolean {
  return fromNow >= window.noticeMs && fromNow < window.horizonMs;
}

/** Rules whose window lets every start through, for slots computed before "now" is known (the slot index). */
export const UNBOUNDED_WINDOW = { minNoticeHours: 0, horizonDays: 3650 } as const;
