/**
 * Property tests: random rules, zones, overrides and busy time, checked against
 * (1) the rules themselves, slot by slot, and (2) a deliberately naive reference that asks
 * luxon about every 15 UTC minutes and re-derives every window from scratch.
 *
 * Reference assumption: every zone in ZONES has offsets and transitions on the 15-minute UTC
 * lattice, so (a) every local :00/:30 instant is a lattice point and (b) the offset is constant
 * between two lattice points. Both hold for these zones in tzdb.
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { findSlots, type AvailabilityRules, type IsoWeekday, type SlotQuery, type TimeRange } from "./slot-engine";

const MIN = 60_000;
const LATTICE = 15 * MIN;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const ZONES = [
  "UTC",
  "America/New_York",
  "Europe/London",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "America/St_Johns",
  "Pacific/Chatham",
] as const;

// Local dates with a DST transition, so most ranges in DST zones cross one.
const TRANSITION_DATES: Record<(typeof ZONES)[number], string[]> = {
  UTC: [],
  "Asia/Kolkata": [],
  "Asia/Kathmandu": [],
  "America/New_York": ["2025-03-09", "2025-11-02", "2026-03-08", "2026-11-01"],
  "America/St_Johns": ["2025-03-09", "2025-11-02", "2026-03-08", "2026-11-01"],
  "Europe/London": ["2025-03-30", "2025-10-26", "2026-03-29", "2026-10-25"],
  "Australia/Lord_Howe": ["2025-04-06", "2025-10-05", "2026-04-05", "2026-10-04"],
  "Pacific/Chatham": ["2025-04-06", "2025-09-28", "2026-04-05", "2026-09-27"],
};

// ---------- arbitraries ----------

// Quarter hours mostly, any minute sometimes, and the small hours (where DST happens) often.
const clockMinute = fc.oneof(
  fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
  fc.integer({ min: 0, max: 1439 }),
  fc.integer({ min: 0, max: 240 }),
);
const timeRange: fc.Arbitrary<TimeRange> = clockMinute.chain((start) =>
  fc.oneof(fc.integer({ min: start + 1, max: 1440 }), fc.constant(1440)).map((end) => ({
    start: formatClock(start),
    end: formatClock(end),
  })),
);
const dayRanges = fc.array(timeRange, { minLength: 1, maxLength: 3 });

const anyDay = fc
  .integer({ min: Date.parse("2025-01-01T00:00Z") / MIN, max: Date.parse("2027-12-31T00:00Z") / MIN })
  .map((m) => m * MIN);
const anchorFor = (zone: (typeof ZONES)[number]) => {
  const days = TRANSITION_DATES[zone].map((day) => Date.parse(`${day}T00:00Z`));
  return days.length === 0
    ? anyDay
    : fc.oneof({ arbitrary: fc.constantFrom(...days), weight: 3 }, { arbitrary: anyDay, weight: 1 });
};

const scenario = fc.constantFrom(...ZONES).chain((zone) =>
  fc.record({
    timeZone: fc.constant(zone),
    anchor: anchorFor(zone),
    rangeStartShift: fc.integer({ min: -2 * 24 * 60, max: 2 * 60 }),
    rangeLength: fc.oneof(fc.integer({ min: 1, max: 8 * 24 * 60 }), fc.integer({ min: 2 * 24 * 60, max: 6 * 24 * 60 })),
    nowShift: fc.integer({ min: -3 * 24 * 60, max: 6 * 60 }),
    weekly: fc.array(fc.option(dayRanges, { nil: null, freq: 8 }), { minLength: 7, maxLength: 7 }),
    overrides: fc.uniqueArray(
      fc.record({ dayIndex: fc.integer({ min: -1, max: 8 }), ranges: fc.array(timeRange, { maxLength: 2 }) }),
      {
        selector: (o) => o.dayIndex,
        maxLength: 3,
      },
    ),
    minNoticeHours: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom(1.5, 24, 48)),
    bufferMinutes: fc.oneof(fc.constantFrom(0, 10, 15, 30), fc.integer({ min: 0, max: 90 })),
    maxPerWeek: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 2 }),
    horizonDays: fc.oneof(fc.integer({ min: 0, max: 14 }), fc.constant(30)),
    durationMinutes: fc.oneof(fc.constantFrom(15, 30, 45, 60, 90, 120), fc.integer({ min: 1, max: 300 })),
    interviewerBusy: fc.array(
      fc.tuple(fc.integer({ min: -2 * 1440, max: 10 * 1440 }), fc.integer({ min: 0, max: 300 })),
      { maxLength: 8 },
    ),
    candidateBusy: fc.array(
      fc.tuple(fc.integer({ min: -2 * 1440, max: 10 * 1440 }), fc.integer({ min: 0, max: 300 })),
      { maxLength: 8 },
    ),
    bookings: fc.array(fc.integer({ min: -10 * 1440, max: 15 * 1440 }), { maxLength: 8 }),
  }),
);

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function formatClock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

function toQuery(s: Scenario): SlotQuery {
  const rangeStart = s.anchor + s.rangeStartShift * MIN;
  const firstLocalDate = DateTime.fromMillis(rangeStart, { zone: s.timeZone }).toISODate() ?? "";
  const weekly: AvailabilityRules["weekly"] = {};
  s.weekly.forEach((ranges, index) => {
    if (ranges) weekly[(index + 1) as IsoWeekday] = ranges;
  });
  const interval = ([startShift, length]: [number, number]) => ({
    start: new Date(rangeStart + startShift * MIN),
    end: new Date(rangeStart + (startShift + length) * MIN),
  });
  return {
    rules: {
      timeZone: s.timeZone,
      weekly,
      overrides: s.overrides.map((o) => ({ date: addDays(firstLocalDate, o.dayIndex), ranges: o.ranges })),
      minNoticeHours: s.minNoticeHours,
      bufferMinutes: s.bufferMinutes,
      maxPerWeek: s.maxPerWeek,
      horizonDays: s.horizonDays,
    },
    durationMinutes: s.durationMinutes,
    range: { start: new Date(rangeStart), end: new Date(rangeStart + s.rangeLength * MIN) },
    now: new Date(rangeStart + s.nowShift * MIN),
    interviewerBusy: s.interviewerBusy.map(interval),
    candidateBusy: s.candidateBusy.map(interval),
    interviewerBookingStarts: s.bookings.map((shift) => new Date(rangeStart + shift * MIN)),
  };
}

// ---------- naive reference ----------

function addDays(isoDate: string, days: number): string {
  return DateTime.fromISO(isoDate, { zone: "utc" }).plus({ days }).toISODate() ?? "";
}

/** Everything the reference and the rule checks need, recomputed the slow way. */
class NaiveModel {
  private readonly offsets = new Map<number, number>();
  private readonly boundaries = new Map<number, number>();
  // Memos only spare repeated luxon calls; every value is still computed the slow way once.
  private readonly locals = new Map<number, DateTime>();
  private readonly dates = new Map<string, { neighbours: string[]; midnight: number; ranges: TimeRange[] }>();
  private bookedWeeks: string[] | null = null;

