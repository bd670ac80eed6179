/**
 * Zone arithmetic for the slot engine, in epoch milliseconds.
 *
 * All UTC offsets come from luxon's IANAZone (which reads the IANA database through Intl);
 * nothing here hard-codes an offset. Because one luxon offset lookup costs 10–20 µs, offsets
 * are cached per zone, and the engine asks for a handful of "offset segments" (spans of
 * constant offset) once per query instead of converting every grid slot.
 *
 * "Wall" milliseconds are a local date-time written as if it were UTC:
 * wall = localDayNumber * DAY_MS + minutesSinceLocalMidnight * MINUTE_MS.
 */
import { IANAZone } from "luxon";
import { floorDiv, MINUTE_MS } from "../dates/day-numbers";

/** A half-open span [start, end) of instants over which the zone's UTC offset is constant. */
export interface OffsetSegment {
  readonly start: number;
  readonly end: number;
  readonly offsetMs: number;
}

/** One probe chunk: the offset at its start and end, and where (if anywhere) it changes. */
interface Chunk {
  readonly startOffsetMs: number;
  readonly endOffsetMs: number;
  /** First instant with endOffsetMs, or Infinity when the offset does not change in the chunk. */
  readonly changeAt: number;
}

/**
 * Offsets are probed every PROBE_DAYS and a change is located by binary search only when two
 * probes differ. That misses nothing as long as no zone changes offset twice within
 * PROBE_DAYS: a scan of every zone Node 24 knows (1970–2040, daily) found the closest pair
 * 7 days apart (America/Boa_Vista, October 2000), so 4 days leaves room to spare while a cold
 * fortnight needs about 5 probes instead of 17.
 */
const PROBE_DAYS = 4;
const PROBE_MS = PROBE_DAYS * 24 * 60 * 60_000;
// Bounds memory in a long-lived server: about 219 years of chunks per zone.
const MAX_CACHED_CHUNKS_PER_ZONE = 20_000;

/** Per-zone offset timeline, cached per PROBE_DAYS chunk of UTC time and shared by all queries. */
export class ZoneTimeline {
  private static readonly byName = new Map<string, ZoneTimeline>();
  private readonly chunks = new Map<number, Chunk>();
  private readonly boundaryOffsets = new Map<number, number>();

  private constructor(private readonly zone: IANAZone) {}

  /** Shared timeline for an IANA zone name; throws RangeError for a zone Intl does not know. */
  static for(timeZone: string): ZoneTimeline {
    const cached = ZoneTimeline.byName.get(timeZone);
    if (cached) return cached;
    const zone = IANAZone.create(timeZone);
    if (!zone.isValid) throw new RangeError(`Unknown IANA time zone: "${timeZone}"`);
    const timeline = new ZoneTimeline(zone);
    ZoneTimeline.byName.set(timeZone, timeline);
    return timeline;
  }

  offsetMsAt(instant: number): number {
    const chunk = this.chunk(floorDiv(instant, PROBE_MS));
    return instant < chunk.changeAt ? chunk.startOffsetMs : chunk.endOffsetMs;
  }

  /** Constant-offset segments covering [from, to), in order. */
  segments(from: number, to: number): OffsetSegment[] {
    const result: OffsetSegment[] = [];
    let segmentStart = from;
    let offsetMs = this.offsetMsAt(from);
    for (let index = floorDiv(from, PROBE_MS); index * PROBE_MS < to; index++) {
      const { changeAt, endOffsetMs } = this.chunk(index);
      if (changeAt > from && changeAt < to) {
        result.push({ start: segmentStart, end: changeAt, offsetMs });
        segmentStart = changeAt;
        offsetMs = endOffsetMs;
      }
    }
    result.push({ start: segmentStart, end: to, offsetMs });
    return result;
  }

  private chunk(index: number): Chunk {
    const cached = this.chunks.get(index);
    if (cached) return cached;
    if (this.chunks.size >= MAX_CACHED_CHUNKS_PER_ZONE) {
      this.chunks.clear();
      this.boundaryOffsets.clear();
    }
    const chunkStart = index * PROBE_MS;
    const startOffsetMs = this.offsetAtBoundary(index);
    const endOffsetMs = this.offsetAtBoundary(index + 1);
    const changeAt =
      startOffsetMs === endOffsetMs ? Infinity : this.findChange(chunkStart, chunkStart + PROBE_MS, startOffsetMs);
    const chunk: Chunk = { startOffsetMs, endOffsetMs, changeAt };
    this.chunks.set(index, chunk);
    return chunk;
  }

  private offsetAtBoundary(index: number): number {
    let offsetMs = this.boundaryOffsets.get(index);
    if (offsetMs === undefined) {
      offsetMs = this.lookup(index * PROBE_MS);
      this.boundaryOffsets.set(index, offsetMs);
    }
    return offsetMs;
  }

  /** Binary search, to the minute (every tzdb transition since 1970 is on one), for the change. */
  private findChange(low: number, high: number, lowOffsetMs: number): number {
    let before = low;
    let after = high;
    while (after - before > MINUTE_MS) {
      const middle = before + floorDiv((after - before) / 2, MINUTE_MS) * MINUTE_MS;
      if (this.lookup(middle) === lowOffsetMs) before = middle;
      else after = middle;
    }
    return after;
  }

  private lookup(instant: number): number {
    return Math.round(this.zone.offset(instant) * MINUTE_MS);
  }
}

/**
 * The earliest instant at which the local clock reads `wall` or later.
 * - Ordinary local time: its unique instant.
 * - Nonexistent (spring-forward gap): the transition instant, i.e. the first moment after the gap.
 * - Ambiguous (fall-back overlap): the earlier of the two instants.
 * `segments` must start before and end after the instant sought (the engine pads them by a
 * day on each side).
 */
export function earliestInstantAtWall(segments: readonly OffsetSegment[], wall: number): number {
  let first = true;
  for (const segment of segments) {
    const instant = wall - segment.offsetMs;
    // Clamping to the first segment's start would invent an instant: the span is too short.
    if (first && instant < segment.start) break;
    first = false;
    const candidate = Math.max(segment.start, instant);
    if (candidate < segment.end) return candidate;
  }
  throw new Error("earliestInstantAtWall: wall time lies outside the offset segments");
}
