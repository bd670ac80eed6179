/**
 * Slot engine: bookable interview start instants (UTC) for one interviewer and one candidate.
 * Pure functions, no framework or database imports. Decisions and their reasons are in
 * docs/decisions/0004-slot-engine.md; the short version:
 * - Starts sit on the interviewer's local :00/:30 grid; nonexistent local times never appear.
 * - A range [start, end) on local date D is the absolute window from the earliest instant the
 *   local clock reads D start to the earliest instant it reads D end ("24:00" = next midnight).
 *   Each range is a window of its own: touching ranges are not joined.
 * - Buffer surrounds the interviewer's busy intervals only; the candidate's just must not overlap.
 * - Weekly cap counts Monday–Sunday weeks in the interviewer's zone.
 */
import { compileRules, fail, intervalMs, InvalidSlotQueryError, requireNumber, toMs } from "./compile-rules";
import { DAY_MS, HOUR_MS, MINUTE_MS, floorDiv, isoWeekday, mod, mondayOf } from "../dates/day-numbers";
import type { Interval, SlotQuery } from "./slot-engine-types";
import { ZoneTimeline, earliestInstantAtWall, type OffsetSegment } from "./zoned-time";

export { InvalidSlotQueryError };

export type { AvailabilityRules, DateOverride, Interval, IsoWeekday, SlotQuery, TimeRange } from "./slot-engine-types";

export const SLOT_GRID_MINUTES = 30;
/** Longest local-date span one query may walk; guards against accidental multi-year queries. */
export const MAX_QUERY_DAYS = 400;

const GRID_MS = SLOT_GRID_MINUTES * MINUTE_MS;
const MAX_DURATION_MINUTES = 24 * 60;

interface BusyList {
  starts: number[];
  ends: number[]; // merged, so both arrays ascend
}

interface Walk {
  readonly earliest: number; // first allowed start (range start, notice)
  readonly latest: number; // last allowed start (range end, horizon), inclusive
  readonly durationMs: number;
  readonly busy: BusyList;
  readonly segments: readonly OffsetSegment[];
  readonly cap: number | null;
  readonly bookedPerWeek: Map<number, number>; // local Monday day number → bookings
  readonly starts: number[];
}

/** Bookable start instants, ascending and unique. Throws InvalidSlotQueryError on bad input. */
export function findSlots(query: SlotQuery): Date[] {
  const { rules } = query;
  const compiled = compileRules(rules);
  const timeline = zoneTimeline(rules.timeZone);
  const durationMinutes = requireNumber(query.durationMinutes, "durationMinutes", 1, MAX_DURATION_MINUTES);
  if (!Number.isInteger(durationMinutes)) fail("durationMinutes must be a whole number");
  const nowMs = toMs(query.now, "now");
  const rangeStart = toMs(query.range.start, "range.start");
  const rangeEnd = toMs(query.range.end, "range.end");
  const earliest = Math.max(rangeStart, nowMs + rules.minNoticeHours * HOUR_MS);
  const latest = Math.min(rangeEnd, nowMs + rules.horizonDays * DAY_MS) - 1;
  const busy = mergeBusy(query.interviewerBusy, rules.bufferMinutes * MINUTE_MS, query.candidateBusy);
  const bookedPerWeek = countPerWeek(query.interviewerBookingStarts ?? [], timeline);
  if (earliest > latest || rules.maxPerWeek === 0) return [];

  const firstDay = floorDiv(earliest + timeline.offsetMsAt(earliest), DAY_MS);
  const lastDay = floorDiv(latest + timeline.offsetMsAt(latest), DAY_MS);
  if (lastDay - firstDay > MAX_QUERY_DAYS) fail(`the searched span exceeds ${MAX_QUERY_DAYS} days`);
  // A day of padding each side covers every real offset (−12 h … +14 h) for walls in
  // firstDay..lastDay+1, so every window boundary resolves inside the segments.
  const segments = timeline.segments((firstDay - 1) * DAY_MS, (lastDay + 2) * DAY_MS);

  const walk: Walk = {
    earliest,
    latest,
    durationMs: durationMinutes * MINUTE_MS,
    busy,
    segments,
    cap: rules.maxPerWeek,
    bookedPerWeek,
    starts: [],
  };
  for (let day = firstDay; day <= lastDay; day++) {
    const ranges = compiled.overrides.get(day) ?? compiled.weekly[isoWeekday(day) - 1] ?? [];
    for (const range of ranges) {
      const windowStart = earliestInstantAtWall(segments, day * DAY_MS + range.startMinute * MINUTE_MS);
      const windowEnd = earliestInstantAtWall(segments, day * DAY_MS + range.endMinute * MINUTE_MS);
      collectWindow(walk, windowStart, windowEnd);
    }
  }
  return toSortedUniqueDates(walk.starts);
}

