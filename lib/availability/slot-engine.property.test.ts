/**
 * Property tests: random rules, zones, overrides and busy time, checked against
 * (1) the rules themselves, slot by slot, and (2) a deliberately naive reference that asks
 * luxon about every 15 UTC minutes, re-derives every window from scratch and marks, minute by
 * minute, which instants some window covers (ranges may cross midnight; windows that touch join).
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
  "America/Santiago",
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
  // Chile changes at local midnight (24:00 → 23:00 in April, 24:00 → 01:00 in September).
  "America/Santiago": ["2025-04-05", "2025-09-06", "2026-04-04", "2026-09-05"],
};

// ---------- arbitraries ----------

// Quarter hours mostly, any minute sometimes, and the small hours (where DST happens) often.
const clockMinute = fc.oneof(
  fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
  fc.integer({ min: 0, max: 1439 }),
  fc.integer({ min: 0, max: 240 }),
);
// A third of ranges cross midnight (an end at or before the start is on the next day).
const timeRange: fc.Arbitrary<TimeRange> = clockMinute.chain((start) =>
  fc
    .oneof(
      fc.integer({ min: start + 1, max: 1440 }),
      fc.constant(1440),
      ...(start > 0 ? [fc.integer({ min: 0, max: start - 1 }), fc.constantFrom(0, Math.min(120, start - 1))] : []),
    )
    .map((end) => ({ start: formatClock(start), end: formatClock(end) })),
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
  private readonly dates = new Map<string, { midnight: number; ranges: TimeRange[] }>();
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

  /**
   * Minute by minute, whether some window covers it: prefix sums over a span that starts two
   * days before the first allowed start and ends two days after the last one ends.
   */
  private coverage: { base: number; prefix: Int32Array } | null = null;

  private covered(from: number, to: number): number {
    this.coverage ??= this.buildCoverage();
    const { base, prefix } = this.coverage;
    const at = (t: number) => prefix[Math.min(Math.max(0, (t - base) / MIN), prefix.length - 1)] ?? 0;
    return at(to) - at(from);
  }

  private buildCoverage() {
    const base = Math.floor((this.earliestStart() - 2 * DAY) / MIN) * MIN;
    const limit = Math.max(base, this.endOfStarts()) + this.q.durationMinutes * MIN + 2 * DAY;
    const marks = new Uint8Array(Math.ceil((limit - base) / MIN));
    const lastDate = this.local(limit).toISODate() ?? "";
    for (let day = this.local(base).toISODate() ?? ""; day <= lastDate; day = addDays(day, 1)) {
      const { midnight, ranges } = this.date(day);
      for (const range of ranges) {
        const start = clockToMinutes(range.start);
        const end = clockToMinutes(range.end);
        const open = this.earliestAtWall(midnight + start * MIN);
        const close = this.earliestAtWall(midnight + (end <= start ? end + 1440 : end) * MIN);
        for (let t = Math.max(open, base); t < Math.min(close, limit); t += MIN) marks[(t - base) / MIN] = 1;
      }
    }
    const prefix = new Int32Array(marks.length + 1);
    marks.forEach((mark, i) => (prefix[i + 1] = (prefix[i] ?? 0) + mark));
    return { base, prefix };
  }

  /** Whether every minute of [t, t + duration) lies in some window (windows that touch join). */
  insideWindow(t: number): boolean {
    return this.covered(t, t + this.q.durationMinutes * MIN) === this.q.durationMinutes;
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

  // The same zones and transition nights, with one overnight range on one weekday.
  const overnight = fc.constantFrom(...ZONES).chain((zone) =>
    fc.record({
      timeZone: fc.constant(zone),
      anchor: anchorFor(zone),
      weekday: fc.integer({ min: 1, max: 7 }),
      start: fc.integer({ min: 1, max: 95 }).map((q) => q * 15),
      endFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      durationMinutes: fc.constantFrom(15, 30, 60, 90, 120, 240),
      bufferMinutes: fc.constantFrom(0, 15),
      interviewerBusy: fc.array(fc.tuple(fc.integer({ min: 0, max: 8 * 1440 }), fc.integer({ min: 0, max: 180 })), {
        maxLength: 4,
      }),
    }),
  );

  function overnightQuery(o: Overnight, weekly: AvailabilityRules["weekly"]): SlotQuery {
    const rangeStart = o.anchor - 2 * DAY;
    return {
      rules: {
        timeZone: o.timeZone,
        weekly,
        overrides: [],
        minNoticeHours: 0,
        bufferMinutes: o.bufferMinutes,
        maxPerWeek: null,
        horizonDays: 60,
      },
      durationMinutes: o.durationMinutes,
      range: { start: new Date(rangeStart), end: new Date(rangeStart + 9 * DAY) },
      now: new Date(rangeStart - DAY),
      interviewerBusy: o.interviewerBusy.map(([shift, length]) => ({
        start: new Date(rangeStart + shift * MIN),
        end: new Date(rangeStart + (shift + length) * MIN),
      })),
      candidateBusy: [],
    };
  }
  type Overnight = typeof overnight extends fc.Arbitrary<infer T> ? T : never;

  it(
    "a range crossing midnight gives exactly the slots of its two halves on their own days",
    () => {
      fc.assert(
        fc.property(overnight, (o) => {
          const end = Math.floor(o.endFraction * o.start); // 0 … start − 1: crosses midnight
          const day = o.weekday as IsoWeekday;
          const next = ((o.weekday % 7) + 1) as IsoWeekday;
          const whole = { [day]: [{ start: formatClock(o.start), end: formatClock(end) }] };
          const halves: AvailabilityRules["weekly"] = { [day]: [{ start: formatClock(o.start), end: "24:00" }] };
          if (end > 0) halves[next] = [{ start: "00:00", end: formatClock(end) }];
          const iso = (q: SlotQuery) => findSlots(q).map((d) => d.toISOString());
          expect(iso(overnightQuery(o, whole))).toEqual(iso(overnightQuery(o, halves)));
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    "21:00–24:00 joined to the next day's 00:00–02:00 offers an hour at 23:30 on every night, DST nights included",
    () => {
      fc.assert(
        fc.property(overnight, (o) => {
          const weekly: AvailabilityRules["weekly"] = {};
          for (let d = 1; d <= 7; d++) weekly[d as IsoWeekday] = [hours("00:00", "02:00"), hours("21:00", "24:00")];
          const query = { ...overnightQuery(o, weekly), durationMinutes: 60, interviewerBusy: [] };
          const slots = new Set(findSlots(query).map((d) => d.getTime()));
          const firstDate = DateTime.fromMillis(query.range.start.getTime(), { zone: o.timeZone }).toISODate() ?? "";
          for (let i = 1; i < 8; i++) {
            const [year, month, dayOfMonth] = addDays(firstDate, i).split("-").map(Number);
            const at = DateTime.fromObject(
              { year, month, day: dayOfMonth, hour: 23, minute: 30 },
              { zone: o.timeZone },
            );
            // luxon moves a 23:30 that does not exist; every zone here has one each night.
            expect(at.hour * 60 + at.minute).toBe(23 * 60 + 30);
            expect(slots.has(at.toMillis())).toBe(true);
          }
          const model = new NaiveModel(query);
          expect([...slots].map((t) => new Date(t).toISOString())).toEqual(
            model.slots().map((t) => new Date(t).toISOString()),
          );
        }),
        { numRuns: 50 },
      );
    },
    TIMEOUT_MS,
  );
});

const hours = (start: string, end: string): TimeRange => ({ start, end });