  constructor(private readonly q: SlotQuery) {}

  local(t: number): DateTime {
    let local = this.locals.get(t);
    if (!local) {
      local = DateTime.fromMillis(t, { zone: this.q.rules.timeZone });
      this.locals.set(t, local);
    }
    return local;
  }

  /** Offset in ms at a lattice point, straight from luxon. */
  private offsetAt(latticePoint: number): number {
    let offset = this.offsets.get(latticePoint);
    if (offset === undefined) {
      offset = this.local(latticePoint).offset * MIN;
      this.offsets.set(latticePoint, offset);
    }
    return offset;
  }

  /** Earliest instant whose local wall clock reads `wall` (as-if-UTC ms) or later, by scanning. */
  private earliestAtWall(wall: number): number {
    const cached = this.boundaries.get(wall);
    if (cached !== undefined) return cached;
    for (let point = Math.floor((wall - 15 * HOUR) / LATTICE) * LATTICE; ; point += LATTICE) {
      const candidate = Math.max(point, wall - this.offsetAt(point));
      if (candidate < point + LATTICE) {
        this.boundaries.set(wall, candidate);
        return candidate;
      }
    }
  }

  private date(isoDate: string) {
    let info = this.dates.get(isoDate);
    if (!info) {
      info = {
        neighbours: [addDays(isoDate, -1), isoDate, addDays(isoDate, 1)],
        midnight: Date.parse(`${isoDate}T00:00Z`),
        ranges: this.rangesOn(isoDate),
      };
      this.dates.set(isoDate, info);
    }
    return info;
  }

