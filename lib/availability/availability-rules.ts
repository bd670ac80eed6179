import { clockOf, WEEKDAYS, type AvailabilityInput } from "./availability.schema";
import type { AvailabilityRules, IsoWeekday } from "./slot-engine";

/** Stored rows, as loaded by get-availability.ts. */
export interface StoredAvailability {
  timeZone: string;
  settings: {
    minNoticeHours: number;
    bufferMinutes: number;
    maxPerWeek: number | null;
    horizonDays: number;
    version: number;
  };
  weekly: { weekday: number; startMinute: number; endMinute: number }[];
  overrides: { date: Date; ranges: { startMinute: number; endMinute: number }[] }[];
  offeredTypes: string[];
}

const byStart = (a: { startMinute: number }, b: { startMinute: number }) => a.startMinute - b.startMinute;
const toRange = (r: { startMinute: number; endMinute: number }) => ({
  start: clockOf(r.startMinute),
  end: clockOf(r.endMinute),
});
/** A DATE column arrives as midnight UTC; its calendar date is the UTC date. */
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export function toAvailabilityInput(stored: StoredAvailability): AvailabilityInput & { version: number } {
  const weekly = Object.fromEntries(
    WEEKDAYS.map((d) => [
      d,
      stored.weekly
        .filter((r) => r.weekday === Number(d))
        .sort(byStart)
        .map(toRange),
    ]),
  ) as AvailabilityInput["weekly"];
  return {
    timeZone: stored.timeZone,
    weekly,
    overrides: stored.overrides
      .map((o) => ({ date: isoDate(o.date), ranges: [...o.ranges].sort(byStart).map(toRange) }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    offeredTypes: stored.offeredTypes,
    minNoticeHours: stored.settings.minNoticeHours,
    bufferMinutes: stored.settings.bufferMinutes,
    maxPerWeek: stored.settings.maxPerWeek,
    horizonDays: stored.settings.horizonDays,
    version: stored.settings.version,
  };
}

/** The slot engine's view of someone's availability. */
export function toEngineRules(input: AvailabilityInput): AvailabilityRules {
  const weekly: AvailabilityRules["weekly"] = {};
  for (const d of WEEKDAYS) weekly[Number(d) as IsoWeekday] = input.weekly[d];
  return {
    timeZone: input.timeZone,
    weekly,
    overrides: input.overrides,
    minNoticeHours: input.minNoticeHours,
    bufferMinutes: input.bufferMinutes,
    maxPerWeek: input.maxPerWeek,
    horizonDays: input.horizonDays,
  };
}
