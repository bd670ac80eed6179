import { dateTimeFormat } from "./date-time-format";
import type { Locale } from "./locale";
import { clockOptions } from "./viewer-time";

/**
 * Dates (and dates with times) as lists, tables and admin pages show them, in the viewer's zone and locale:
 * "13 Mar 2026, 23:30" (en-GB), "Mar 13, 2026, 11:30 PM" (en-US), "13. März 2026, 23:30" (de-DE).
 */
export function dateTimeFormatter(timeZone: string, locale: Locale): Intl.DateTimeFormat {
  return dateTimeFormat(locale, { timeZone, day: "numeric", month: "short", year: "numeric", ...clockOptions(locale) });
}

export function formatDateTime(value: string | Date, timeZone: string, locale: Locale): string {
  return dateTimeFormatter(timeZone, locale).format(new Date(value));
}

/** "13 Mar 2026" */
export function formatDate(value: string | Date, timeZone: string, locale: Locale): string {
  return dateTimeFormat(locale, { timeZone, day: "numeric", month: "short", year: "numeric" }).format(new Date(value));
}

/** "13 Mar" (a chart's axis) */
export function formatShortDate(value: string | Date, timeZone: string, locale: Locale): string {
  return dateTimeFormat(locale, { timeZone, day: "numeric", month: "short" }).format(new Date(value));
}

/** A calendar date ("2026-12-07") in words: "Monday 7 December" (with the year when asked). Null if not a date. */
export function formatCalendarDate(isoDate: string, locale: Locale, withYear = false): string | null {
  if (!/^\d{4}-\d\d-\d\d$/.test(isoDate)) return null;
  const value = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return null;
  // A calendar date has no zone: formatted in UTC, it stays that date everywhere.
  return dateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
  }).format(value);
}

/** Weekday, day and month apart, for a date badge ("Fri" / "13" / "Mar"). */
export function dateParts(iso: string, timeZone: string, locale: Locale) {
  const parts = dateTimeFormat(locale, { timeZone, weekday: "short", day: "numeric", month: "short" }).formatToParts(
    new Date(iso),
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { weekday: part("weekday"), day: part("day"), month: part("month") };
}
