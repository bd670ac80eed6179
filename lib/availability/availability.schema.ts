import { z } from "zod";
import { calendarDate, OVERRIDES } from "../input/dates";
import { line } from "../input/text";
import { isValidTimeZone } from "../users/profile.schema";

/**
 * One schema for the availability editor and PUT /api/v1/me/availability.
 * Times are local wall-clock "HH:mm" in the person's zone; "24:00" ends a day.
 */
const clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "Use a time like 09:30");

export function minutesOf(clockTime: string): number {
  const [h, m] = clockTime.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

const timeRange = z.object({ start: clock, end: clock });

/** Ranges of one day: each ends after it starts, and none overlap (errors point at the offending field). */
const dayRanges = z
  .array(timeRange)
  .max(8, "At most 8 ranges a day")
  .superRefine((ranges, ctx) => {
    ranges.forEach((r, i) => {
      if (minutesOf(r.end) <= minutesOf(r.start)) {
        ctx.addIssue({ code: "custom", path: [i, "end"], message: "End must be after start" });
      }
    });
    const sorted = ranges.map((r, i) => ({ ...r, i })).sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1]!;
      const cur = sorted[k]!;
      if (minutesOf(cur.start) < minutesOf(prev.end)) {
        ctx.addIssue({ code: "custom", path: [cur.i, "start"], message: `Overlaps ${prev.start}–${prev.end}` });
      }
    }
  });

export const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;
export const WEEKDAY_NAMES: Record<(typeof WEEKDAYS)[number], string> = {
  "1": "Monday",
  "2": "Tuesday",
  "3": "Wednesday",
  "4": "Thursday",
  "5": "Friday",
  "6": "Saturday",
  "7": "Sunday",
};

export const availabilitySchema = z.object({
  timeZone: z.string().refine(isValidTimeZone, "Choose a time zone from the list, such as Europe/London"),
  weekly: z.object(
    Object.fromEntries(WEEKDAYS.map((d) => [d, dayRanges])) as Record<(typeof WEEKDAYS)[number], typeof dayRanges>,
  ),
  overrides: z
    .array(z.object({ date: calendarDate("each override", OVERRIDES), ranges: dayRanges }))
    .max(100, "At most 100 date overrides")
    .superRefine((overrides, ctx) => {
      const seen = new Set<string>();
      overrides.forEach((o, i) => {
        if (seen.has(o.date))
          ctx.addIssue({ code: "custom", path: [i, "date"], message: "This date already has an override" });
        seen.add(o.date);
      });
    }),
  offeredTypes: z.array(line().min(1).max(40)).max(12),
  minNoticeHours: z.number().int().min(0).max(336, "At most two weeks' notice"),
  bufferMinutes: z.number().int().min(0).max(240, "At most 4 hours between interviews"),
  maxPerWeek: z.number().int().min(1, "At least 1, or leave empty for no limit").max(50).nullable(),
  horizonDays: z.number().int().min(1).max(180, "At most 180 days ahead"),
});

export type AvailabilityInput = z.infer<typeof availabilitySchema>;

/** GET and PUT /api/v1/me/availability: what was saved, with the version the slot caches key on. */
export const availabilityResponseSchema = availabilitySchema.extend({ version: z.number().int() });
export type AvailabilityResponse = z.output<typeof availabilityResponseSchema>;
