/**
 * Calendar dates as day numbers (days since 1970-01-01) and the plain
 * arithmetic on them. No zone and no date library, so the browser, the slot
 * engine and the pages share one copy.
 */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Modulo that is never negative, so pre-1970 and negative offsets align the same way. */
export function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number counted from 1970-01-01 (a Thursday). */
export function isoWeekday(dayNumber: number): number {
  return mod(dayNumber + 3, 7) + 1;
}

/** Day number of the Monday starting the ISO week that contains dayNumber. */
export function mondayOf(dayNumber: number): number {
  return dayNumber - mod(dayNumber + 3, 7);
}

/** Parses "YYYY-MM-DD" into a day number; returns null for malformed or impossible dates. */
export function parseLocalDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC silently rolls 2025-02-30 over to March; reject instead of guessing.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return ms / DAY_MS;
}

/** The "YYYY-MM-DD" of a day number. */
export function isoDateOfDay(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}
