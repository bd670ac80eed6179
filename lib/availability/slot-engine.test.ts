/**
 * Table-driven checks of findSlots against UTC instants worked out by hand from the tz rules
 * (e.g. New York springs forward at 02:00 EST = 07:00Z on 2025-03-09), never from the engine.
 */
import { describe, expect, it } from "vitest";
import {
  findSlots,
  InvalidSlotQueryError,
  type AvailabilityRules,
  type DateOverride,
  type SlotQuery,
} from "./slot-engine";

type Weekly = AvailabilityRules["weekly"];

interface Case {
  name: string;
  timeZone: string;
  weekly: Weekly;
  overrides?: DateOverride[];
  duration: number;
  range: [string, string];
  now?: string;
  minNoticeHours?: number;
  bufferMinutes?: number;
  maxPerWeek?: number | null;
  horizonDays?: number;
  interviewerBusy?: [string, string][];
  candidateBusy?: [string, string][];
  bookings?: string[];
  expected: string[];
}

const hours = (start: string, end: string) => ({ start, end });
const everyDay = (start: string, end: string): Weekly => ({
  1: [hours(start, end)],
  2: [hours(start, end)],
  3: [hours(start, end)],
  4: [hours(start, end)],
  5: [hours(start, end)],
  6: [hours(start, end)],
  7: [hours(start, end)],
});
const toIntervals = (pairs: [string, string][] = []) =>
  pairs.map(([start, end]) => ({ start: new Date(start), end: new Date(end) }));

function queryFor(c: Case): SlotQuery {
  return {
    rules: {
      timeZone: c.timeZone,
      weekly: c.weekly,
      overrides: c.overrides ?? [],
      minNoticeHours: c.minNoticeHours ?? 0,
      bufferMinutes: c.bufferMinutes ?? 0,
      maxPerWeek: c.maxPerWeek ?? null,
      horizonDays: c.horizonDays ?? 3650,
    },
    durationMinutes: c.duration,
    range: { start: new Date(c.range[0]), end: new Date(c.range[1]) },
    now: new Date(c.now ?? "2024-01-01T00:00Z"),
    interviewerBusy: toIntervals(c.interviewerBusy),
    candidateBusy: toIntervals(c.candidateBusy),
    interviewerBookingStarts: (c.bookings ?? []).map((iso) => new Date(iso)),
  };
}

const iso = (text: string) => new Date(text).toISOString();

