/**
 * The date ranges of docs/decisions/0017-input-rules.md and strict ISO-8601
 * parsing, without zod: pages that read dates from their URL use these too,
 * and their browser bundles stay free of zod. The zod blocks are in dates.ts.
 */
export interface DateRange {
  /** Shown in the error, e.g. "within a year before and two years after today". */
  describe: string;
  earliest(now: Date): Date;
  latest(now: Date): Date;
}

const DAY_MS = 86_400_000;

function relativeRange(daysBack: number, daysAhead: number, describe: string): DateRange {
  return {
    describe,
    earliest: (now) => new Date(now.getTime() - daysBack * DAY_MS),
    latest: (now) => new Date(now.getTime() + daysAhead * DAY_MS),
  };
}

/** Booking starts, reschedules, slot searches, match-request windows. */
export const SCHEDULING = relativeRange(366, 2 * 366, "within one year before and two years after today");
/** Availability overrides: saved ones stay in the editor for a while after they pass. */
export const OVERRIDES = relativeRange(5 * 366, 2 * 366, "within five years before and two years after today");
/** Filters over past interviews: MockLoop's history cannot start before 2000. */
export const HISTORY: DateRange = {
  describe: "between 2000-01-01 and two years after today",
  earliest: () => new Date(Date.UTC(2000, 0, 1)),
  latest: (now) => new Date(now.getTime() + 2 * 366 * DAY_MS),
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether an instant lies in `range` (pages that drop a bad URL value instead of answering 400 use it). */
export function inRange(time: number, range: DateRange): boolean {
  const now = new Date();
  return time >= range.earliest(now).getTime() && time <= range.latest(now).getTime();
}

/** The instant a valid ISO-8601 date-time names, or undefined (also for 2026-02-31T…). */
export function parseInstant(value: string): Date | undefined {
  if (!ISO_INSTANT.test(value)) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  // Date rolls 31 February over into March and 24:00 into the next day: the wall-clock
  // part must survive the round trip.
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value);
  const offsetMinutes = offset ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  const wallClock = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 16);
  return wallClock === value.slice(0, 16) ? date : undefined;
}

/** The UTC midnight a valid YYYY-MM-DD names, or undefined. */
export function parseCalendarDate(value: string): Date | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? date : undefined;
}
