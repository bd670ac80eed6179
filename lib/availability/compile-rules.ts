/**
 * Input checks and rule compilation for the slot engine. Kept apart from the walk so the
 * engine file reads as the algorithm; the API schema (zod) lives with the route, not here.
 */
import { parseLocalDate } from "../dates/day-numbers";
import type { AvailabilityRules, Interval, TimeRange } from "./slot-engine-types";

/** Thrown for malformed input, so callers can answer 400 rather than 500. */
export class InvalidSlotQueryError extends RangeError {
  override name = "InvalidSlotQueryError";
}

/** A range in minutes since local midnight, [startMinute, endMinute); endMinute may be 1440. */
export interface MinuteRange {
  startMinute: number;
  endMinute: number;
}

export interface CompiledRules {
  weekly: MinuteRange[][]; // index 0 = Monday
  overrides: Map<number, MinuteRange[]>; // local day number → ranges
}

const END_OF_DAY = 24 * 60;
const COLON = 58;
const ZERO = 48;

export function compileRules(rules: AvailabilityRules): CompiledRules {
  requireNumber(rules.minNoticeHours, "minNoticeHours", 0);
  requireNumber(rules.bufferMinutes, "bufferMinutes", 0);
  requireNumber(rules.horizonDays, "horizonDays", 0);
  if (rules.maxPerWeek !== null && !(Number.isInteger(rules.maxPerWeek) && rules.maxPerWeek >= 0)) {
    fail("maxPerWeek must be null or a whole number >= 0");
  }
  const weekly: MinuteRange[][] = [[], [], [], [], [], [], []];
  for (const [key, ranges] of Object.entries(rules.weekly)) {
    const weekday = Number(key);
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) fail(`weekly key ${key} is not an ISO weekday 1-7`);
    weekly[weekday - 1] = compileRanges(ranges ?? [], `weekly[${key}]`);
  }
  const overrides = new Map<number, MinuteRange[]>();
  for (const override of rules.overrides) {
    const day = parseLocalDate(override.date);
    if (day === null) fail(`override date "${override.date}" is not a valid YYYY-MM-DD date`);
    if (overrides.has(day)) fail(`override date ${override.date} appears twice`);
    overrides.set(day, compileRanges(override.ranges, `override ${override.date}`));
  }
  return { weekly, overrides };
}

function compileRanges(ranges: readonly TimeRange[], label: string): MinuteRange[] {
  const compiled = ranges.map((range) => {
    const startMinute = parseClock(range.start, label);
    const endMinute = parseClock(range.end, label);
    if (startMinute === END_OF_DAY) fail(`${label}: a range cannot start at 24:00`);
    if (endMinute <= startMinute) fail(`${label}: range ${range.start}-${range.end} must end after it starts`);
    return { startMinute, endMinute };
  });
  return compiled.sort((a, b) => a.startMinute - b.startMinute);
}

/** "HH:mm" (00:00–23:59, or 24:00) to minutes. Hand-rolled: a regex here was a fifth of a call. */
function parseClock(text: string, label: string): number {
  if (typeof text === "string" && text.length === 5 && text.charCodeAt(2) === COLON) {
    const hour = digitAt(text, 0) * 10 + digitAt(text, 1);
    const minute = digitAt(text, 3) * 10 + digitAt(text, 4);
    // NaN from a non-digit fails every comparison below.
    if (hour <= 23 && minute <= 59) return hour * 60 + minute;
    if (hour === 24 && minute === 0) return END_OF_DAY;
  }
  fail(`${label}: "${text}" is not an HH:mm time`);
}

function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - ZERO;
  return digit >= 0 && digit <= 9 ? digit : NaN;
}

export function intervalMs(interval: Interval, label: string): [number, number] {
  const start = toMs(interval.start, `${label}.start`);
  const end = toMs(interval.end, `${label}.end`);
  if (end < start) fail(`${label} ends before it starts`);
  return [start, end];
}

export function toMs(date: Date, label: string): number {
  const ms = date instanceof Date ? date.getTime() : NaN;
  if (!Number.isFinite(ms)) fail(`${label} is not a valid Date`);
  return ms;
}

export function requireNumber(value: number, label: string, min: number, max = Infinity): number {
  if (!(Number.isFinite(value) && value >= min && value <= max)) fail(`${label} must be a number in [${min}, ${max}]`);
  return value;
}

export function fail(message: string): never {
  throw new InvalidSlotQueryError(message);
}