const cases: Case[] = [
  // --- America/New_York, spring forward 2025-03-09: 02:00 EST (07:00Z) → 03:00 EDT ---
  {
    name: "New York spring: local 02:00 and 02:30 do not exist and are skipped",
    timeZone: "America/New_York",
    weekly: { 7: [hours("01:00", "04:00")] },
    duration: 30,
    range: ["2025-03-08T12:00Z", "2025-03-10T12:00Z"],
    // 01:00 EST, 01:30 EST, 03:00 EDT, 03:30 EDT; window ends 04:00 EDT = 08:00Z
    expected: ["2025-03-09T06:00Z", "2025-03-09T06:30Z", "2025-03-09T07:00Z", "2025-03-09T07:30Z"],
  },
  {
    name: "New York spring: a 60-minute interview may straddle the gap (window is 2 real hours)",
    timeZone: "America/New_York",
    weekly: { 7: [hours("01:00", "04:00")] },
    duration: 60,
    range: ["2025-03-08T12:00Z", "2025-03-10T12:00Z"],
    expected: ["2025-03-09T06:00Z", "2025-03-09T06:30Z", "2025-03-09T07:00Z"],
  },
  {
    name: "New York spring: a range starting inside the gap opens at the transition",
    timeZone: "America/New_York",
    weekly: { 7: [hours("02:30", "04:00")] },
    duration: 30,
    range: ["2025-03-08T12:00Z", "2025-03-10T12:00Z"],
    expected: ["2025-03-09T07:00Z", "2025-03-09T07:30Z"],
  },
  {
    name: "New York spring: a range wholly inside the gap is empty",
    timeZone: "America/New_York",
    weekly: { 7: [hours("02:00", "03:00")] },
    duration: 30,
    range: ["2025-03-08T12:00Z", "2025-03-10T12:00Z"],
    expected: [],
  },
  // --- America/New_York, fall back 2025-11-02: 02:00 EDT (06:00Z) → 01:00 EST ---
  {
    name: "New York autumn: the 25-hour day offers both 01:00 and both 01:30",
    timeZone: "America/New_York",
    weekly: { 7: [hours("00:00", "03:00")] },
    duration: 30,
    range: ["2025-11-01T12:00Z", "2025-11-03T12:00Z"],
    // 00:00 EDT = 04:00Z … 01:30 EDT = 05:30Z, 01:00 EST = 06:00Z … 02:30 EST = 07:30Z
    expected: [
      "2025-11-02T04:00Z",
      "2025-11-02T04:30Z",
      "2025-11-02T05:00Z",
      "2025-11-02T05:30Z",
      "2025-11-02T06:00Z",
      "2025-11-02T06:30Z",
      "2025-11-02T07:00Z",
      "2025-11-02T07:30Z",
    ],
  },
  {
    name: "New York autumn: ambiguous range boundaries resolve to the earlier instant",
    timeZone: "America/New_York",
    weekly: { 7: [hours("01:00", "01:30")] },
    duration: 30,
    range: ["2025-11-01T12:00Z", "2025-11-03T12:00Z"],
    expected: ["2025-11-02T05:00Z"],
  },
  // --- Europe/London: spring 2025-03-30 01:00Z (01:00 GMT → 02:00 BST), autumn 2025-10-26 01:00Z ---
  {
    name: "London spring: 01:00 and 01:30 are skipped; the 00:00–03:00 window is 2 hours",
    timeZone: "Europe/London",
    weekly: { 7: [hours("00:00", "03:00")] },
    duration: 60,
    range: ["2025-03-29T12:00Z", "2025-03-31T12:00Z"],
    expected: ["2025-03-30T00:00Z", "2025-03-30T00:30Z", "2025-03-30T01:00Z"],
  },
  {
    name: "London autumn: 00:30 BST (previous UTC day) to 02:30 GMT is 3 hours",
    timeZone: "Europe/London",
    weekly: { 7: [hours("00:30", "02:30")] },
    duration: 90,
    range: ["2025-10-25T12:00Z", "2025-10-27T00:00Z"],
    expected: ["2025-10-25T23:30Z", "2025-10-26T00:00Z", "2025-10-26T00:30Z", "2025-10-26T01:00Z"],
  },
  // --- Overrides on transition days ---
  {
    name: "override on New York spring day replaces weekly hours; a day-off override empties Monday",
    timeZone: "America/New_York",
    weekly: { 7: [hours("09:00", "17:00")], 1: [hours("09:00", "10:00")] },
    overrides: [
      { date: "2025-03-09", ranges: [hours("01:30", "03:30")] },
      { date: "2025-03-10", ranges: [] },
    ],
    duration: 30,
    range: ["2025-03-08T12:00Z", "2025-03-11T04:00Z"],
    // 01:30 EST = 06:30Z, 03:00 EDT = 07:00Z; window ends 03:30 EDT = 07:30Z
    expected: ["2025-03-09T06:30Z", "2025-03-09T07:00Z"],
  },
  {
    name: "override on London autumn day: 01:00–02:00 spans 01:00 BST to 02:00 GMT",
    timeZone: "Europe/London",
    weekly: {},
    overrides: [{ date: "2025-10-26", ranges: [hours("01:00", "02:00")] }],
    duration: 30,
    range: ["2025-10-25T12:00Z", "2025-10-27T00:00Z"],
    expected: ["2025-10-26T00:00Z", "2025-10-26T00:30Z", "2025-10-26T01:00Z", "2025-10-26T01:30Z"],
  },
  // --- Australia/Lord_Howe: 30-minute DST; 2025-04-06 02:00 (+11) → 01:30 (+10:30) at 15:00Z ---
  {
    name: "Lord Howe autumn: 01:30 happens twice, 30 minutes apart",
    timeZone: "Australia/Lord_Howe",
    weekly: { 7: [hours("01:00", "03:00")] },
    duration: 30,
    range: ["2025-04-05T00:00Z", "2025-04-06T12:00Z"],
    expected: ["2025-04-05T14:00Z", "2025-04-05T14:30Z", "2025-04-05T15:00Z", "2025-04-05T15:30Z", "2025-04-05T16:00Z"],
  },
  // --- Fractional offsets ---
  {
    name: "Kolkata (+05:30): local :00/:30 is UTC :30/:00",
    timeZone: "Asia/Kolkata",
    weekly: { 1: [hours("09:00", "11:00")] },
    duration: 45,
    range: ["2025-06-01T00:00Z", "2025-06-03T00:00Z"],
    expected: ["2025-06-02T03:30Z", "2025-06-02T04:00Z", "2025-06-02T04:30Z"],
  },
  {
    name: "Kathmandu (+05:45): local :00/:30 is UTC :15/:45",
    timeZone: "Asia/Kathmandu",
    weekly: { 1: [hours("09:00", "10:30")] },
    duration: 30,
    range: ["2025-06-01T00:00Z", "2025-06-03T00:00Z"],
    expected: ["2025-06-02T03:15Z", "2025-06-02T03:45Z", "2025-06-02T04:15Z"],
  },
  {
    name: "Kathmandu: a range starting off-grid (09:10) begins at the next local half hour",
    timeZone: "Asia/Kathmandu",
    weekly: { 1: [hours("09:10", "10:30")] },
    duration: 30,
    range: ["2025-06-01T00:00Z", "2025-06-03T00:00Z"],
    expected: ["2025-06-02T03:45Z", "2025-06-02T04:15Z"],
  },
  // --- Buffers (UTC so the arithmetic is plain); 2025-06-02 is a Monday ---
  {
    name: "buffer surrounds the interviewer's busy time",
    timeZone: "UTC",
    weekly: { 1: [hours("09:00", "13:00")] },
    duration: 60,
    bufferMinutes: 15,
    // blocked: [07:45, 09:00) and [10:15, 11:15)
    interviewerBusy: [
      ["2025-06-02T08:00Z", "2025-06-02T08:45Z"],
      ["2025-06-02T10:30Z", "2025-06-02T11:00Z"],
    ],
    range: ["2025-06-02T00:00Z", "2025-06-03T00:00Z"],
    expected: ["2025-06-02T09:00Z", "2025-06-02T11:30Z", "2025-06-02T12:00Z"],
  },
  {
    name: "the candidate's busy time only must not overlap (no buffer)",
    timeZone: "UTC",
    weekly: { 1: [hours("09:00", "12:00")] },
    duration: 60,
    bufferMinutes: 15,
    candidateBusy: [["2025-06-02T09:00Z", "2025-06-02T10:00Z"]],
    range: ["2025-06-02T00:00Z", "2025-06-03T00:00Z"],
    expected: ["2025-06-02T10:00Z", "2025-06-02T10:30Z", "2025-06-02T11:00Z"],
  },
  // --- Notice, horizon, range ---
  {
    name: "notice: a start exactly now + notice is allowed",
    timeZone: "UTC",
    weekly: { 1: [hours("09:00", "12:00")] },
    duration: 30,
    now: "2025-06-02T08:00Z",
    minNoticeHours: 2,
    range: ["2025-06-02T00:00Z", "2025-06-03T00:00Z"],
    expected: ["2025-06-02T10:00Z", "2025-06-02T10:30Z", "2025-06-02T11:00Z", "2025-06-02T11:30Z"],
  },
  {
    name: "notice: an off-grid threshold rounds up to the next grid start",
    timeZone: "UTC",
    weekly: { 1: [hours("09:00", "12:00")] },
    duration: 30,
    now: "2025-06-02T08:10Z",
    minNoticeHours: 2,
    range: ["2025-06-02T00:00Z", "2025-06-03T00:00Z"],
    expected: ["2025-06-02T10:30Z", "2025-06-02T11:00Z", "2025-06-02T11:30Z"],
  },
  {
    name: "horizon: starts must be strictly before now + horizonDays × 24 h",
    timeZone: "UTC",
    weekly: everyDay("08:00", "10:00"),
    duration: 30,
    now: "2025-06-02T09:00Z",
    horizonDays: 1,
    range: ["2025-06-02T00:00Z", "2025-06-05T00:00Z"],
    expected: ["2025-06-02T09:00Z", "2025-06-02T09:30Z", "2025-06-03T08:00Z", "2025-06-03T08:30Z"],
  },
  {
    name: "range bounds the start only: the end is exclusive, the interview may run past it",
    timeZone: "UTC",
    weekly: { 1: [hours("09:00", "12:00")] },
    duration: 60,
    range: ["2025-06-02T09:30Z", "2025-06-02T10:30Z"],
    expected: ["2025-06-02T09:30Z", "2025-06-02T10:00Z"],
  },
  // --- Weekly cap: Monday–Sunday in Asia/Tokyo (+09), where Monday starts on Sunday 15:00Z ---
  {
    name: "cap: a booking on local Monday (UTC Sunday) fills the local week, not the UTC week",
    timeZone: "Asia/Tokyo",
    weekly: everyDay("08:00", "09:00"),
    duration: 60,
    maxPerWeek: 1,
    bookings: ["2025-06-08T22:00Z"], // Mon 2025-06-09 07:00 JST
    range: ["2025-06-07T00:00Z", "2025-06-10T00:00Z"],
    // local Sun 8th (week of 2 June) survives; local Mon 9th and Tue 10th are capped
    expected: ["2025-06-07T23:00Z"],
  },
  {
    name: "cap: a week below the cap offers every slot (each counts as one more)",
    timeZone: "Asia/Tokyo",
    weekly: everyDay("08:00", "09:00"),
    duration: 60,
    maxPerWeek: 2,
    bookings: ["2025-06-08T22:00Z"],
    range: ["2025-06-07T00:00Z", "2025-06-10T00:00Z"],
    expected: ["2025-06-07T23:00Z", "2025-06-08T23:00Z", "2025-06-09T23:00Z"],
  },
  {
    name: "cap of zero offers nothing",
    timeZone: "Asia/Tokyo",
    weekly: everyDay("08:00", "09:00"),
    duration: 60,
    maxPerWeek: 0,
    range: ["2025-06-07T00:00Z", "2025-06-10T00:00Z"],
    expected: [],
  },
  // --- Year end ---
  {
    name: "year end in Los Angeles (PST): Wednesday 31 Dec and Thursday 1 Jan",
    timeZone: "America/Los_Angeles",
    weekly: { 3: [hours("09:00", "10:00")], 4: [hours("09:00", "10:00")] },
    duration: 60,
    range: ["2025-12-31T00:00Z", "2026-01-02T00:00Z"],
    expected: ["2025-12-31T17:00Z", "2026-01-01T17:00Z"],
  },
  {
    name: "year end: the ISO week 29 Dec – 4 Jan is one week for the cap",
    timeZone: "America/Los_Angeles",
    weekly: { 3: [hours("09:00", "10:00")], 4: [hours("09:00", "10:00")] },
    duration: 60,
    maxPerWeek: 1,
    bookings: ["2025-12-29T18:00Z"], // Mon 29 Dec 10:00 PST
    range: ["2025-12-31T00:00Z", "2026-01-02T00:00Z"],
    expected: [],
  },
  {
    name: "year end in Auckland (+13): local Thursday 1 Jan 2026 is still 2025 in UTC",
    timeZone: "Pacific/Auckland",
    weekly: { 4: [hours("09:00", "10:00")] },
    duration: 60,
    range: ["2025-12-31T00:00Z", "2026-01-01T00:00Z"],
    expected: ["2025-12-31T20:00Z"],
  },
  // --- Window shape ---
  {
    name: "ranges that touch across midnight are joined (23:00–24:00, 00:00–01:00), so 23:30 is offered",
    timeZone: "America/New_York",
    weekly: { 6: [hours("23:00", "24:00")], 7: [hours("00:00", "01:00")] },
    duration: 60,
    range: ["2025-03-08T12:00Z", "2025-03-09T12:00Z"],
    // Sat 23:00 EST = Sun 04:00Z; 23:30 EST straddles midnight; Sun 00:00 EST = 05:00Z ends at 01:00
    expected: ["2025-03-09T04:00Z", "2025-03-09T04:30Z", "2025-03-09T05:00Z"],
  },
  {
    name: "a search ending at 23:31 still sees the next day's range that the last slot joins",
    timeZone: "UTC",
    weekly: { 1: [hours("23:00", "24:00")], 2: [hours("00:00", "01:00")] },
    duration: 60,
    range: ["2025-06-02T23:00Z", "2025-06-02T23:31Z"],
    expected: ["2025-06-02T23:00Z", "2025-06-02T23:30Z"],
  },
  {
    name: "a range crossing midnight (22:00–02:00) runs into the next day's small hours",
    timeZone: "UTC",
    weekly: { 1: [hours("22:00", "02:00")] },
    duration: 60,
    range: ["2025-06-02T00:00Z", "2025-06-04T00:00Z"],
    expected: [
      "2025-06-02T22:00Z",
      "2025-06-02T22:30Z",
      "2025-06-02T23:00Z",
      "2025-06-02T23:30Z",
      "2025-06-03T00:00Z",
      "2025-06-03T00:30Z",
      "2025-06-03T01:00Z",
    ],
  },
  {
    name: "Sunday's overnight hours reach Monday, even when the search starts on Monday",
    timeZone: "UTC",
    weekly: { 7: [hours("23:00", "01:00")] },
    duration: 60,
    range: ["2025-06-09T00:00Z", "2025-06-09T02:00Z"],
    expected: ["2025-06-09T00:00Z"],
  },
  {
    name: "an overnight range across London's spring-forward gap is three real hours (23:00 GMT – 03:00 BST)",
    timeZone: "Europe/London",
    weekly: { 6: [hours("23:00", "03:00")] },
    duration: 60,
    range: ["2025-03-29T12:00Z", "2025-03-30T12:00Z"],
    // 01:00Z is 02:00 BST, the first local :00 after the gap; 02:00Z (03:00 BST) closes the window
    expected: ["2025-03-29T23:00Z", "2025-03-29T23:30Z", "2025-03-30T00:00Z", "2025-03-30T00:30Z", "2025-03-30T01:00Z"],
  },
  {
    name: "Santiago springs forward at midnight: 22:00–02:00 on Sat 6 Sep 2025 skips the missing 00:00 hour",
    timeZone: "America/Santiago",
    weekly: { 6: [hours("22:00", "02:00")] },
    duration: 60,
    range: ["2025-09-06T12:00Z", "2025-09-07T12:00Z"],
    // 22:00 −04 = 02:00Z … 23:30 −04 = 03:30Z; then 01:00 −03 = 04:00Z; the window closes at 02:00 −03 = 05:00Z
    expected: ["2025-09-07T02:00Z", "2025-09-07T02:30Z", "2025-09-07T03:00Z", "2025-09-07T03:30Z", "2025-09-07T04:00Z"],
  },
  {
    name: "a date override off on Monday removes Monday's overnight hours, tail included",
    timeZone: "UTC",
    weekly: { 1: [hours("22:00", "02:00")], 2: [hours("01:00", "03:00")] },
    overrides: [{ date: "2025-06-02", ranges: [] }],
    duration: 60,
    range: ["2025-06-02T00:00Z", "2025-06-04T00:00Z"],
    expected: ["2025-06-03T01:00Z", "2025-06-03T01:30Z", "2025-06-03T02:00Z"],
  },
  {
    name: "overlapping ranges on one day give each start once, in order",
    timeZone: "UTC",
    weekly: { 1: [hours("10:00", "12:00"), hours("09:00", "11:00")] },
    duration: 60,
    range: ["2025-06-02T00:00Z", "2025-06-03T00:00Z"],
    expected: ["2025-06-02T09:00Z", "2025-06-02T09:30Z", "2025-06-02T10:00Z", "2025-06-02T10:30Z", "2025-06-02T11:00Z"],
  },
  {
    name: "an empty or inverted range yields nothing",
    timeZone: "UTC",
    weekly: everyDay("00:00", "24:00"),
    duration: 30,
    range: ["2025-06-02T10:00Z", "2025-06-02T10:00Z"],
    expected: [],
  },
];

