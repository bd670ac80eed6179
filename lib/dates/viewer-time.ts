import { dateTimeFormat } from "./date-time-format";
import { parseLocalDate } from "./day-numbers";
import type { Locale } from "./locale";

/**
 * App-wide date formatting: weeks and times as the viewer reads them, in their own zone: plain UTC date
 * arithmetic and kept Intl formatters, no date library. Many client components
 * import these, and luxon (~22 kB gzip) was in Find a peer's first load only for
 * the week bounds; `viewer-time.test.ts` checks every function that luxon used to
 * do against luxon, across zones with daylight saving changes at midnight.
 */

// The locale is the viewer's (lib/dates/locale.ts), passed in: the server render and hydration get the same one.

/** The latest seven days "Next week" reaches (in weeks from today): interviewers open at most 180 days ahead. */
export const MAX_WEEKS_AHEAD = 26;

/** Today's ISO date in `zone`: Find a peer shows the seven days from here (issue #23). */
export function todayIn(zone: string, now: Date = new Date()): string {
  return localDateAt(now.getTime(), zone);
}

/**
 * `?week=` as the first of seven days: any date from today to MAX_WEEKS_AHEAD weeks on (a calendar
 * date needs no zone); nonsense, dates that do not exist, past days and days beyond reach fall back to today.
 */
export function resolveStartDay(param: string | null | undefined, today: string): string {
  if (!param || !/^\d{4}-\d{2}-\d{2}$/.test(param)) return today;
  if (parseLocalDate(param) === null) return today;
  if (param < today || param > shiftWeek(today, MAX_WEEKS_AHEAD)) return today;
  return param;
}

/*
 * Weeks as calendar dates (ISO "YYYY-MM-DD"). The page renders these on every visit, and a luxon
 * DateTime per day and label was about a twentieth of Find a peer's server render (docs/benchmarks.md).
 */
function utcDay(isoDate: string, plusDays = 0): Date {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + plusDays));
}
const isoDateOf = (day: Date) => day.toISOString().slice(0, 10);
const utcFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  dateTimeFormat(locale, { timeZone: "UTC", ...options });

export function shiftWeek(weekStart: string, weeks: number): string {
  return isoDateOf(utcDay(weekStart, weeks * 7));
}

/** Seven days' bounds as UTC instants: the first day's local 00:00 up to the local 00:00 seven days on. */
export function weekBounds(weekStart: string, zone: string): { from: string; to: string } {
  return {
    from: new Date(startOfLocalDay(weekStart, zone)).toISOString(),
    to: new Date(startOfLocalDay(shiftWeek(weekStart, 1), zone)).toISOString(),
  };
}

/**
 * The first instant of a calendar day in `zone`: its local midnight, or, where the clocks skip
 * midnight (a spring-forward at 00:00), the moment they skip to. UTC offsets lie within −12 h and
 * +14 h, so it is within 15 hours of UTC midnight of that date, and the local date never goes
 * backwards (a fall-back at 00:00 turns 23:59:59 into 23:00, not midnight into the day before):
 * a binary search on "is the local date there this one or later" finds it, to the second, with
 * about seventeen kept-formatter calls.
 */
export function startOfLocalDay(isoDate: string, zone: string): number {
  const utcMidnight = utcDay(isoDate).getTime();
  let low = utcMidnight - 15 * 3_600_000; // local date before isoDate here
  let high = utcMidnight + 15 * 3_600_000; // local date isoDate or after here
  while (high - low > 1000) {
    const mid = low + Math.floor((high - low) / 2000) * 1000;
    if (localDateAt(mid, zone) >= isoDate) high = mid;
    else low = mid;
  }
  return high;
}

const localDateAt = (ms: number, zone: string) =>
  dateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(ms);

export interface WeekDay {
  /** ISO date in the viewer's zone. */
  date: string;
  /** "Friday 13 March" */
  longLabel: string;
  /** "Fri" */
  weekday: string;
  /** "13 Mar" */
  shortDate: string;
}

export function weekDays(weekStart: string, locale: Locale): WeekDay[] {
  return Array.from({ length: 7 }, (_, i) => {
    const day = utcDay(weekStart, i);
    return {
      date: isoDateOf(day),
      longLabel: utcFormat(locale, { weekday: "long", day: "numeric", month: "long" }).format(day),
      weekday: utcFormat(locale, { weekday: "short" }).format(day),
      shortDate: utcFormat(locale, { day: "numeric", month: "short" }).format(day),
    };
  });
}

/** "2–8 March 2026", "30 March – 5 April 2026", "29 December 2025 – 4 January 2026". */
export function weekRangeLabel(weekStart: string, locale: Locale): string {
  // Intl writes a range as the locale does: "2–8 March 2026", "March 2 – 8, 2026", "2.–8. März 2026".
  return utcFormat(locale, { day: "numeric", month: "long", year: "numeric" }).formatRange(
    utcDay(weekStart),
    utcDay(weekStart, 6),
  );
}

/** The ISO date an instant falls on in `zone`. */
export function localDate(iso: string, zone: string): string {
  // en-CA writes dates as YYYY-MM-DD. The calendar calls this for every open time of the week, and a
  // kept Intl formatter is several times cheaper than a zoned date object per call.
  return localDateAt(Date.parse(iso), zone);
}

/** A zone's offset from UTC at an instant, in minutes (+330 for Asia/Kolkata), read from a kept formatter. */
export function utcOffsetMinutes(zone: string, at: number): number {
  const name = dateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? "");
  if (!match) return 0; // "GMT": UTC itself
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** Whether the locale writes a 12-hour clock (en-US "9:05 AM") rather than a 24-hour one ("09:05"). */
export function usesTwelveHourClock(locale: Locale): boolean {
  const cycle = dateTimeFormat(locale, { hour: "numeric" }).resolvedOptions().hourCycle;
  return cycle === "h12" || cycle === "h11";
}

/** The time-of-day options of every clock MockLoop shows: "23:30" in en-GB, "11:30 PM" in en-US. */
export function clockOptions(locale: Locale): Intl.DateTimeFormatOptions {
  return { hour: usesTwelveHourClock(locale) ? "numeric" : "2-digit", minute: "2-digit" };
}

/** "23:30" (en-GB), "11:30 PM" (en-US) */
export function formatClock(iso: string | number | Date, zone: string, locale: Locale): string {
  return dateTimeFormat(locale, { timeZone: zone, ...clockOptions(locale) }).format(new Date(iso));
}

/** "Fri 13 Mar" (en-GB), "Fri, Mar 13" (en-US), with the year when asked. */
export function formatDay(iso: string, zone: string, locale: Locale, withYear = false): string {
  return dateTimeFormat(locale, {
    timeZone: zone,
    weekday: "short",
    day: "numeric",
    month: "short",
    ...(withYear ? { year: "numeric" } : {}),
  }).format(new Date(iso));
}

/**
 * "Fri 13 Mar, 23:30–00:15 (ends Sat 14 Mar)": a span that crosses midnight
 * says which day it ends on, so a late slot never reads as the wrong evening.
 */
export function formatSpan(startIso: string, endIso: string, zone: string, locale: Locale, withYear = false): string {
  // Ending at midnight is still that evening: the local date an instant earlier is the start's.
  const sameDay = localDate(startIso, zone) === localDateAt(Date.parse(endIso) - 1, zone);
  const span = `${formatDay(startIso, zone, locale, withYear)}, ${formatClock(startIso, zone, locale)}–${formatClock(endIso, zone, locale)}`;
  return sameDay ? span : `${span} (ends ${formatDay(endIso, zone, locale)})`;
}
