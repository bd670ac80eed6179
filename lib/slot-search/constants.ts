import { DAY_MS } from "../dates/day-numbers";

/** How many of a start's free interviewers its answer lists, best first. */
export const TOP_PER_SLOT = 3;
/** Busy time is read this far beyond a searched range: wide enough for any slot's whole local week (weekly cap) and any buffer. */
export const CONTEXT_MS = 8 * DAY_MS;
/** The slot index groups cached starts in 7-day blocks of UTC time; a 14-day search reads two or three. */
export const BLOCK_MS = 7 * DAY_MS;
