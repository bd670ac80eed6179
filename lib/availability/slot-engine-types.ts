/** The slot engine's inputs (slot-engine.ts), apart from it so the rule compiler can use them without an import loop. */

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Local wall-clock range, "HH:mm" to "HH:mm"; end may be "24:00" (end of the day). */
export interface TimeRange {
  start: string;
  end: string;
}

/** Replaces the weekly hours on one local date; an empty list means a day off. */
export interface DateOverride {
  date: string; // YYYY-MM-DD in the interviewer's zone
  ranges: TimeRange[];
}

export interface AvailabilityRules {
  timeZone: string; // IANA name, e.g. "Europe/London"
  weekly: Partial<Record<IsoWeekday, TimeRange[]>>;
  overrides: DateOverride[];
  minNoticeHours: number; // start >= now + notice
  bufferMinutes: number; // kept free before and after each of the interviewer's busy intervals
  maxPerWeek: number | null; // null = no cap
  horizonDays: number; // start < now + horizonDays × 24 h
}

/** Half-open [start, end). */
export interface Interval {
  start: Date;
  end: Date;
}

export interface SlotQuery {
  rules: AvailabilityRules;
  durationMinutes: number;
  range: Interval; // only starts within [range.start, range.end)
  now: Date;
  interviewerBusy: Interval[]; // should include the interviewer's existing bookings
  candidateBusy: Interval[];
  interviewerBookingStarts?: Date[]; // counted toward the weekly cap
}
