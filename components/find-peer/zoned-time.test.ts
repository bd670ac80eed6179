import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { localDate, shiftWeek, weekDays, weekRangeLabel } from "./zoned-time";

describe("localDate", () => {
  it("gives the ISO date an instant falls on in the viewer's zone", () => {
    expect(localDate("2026-03-13T18:00:00.000Z", "Asia/Kolkata")).toBe("2026-03-13"); // 23:30 there
    expect(localDate("2026-03-13T19:00:00.000Z", "Asia/Kolkata")).toBe("2026-03-14"); // 00:30 the next day
    expect(localDate("2026-03-13T03:00:00.000Z", "America/Los_Angeles")).toBe("2026-03-12");
  });

  it("follows a zone's half-hour daylight saving change (Lord Howe)", () => {
    // 5 April 2026 02:00 local: clocks go back half an hour; 13:30 UTC the day before is 00:30 local.
    expect(localDate("2026-04-04T13:30:00.000Z", "Australia/Lord_Howe")).toBe("2026-04-05");
    expect(localDate("2026-04-04T12:59:00.000Z", "Australia/Lord_Howe")).toBe("2026-04-04");
  });
});

/** The luxon versions these replaced, kept here as the oracle for every week of several years. */
const luxonWeekDays = (weekStart: string) => {
  const monday = DateTime.fromISO(weekStart, { zone: "UTC" });
  return Array.from({ length: 7 }, (_, i) => {
    const day = monday.plus({ days: i }).setLocale("en-GB");
    return {
      date: day.toISODate()!,
      longLabel: day.toFormat("cccc d LLLL"),
      weekday: day.toFormat("ccc"),
      shortDate: day.toFormat("d LLL"),
    };
  });
};
const luxonRange = (weekStart: string) => {
  const start = DateTime.fromISO(weekStart, { zone: "UTC" }).setLocale("en-GB");
  const end = start.plus({ days: 6 });
  if (start.year !== end.year) return `${start.toFormat("d LLLL yyyy")} – ${end.toFormat("d LLLL yyyy")}`;
  if (start.month !== end.month) return `${start.toFormat("d LLLL")} – ${end.toFormat("d LLLL yyyy")}`;
  return `${start.toFormat("d")}–${end.toFormat("d LLLL yyyy")}`;
};

describe("weeks as calendar dates", () => {
  const mondays = Array.from({ length: 6 * 53 }, (_, k) =>
    DateTime.fromISO("2023-01-02", { zone: "UTC" }).plus({ weeks: k }).toISODate()!,
  );

  it("labels every day and week as luxon did, across month and year ends and leap days", () => {
    for (const monday of mondays) {
      expect(weekDays(monday)).toEqual(luxonWeekDays(monday));
      expect(weekRangeLabel(monday)).toBe(luxonRange(monday));
    }
  });

  it("shifts weeks by calendar days, whatever the zone's clock changes", () => {
    for (const monday of mondays) {
      for (const weeks of [-1, 1, 26]) {
        expect(shiftWeek(monday, weeks)).toBe(
          DateTime.fromISO(monday, { zone: "UTC" }).plus({ weeks }).toISODate(),
        );
      }
    }
  });

  it("writes the three kinds of range", () => {
    expect(weekRangeLabel("2026-03-02")).toBe("2–8 March 2026");
    expect(weekRangeLabel("2026-03-30")).toBe("30 March – 5 April 2026");
    expect(weekRangeLabel("2025-12-29")).toBe("29 December 2025 – 4 January 2026");
  });
});
