/**
 * Micro-benchmark for the slot engine: microseconds per interviewer-fortnight.
 * Run: npx tsx scripts/bench-engine.ts   (or npm run bench:engine)
 *
 * One "interviewer-fortnight" = findSlots over 14 days for an interviewer with 3 ranges a day,
 * 2 date overrides and 20 busy intervals (12 theirs, 8 the candidate's), a weekly cap with
 * existing bookings, 60-minute interviews and a 15-minute buffer.
 *
 * "warm" is the steady state of a server: the per-zone offset cache already holds these days.
 * "cold" gives every call a fortnight (and so UTC days) the process has never seen.
 */
import { findSlots, type AvailabilityRules, type Interval, type SlotQuery } from "../lib/availability/slot-engine";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const ZONES = ["America/New_York", "Europe/London", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Sydney", "UTC"];
const INTERVIEWERS = 60;
const BATCHES = 9;
const CALLS_PER_BATCH = 3_000;

/** Small deterministic PRNG so every run benchmarks the same data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rulesFor(timeZone: string, rangeStart: number): AvailabilityRules {
  const day = [
    { start: "08:00", end: "10:30" },
    { start: "12:00", end: "14:00" },
    { start: "17:30", end: "21:00" },
  ];
  const isoDate = (offsetDays: number) => new Date(rangeStart + offsetDays * DAY).toISOString().slice(0, 10);
  return {
    timeZone,
    weekly: { 1: day, 2: day, 3: day, 4: day, 5: day, 6: day, 7: day },
    overrides: [
      { date: isoDate(3), ranges: [{ start: "10:00", end: "16:00" }] },
      { date: isoDate(9), ranges: [] },
    ],
    minNoticeHours: 12,
    bufferMinutes: 15,
    maxPerWeek: 6,
    horizonDays: 30,
  };
}

function busyIntervals(random: () => number, rangeStart: number, count: number): Interval[] {
  return Array.from({ length: count }, () => {
    const start = rangeStart + Math.floor(random() * 14 * 24 * 4) * 15 * MINUTE;
    return { start: new Date(start), end: new Date(start + (30 + Math.floor(random() * 4) * 30) * MINUTE) };
  });
}

function interviewerFortnight(index: number, rangeStart: number): SlotQuery {
  const random = prng(index + 1);
  const timeZone = ZONES[index % ZONES.length] ?? "UTC";
  return {
    rules: rulesFor(timeZone, rangeStart),
    durationMinutes: 60,
    range: { start: new Date(rangeStart), end: new Date(rangeStart + 14 * DAY) },
    now: new Date(rangeStart - 6 * HOUR),
    interviewerBusy: busyIntervals(random, rangeStart, 12),
    candidateBusy: busyIntervals(random, rangeStart, 8),
    interviewerBookingStarts: [1, 2, 8].map((d) => new Date(rangeStart + d * DAY + 9 * HOUR)),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

let sink = 0; // keeps the JIT from discarding the work

function microsecondsPerCall(queries: readonly SlotQuery[], calls: number): number {
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) sink += findSlots(queries[i % queries.length] as SlotQuery).length;
  return Number(process.hrtime.bigint() - started) / 1_000 / calls;
}

function main(): void {
  // A fortnight spanning the US spring-forward, so DST handling is on the measured path.
  const rangeStart = Date.parse("2026-03-02T00:00:00Z");
  const queries = Array.from({ length: INTERVIEWERS }, (_, i) => interviewerFortnight(i, rangeStart));
  const slotsPerCall = queries.reduce((sum, q) => sum + findSlots(q).length, 0) / queries.length;

  microsecondsPerCall(queries, 20_000); // warm-up: JIT and offset cache
  const warm = Array.from({ length: BATCHES }, () => microsecondsPerCall(queries, CALLS_PER_BATCH));

  // Each cold call gets a fortnight 3 weeks after the previous one: all its UTC days are new.
  const coldQueries = Array.from({ length: 600 }, (_, i) =>
    interviewerFortnight(i, Date.parse("2040-01-06T00:00:00Z") + i * 21 * DAY),
  );
  const cold = microsecondsPerCall(coldQueries, coldQueries.length);

  console.log(`node ${process.version} (${process.arch})`);
  console.log(`interviewer-fortnight: 3 ranges/day, 2 overrides, 20 busy intervals, ~${slotsPerCall.toFixed(0)} slots`);
  console.log(
    `warm: ${median(warm).toFixed(1)} µs per interviewer-fortnight (median of ${BATCHES} batches × ${CALLS_PER_BATCH})`,
  );
  console.log(`      batches: ${warm.map((v) => v.toFixed(1)).join(", ")}`);
  console.log(`cold: ${cold.toFixed(1)} µs per interviewer-fortnight (offset cache empty for those days)`);
  if (sink < 0) console.log(sink);
}

main();
