import { z } from "zod";

/**
 * What dates MockLoop accepts (docs/decisions/0017-input-rules.md). Every date
 * the API takes is either an instant (ISO-8601 with an offset) or a calendar
 * date (YYYY-MM-DD), and lies in a range that makes sense for what it is, so
 * nonsense (year 0, year 9999) is a 400 naming the field, never a database error
 * or a request that stays open for ever.
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

function inRange(time: number, range: DateRange): boolean {
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

/** An ISO-8601 date-time with an offset, within `range`, as a Date. */
export function instant(field: string, range: DateRange, example = "2026-12-01T18:30:00Z") {
  return z
    .string({ error: `Use an ISO-8601 time such as ${example} for ${field}` })
    .refine((v) => parseInstant(v) !== undefined, {
      error: `Use an ISO-8601 time such as ${example} for ${field}`,
      abort: true,
    })
    .refine((v) => inRange(parseInstant(v)!.getTime(), range), {
      error: `Choose a time for ${field} ${range.describe}`,
      // Aborting keeps an object's own refinements (end after start …) from running on the unparsed string.
      abort: true,
    })
    .transform((v) => parseInstant(v)!);
}

/** A calendar date YYYY-MM-DD within `range`, kept as the string. */
export function calendarDate(field: string, range: DateRange, example = "2026-12-24") {
  return z
    .string({ error: `Use a date like ${example} for ${field}` })
    .refine((v) => parseCalendarDate(v) !== undefined, { error: `Use a date like ${example} for ${field}`, abort: true })
    .refine((v) => inRange(parseCalendarDate(v)!.getTime(), range), {
      error: `Choose a date for ${field} ${range.describe}`,
      abort: true,
    });
}

/** A calendar date or an ISO-8601 date-time within `range`, kept as the string (history filters). */
export function dateOrInstant(field: string, range: DateRange) {
  const parse = (v: string) => parseCalendarDate(v) ?? parseInstant(v);
  return z
    .string()
    .refine((v) => parse(v) !== undefined, { error: `Use an ISO date such as 2026-06-01 for ${field}`, abort: true })
    .refine((v) => inRange(parse(v)!.getTime(), range), {
      error: `Choose a date for ${field} ${range.describe}`,
      abort: true,
    });
}