/**
 * Walks the local :00/:30 grid through one window in epoch ms. Within a constant-offset
 * segment the grid is a plain 30-minute epoch step; it is re-aligned at each offset change,
 * which is how DST and 30/45-minute offsets stay exact without a luxon call per slot.
 */
function collectWindow(walk: Walk, windowStart: number, windowEnd: number): void {
  const first = Math.max(windowStart, walk.earliest);
  const last = Math.min(windowEnd - walk.durationMs, walk.latest);
  if (first > last) return;
  const { starts: busyStarts, ends: busyEnds } = walk.busy;
  let busyIndex = firstEndingAfter(busyEnds, first);
  for (const segment of walk.segments) {
    if (segment.end <= first) continue;
    if (segment.start > last) break;
    const segmentLast = Math.min(segment.end - 1, last);
    let start = alignToGrid(Math.max(segment.start, first), segment.offsetMs);
    for (; start <= segmentLast; start += GRID_MS) {
      while (busyIndex < busyEnds.length && (busyEnds[busyIndex] ?? 0) <= start) busyIndex++;
      const nextBusyStart = busyStarts[busyIndex];
      if (nextBusyStart !== undefined && nextBusyStart < start + walk.durationMs) continue;
      if (walk.cap !== null && weekCount(walk, start, segment.offsetMs) >= walk.cap) continue;
      walk.starts.push(start);
    }
  }
}

/** First instant >= t whose local wall clock (at this offset) reads :00 or :30. */
function alignToGrid(t: number, offsetMs: number): number {
  return t + mod(-(t + offsetMs), GRID_MS);
}

function weekCount(walk: Walk, start: number, offsetMs: number): number {
  const localDay = floorDiv(start + offsetMs, DAY_MS);
  return walk.bookedPerWeek.get(mondayOf(localDay)) ?? 0;
}

function countPerWeek(bookingStarts: readonly Date[], timeline: ZoneTimeline): Map<number, number> {
  const counts = new Map<number, number>();
  for (const [index, date] of bookingStarts.entries()) {
    const ms = toMs(date, `interviewerBookingStarts[${index}]`);
    const monday = mondayOf(floorDiv(ms + timeline.offsetMsAt(ms), DAY_MS));
    counts.set(monday, (counts.get(monday) ?? 0) + 1);
  }
  return counts;
}

/** Sorts and merges both people's busy time into one list; only the interviewer's gets the buffer. */
function mergeBusy(interviewer: readonly Interval[], bufferMs: number, candidate: readonly Interval[]): BusyList {
  const raw: [number, number][] = [];
  for (const [index, interval] of interviewer.entries()) {
    const [start, end] = intervalMs(interval, `interviewerBusy[${index}]`);
    raw.push([start - bufferMs, end + bufferMs]);
  }
  for (const [index, interval] of candidate.entries()) {
    raw.push(intervalMs(interval, `candidateBusy[${index}]`));
  }
  raw.sort((a, b) => a[0] - b[0]);
  const merged: BusyList = { starts: [], ends: [] };
  for (const [start, end] of raw) {
    const lastIndex = merged.ends.length - 1;
    const lastEnd = merged.ends[lastIndex];
    // Touching intervals merge too: a slot may not overlap either, so the union blocks the same.
    if (lastEnd !== undefined && start <= lastEnd) merged.ends[lastIndex] = Math.max(lastEnd, end);
    else {
      merged.starts.push(start);
      merged.ends.push(end);
    }
  }
  return merged;
}

/** Index of the first busy interval ending after t (binary search; ends ascend once merged). */
function firstEndingAfter(ends: readonly number[], t: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ends[middle] ?? Infinity) <= t) low = middle + 1;
    else high = middle;
  }
  return low;
}

function toSortedUniqueDates(starts: number[]): Date[] {
  // Windows are generated in time order, so only overlapping ranges on one day can unsort this.
  let ordered = true;
  for (let i = 1; i < starts.length && ordered; i++) ordered = (starts[i] ?? 0) > (starts[i - 1] ?? 0);
  const unique = ordered ? starts : [...new Set(starts)].sort((a, b) => a - b);
  return unique.map((ms) => new Date(ms));
}

function zoneTimeline(timeZone: string): ZoneTimeline {
  try {
    return ZoneTimeline.for(timeZone);
  } catch (error) {
    throw new InvalidSlotQueryError(error instanceof Error ? error.message : String(error));
  }
}