  private rangesOn(isoDate: string): TimeRange[] {
    const override = this.q.rules.overrides.find((o) => o.date === isoDate);
    if (override) return override.ranges;
    const weekday = DateTime.fromISO(isoDate, { zone: "utc" }).weekday as IsoWeekday;
    return this.q.rules.weekly[weekday] ?? [];
  }

  /** Whether [t, t + duration) fits inside one window of the local dates around t. */
  insideWindow(t: number): boolean {
    const end = t + this.q.durationMinutes * MIN;
    for (const day of this.date(this.local(t).toISODate() ?? "").neighbours) {
      const { midnight, ranges } = this.date(day);
      for (const range of ranges) {
        const open = this.earliestAtWall(midnight + clockToMinutes(range.start) * MIN);
        const close = this.earliestAtWall(midnight + clockToMinutes(range.end) * MIN);
        if (open <= t && end <= close) return true;
      }
    }
    return false;
  }

  onLocalGrid(t: number): boolean {
    const local = this.local(t);
    return local.minute % 30 === 0 && local.second === 0 && local.millisecond === 0;
  }

  overlapsBusy(t: number): boolean {
    const end = t + this.q.durationMinutes * MIN;
    const buffer = this.q.rules.bufferMinutes * MIN;
    const hits = (i: { start: Date; end: Date }, pad: number) =>
      i.start.getTime() - pad < end && t < i.end.getTime() + pad;
    return this.q.interviewerBusy.some((i) => hits(i, buffer)) || this.q.candidateBusy.some((i) => hits(i, 0));
  }

  private weekOf(t: number): string {
    const local = this.local(t);
    return `${local.weekYear}-W${local.weekNumber}`;
  }

  capReached(t: number): boolean {
    const cap = this.q.rules.maxPerWeek;
    if (cap === null) return false;
    this.bookedWeeks ??= (this.q.interviewerBookingStarts ?? []).map((b) => this.weekOf(b.getTime()));
    const week = this.weekOf(t);
    return this.bookedWeeks.filter((w) => w === week).length >= cap;
  }

  earliestStart(): number {
    return Math.max(this.q.range.start.getTime(), this.q.now.getTime() + this.q.rules.minNoticeHours * HOUR);
  }

  endOfStarts(): number {
    return Math.min(this.q.range.end.getTime(), this.q.now.getTime() + this.q.rules.horizonDays * DAY);
  }

  allows(t: number): boolean {
    return (
      t >= this.earliestStart() &&
      t < this.endOfStarts() &&
      this.onLocalGrid(t) &&
      this.insideWindow(t) &&
      !this.overlapsBusy(t) &&
      !this.capReached(t)
    );
  }

  /** Every lattice point in [earliest, end) that passes every rule. */
  slots(): number[] {
    const result: number[] = [];
    const first = Math.ceil(this.earliestStart() / LATTICE) * LATTICE;
    for (let t = first; t < this.endOfStarts(); t += LATTICE) if (this.allows(t)) result.push(t);
    return result;
  }
}

function clockToMinutes(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

// ---------- properties ----------

const RUNS = { numRuns: 200 };
// Generous per-test limit: the naive reference is slow by design (about 2 s per property here).
const TIMEOUT_MS = 30_000;

describe("findSlots properties", () => {
  it(
    "every returned slot obeys grid, window, busy+buffer, notice, horizon and cap; output is sorted and unique",
    () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const query = toQuery(s);
          const model = new NaiveModel(query);
          const slots = findSlots(query).map((d) => d.getTime());
          const broken: string[] = [];
          slots.forEach((t, i) => {
            const at = new Date(t).toISOString();
            if (i > 0 && t <= (slots[i - 1] ?? -Infinity)) broken.push(`${at}: not ascending`);
            if (t < model.earliestStart()) broken.push(`${at}: before range start or notice`);
            if (t >= model.endOfStarts()) broken.push(`${at}: at/after range end or horizon`);
            if (!model.onLocalGrid(t)) broken.push(`${at}: off the local :00/:30 grid`);
            if (!model.insideWindow(t)) broken.push(`${at}: leaves every availability window`);
            if (model.overlapsBusy(t)) broken.push(`${at}: overlaps busy time (buffer included)`);
            if (model.capReached(t)) broken.push(`${at}: week already at cap`);
          });
          expect(broken).toEqual([]);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    "returns exactly what the naive reference returns (nothing missing)",
    () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const query = toQuery(s);
          const expected = new NaiveModel(query).slots().map((t) => new Date(t).toISOString());
          expect(findSlots(query).map((d) => d.toISOString())).toEqual(expected);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});
