import { z } from "zod";
import { inRange, parseCalendarDate, parseInstant, type DateRange } from "./date-ranges";

/**
 * What dates MockLoop accepts (docs/decisions/0017-input-rules.md). Every date
 * the API takes is either an instant (ISO-8601 with an offset) or a calendar
 * date (YYYY-MM-DD), and lies in a range that makes sense for what it is, so
 * nonsense (year 0, year 9999) is a 400 naming the field, never a database error
 * or a request that stays open for ever.
 */
export { HISTORY, OVERRIDES, SCHEDULING } from "./date-ranges";

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
    .refine((v) => parseCalendarDate(v) !== undefined, {
      error: `Use a date like ${example} for ${field}`,
      abort: true,
    })
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
