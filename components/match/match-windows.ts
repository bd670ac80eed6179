import { todayIn } from "@/lib/dates/viewer-time";
import { instantOfWallTime, shiftDay } from "@/lib/dates/wall-time";

/** One "I'm free then" row as the person types it: a day and two clock times in their own zone. */
export interface WindowDraft {
  /** Stable React key; rows can be removed from the middle. */
  key: number;
  date: string;
  from: string;
  to: string;
}

export const MAX_WINDOWS = 5;

export interface UtcWindow {
  start: string;
  end: string;
  /** "to" at or before "from" means the window runs past midnight into the next day. */
  crossesMidnight: boolean;
}

/** The window as UTC instants, or null while a field is empty or not a real time. */
export function toUtcWindow(draft: WindowDraft, zone: string): UtcWindow | null {
  if (!draft.date || !draft.from || !draft.to) return null;
  const start = instantOfWallTime(draft.date, draft.from, zone);
  const sameDayEnd = instantOfWallTime(draft.date, draft.to, zone);
  if (start === null || sameDayEnd === null) return null;
  const crossesMidnight = sameDayEnd <= start;
  const end = crossesMidnight ? instantOfWallTime(shiftDay(draft.date, 1), draft.to, zone) : sameDayEnd;
  if (end === null) return null;
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString(), crossesMidnight };
}

/** What's wrong with a row, in words for the person filling it in. */
export function windowProblem(draft: WindowDraft, zone: string, now: number): string | null {
  if (!draft.date) return "Pick a day.";
  if (!draft.from || !draft.to) return "Give a start and an end time.";
  const window = toUtcWindow(draft, zone);
  if (!window) return "That isn't a time we can read. Pick it again.";
  if (Date.parse(window.end) <= now) return "This time has already passed. Pick a later one.";
  return null;
}

/** A first suggestion: tomorrow evening, when most people practise. */
export function defaultWindow(zone: string, now: number, key = 0): WindowDraft {
  return { key, date: shiftDay(todayIn(zone, new Date(now)), 1), from: "18:00", to: "21:00" };
}

/** The next row starts the day after the last one, same hours. */
export function nextWindow(last: WindowDraft | undefined, zone: string, now: number, key: number): WindowDraft {
  if (!last?.date) return defaultWindow(zone, now, key);
  return { key, date: shiftDay(last.date, 1), from: last.from, to: last.to };
}