describe("findSlots", () => {
  it.each(cases)("$name", (c) => {
    const slots = findSlots(queryFor(c)).map((d) => d.toISOString());
    expect(slots).toEqual(c.expected.map(iso));
  });
});

describe("findSlots input validation", () => {
  const valid: Case = {
    name: "valid",
    timeZone: "UTC",
    weekly: { 1: [hours("09:00", "10:00")] },
    duration: 30,
    range: ["2025-06-02T00:00Z", "2025-06-03T00:00Z"],
    expected: [],
  };
  const invalid: [string, (q: SlotQuery) => void][] = [
    ["unknown zone", (q) => void (q.rules.timeZone = "Mars/Olympus_Mons")],
    ["hour without leading zero", (q) => void (q.rules.weekly[1] = [hours("9:00", "10:00")])],
    ["24:30", (q) => void (q.rules.weekly[1] = [hours("09:00", "24:30")])],
    ["range starting at 24:00", (q) => void (q.rules.weekly[1] = [hours("24:00", "24:00")])],
    ["range ending where it starts", (q) => void (q.rules.weekly[1] = [hours("10:00", "10:00")])],
    ["weekday 8", (q) => void (q.rules.weekly = { ...q.rules.weekly, ...({ 8: [] } as object) })],
    ["impossible override date", (q) => void (q.rules.overrides = [{ date: "2025-02-30", ranges: [] }])],
    [
      "duplicate override date",
      (q) =>
        void (q.rules.overrides = [
          { date: "2025-06-02", ranges: [] },
          { date: "2025-06-02", ranges: [] },
        ]),
    ],
    ["zero duration", (q) => void (q.durationMinutes = 0)],
    ["fractional duration", (q) => void (q.durationMinutes = 30.5)],
    ["negative notice", (q) => void (q.rules.minNoticeHours = -1)],
    ["fractional cap", (q) => void (q.rules.maxPerWeek = 1.5)],
    ["invalid now", (q) => void (q.now = new Date("nope"))],
    [
      "busy interval ending before it starts",
      (q) => void (q.candidateBusy = [{ start: new Date("2025-06-02T10:00Z"), end: new Date("2025-06-02T09:00Z") }]),
    ],
    ["span over 400 days", (q) => void (q.range.end = new Date("2027-06-02T00:00Z"))],
  ];

  it("accepts the baseline query", () => {
    expect(findSlots(queryFor(valid)).map((d) => d.toISOString())).toEqual([
      iso("2025-06-02T09:00Z"),
      iso("2025-06-02T09:30Z"),
    ]);
  });

  it.each(invalid)("rejects %s", (_label, mutate) => {
    const query = queryFor(valid);
    mutate(query);
    expect(() => findSlots(query)).toThrow(InvalidSlotQueryError);
  });
});
