import type { Locale } from "./locale";
import { utcOffsetMinutes } from "./viewer-time";

/** `isoDate` plus `days` calendar days (no zone needed: a calendar date has none). */
export function shiftDay(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The zone's offset from UTC at an instant, in ms. */
const offsetAt = (ms: number, zone: string) => utcOffsetMinutes(zone, ms) * 60_000;

/**
 * The instant a wall-clock time ("YYYY-MM-DD", "HH:mm") names in `zone`, or null when it isn't a real date
 * or time. A time the clocks skip (spring forward) moves on by the gap; a time they pass twice (fall back)
 * is the first of the two — luxon's rule, which this replaces in the browser (wall-time.test.ts compares them).
 */
export function instantOfWallTime(isoDate: string, clock: string, zone: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(`${isoDate}T${clock}`);
  if (!match) return null;
  const [y, m, d, h, min] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (h > 23 || min > 59) return null;
  const wall = Date.UTC(y, m - 1, d, h, min);
  const asUtc = new Date(wall);
  if (asUtc.getUTCFullYear() !== y || asUtc.getUTCMonth() !== m - 1 || asUtc.getUTCDate() !== d) return null;
  // Offsets either side of the wall time, a day apart, cover any one change (none is longer than a day).
  const before = offsetAt(wall - 86_400_000, zone);
  const after = offsetAt(wall + 86_400_000, zone);
  const candidates = [wall - before, wall - after].filter((ms) => ms + offsetAt(ms, zone) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: the wall time with the offset from before the change, which lands past it by the gap.
  return wall - before;
}

const RELATIVE_UNITS = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
  ["second", 1000],
] as const;

/** "in 3 days", "in 2 hours", "5 minutes ago": the largest whole unit, counted towards zero. */
export function formatRelative(targetMs: number, nowMs: number, locale: Locale): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "always" });
  const diff = targetMs - nowMs;
  for (const [unit, size] of RELATIVE_UNITS) {
    const count = Math.trunc(diff / size);
    if (count !== 0) return format.format(count, unit);
  }
  return format.format(0, "second");
}
