import { dateTimeFormat } from "@/lib/dates/date-time-format";
/**
 * Dates as the viewer reads them: always in their own zone (from their
 * profile), with a fixed locale so the server and browser render the same text.
 */
const LOCALE = "en-GB";

/** Day, month, year and 24-hour time in the zone; reuse it when formatting many dates. */
export function dateTimeFormatter(timeZone: string): Intl.DateTimeFormat {
  return dateTimeFormat(LOCALE, {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
}

export function formatDateTime(value: string | Date, timeZone: string): string {
  return dateTimeFormatter(timeZone).format(new Date(value));
}

export function formatDate(value: string | Date, timeZone: string): string {
  return dateTimeFormat(LOCALE, { timeZone, day: "numeric", month: "short", year: "numeric" }).format(new Date(value));
}
