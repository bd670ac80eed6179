import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import {
  formatClock as clock,
  formatDay,
  formatSpan as span,
  localDate,
  resolveStartDay,
  shiftWeek,
  todayIn,
  utcOffsetMinutes,
  weekBounds,
  weekDays,
  weekRangeLabel,
} from "./viewer-time";

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
describe("weeks as calendar dates", () => {
  const mondays = Array.from({ length: 6 * 53 }, (_, k) =>
    DateTime.fromISO("2023-01-02", { zone: "UTC" }).plus({ weeks: k }).toISODate()!,
  );

  it("labels every day as luxon did in en-GB, across month and year ends and leap days", () => {
    for (const monday of mondays) expect(weekDays(monday, "en-GB")).toEqual(luxonWeekDays(monday));
  });

  it("shifts weeks by calendar days, whatever the zone's clock changes", () => {
    for (const monday of mondays) {
      for (const weeks of [-1, 1, 26]) {
        expect(shiftWeek(monday, weeks)).toBe(DateTime.fromISO(monday, { zone: "UTC" }).plus({ weeks }).toISODate());
      }
    }
  });

  it("writes the three kinds of range as each locale does", () => {
    const label = (monday: string, locale: "en-GB" | "en-US" | "de-DE") =>
      weekRangeLabel(monday, locale).replace(/\s/g, " ");
    expect(label("2026-03-02", "en-GB")).toBe("2 – 8 March 2026");
    expect(label("2026-03-30", "en-GB")).toBe("30 March – 5 April 2026");
    expect(label("2025-12-29", "en-GB")).toBe("29 December 2025 – 4 January 2026");
    expect(label("2026-03-02", "en-US")).toBe("March 2 – 8, 2026");
    expect(label("2025-12-29", "en-US")).toBe("December 29, 2025 – January 4, 2026");
    expect(label("2026-03-30", "de-DE")).toBe("30. März – 5. April 2026");
  });
});

describe("weeks in the viewer's zone, as luxon computed them", () => {
  // Daylight saving changes at midnight (Santiago, Havana, Beirut, Tehran until 2022, São Paulo until 2019,
  // Cairo), half-hour ones (Lord Howe), the extremes of UTC offsets (Kiritimati +14, Pago Pago −11) and the usual.
  const zones = [
    "America/Santiago",
    "America/Havana",
    "Asia/Beirut",
    "Asia/Tehran",
    "America/Sao_Paulo",
    "Africa/Cairo",
    "Australia/Lord_Howe",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "Pacific/Chatham",
    "Asia/Kathmandu",
    "America/St_Johns",
    "America/New_York",
    "Europe/London",
    "Asia/Kolkata",
    "UTC",
  ];
  const mondays = Array.from({ length: 10 * 53 }, (_, k) =>
    DateTime.fromISO("2018-01-01", { zone: "UTC" }).plus({ weeks: k }).toISODate()!,
  );

  it("bounds a week from local Monday 00:00 to the next, for every week of ten years, weeks end to end", () => {
    const startOfDay = (date: string, zone: string) =>
      DateTime.fromISO(date, { zone }).startOf("day").toJSDate().toISOString();
    for (const zone of zones) {
      for (const monday of mondays) {
        const bounds = weekBounds(monday, zone);
        expect(bounds, `${zone} ${monday}`).toEqual({
          from: startOfDay(monday, zone),
          to: startOfDay(shiftWeek(monday, 1), zone),
        });
        expect(bounds.to).toBe(weekBounds(shiftWeek(monday, 1), zone).from);
      }
    }
    // Luxon's `start.plus({ weeks: 1 })` carried a skipped midnight's 01:00 into the next week: Tehran's
    // week of 22 March 2021 (clocks 00:00 → 01:00) ended an hour into the next one, which began at 00:00.
    expect(weekBounds("2021-03-22", "Asia/Tehran")).toEqual({
      from: "2021-03-21T20:30:00.000Z",
      to: "2021-03-28T19:30:00.000Z",
    });
  }, 60_000); // ~5 s of luxon on a quiet machine: the default 5 s limit failed it on a busy one.

  it("finds today in the viewer's zone, and takes any ?week= date from today on as the first of seven days", () => {
    for (const zone of zones) {
      for (let hour = 0; hour < 24 * 400; hour += 7) {
        const now = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000);
        expect(todayIn(zone, now), `${zone} ${now.toISOString()}`).toBe(DateTime.fromJSDate(now, { zone }).toISODate());
      }
    }
    const today = "2026-03-07"; // a Saturday: the seven days run to Friday, not back to Monday
    expect(resolveStartDay("2026-03-12", today)).toBe("2026-03-12");
    expect(resolveStartDay("2026-03-07", today)).toBe(today);
    expect(resolveStartDay("2026-02-30", today)).toBe(today); // no such date
    expect(resolveStartDay("2026-03-02", today)).toBe(today); // past, even earlier this Monday-week
    expect(resolveStartDay("2026-09-06", today)).toBe(today); // beyond 26 weeks
    expect(resolveStartDay("2026-09-05", today)).toBe("2026-09-05"); // the 26th week on
    expect(resolveStartDay("next", today)).toBe(today);
    expect(resolveStartDay(null, today)).toBe(today);
  });
});

describe("times and days in the viewer's locale", () => {
  const evening = "2026-03-13T18:00:00.000Z"; // 23:30 in Kolkata
  const morning = "2026-03-13T04:05:00.000Z"; // 09:35 in Kolkata
  // ICU puts a narrow no-break space before AM/PM (and thin ones around range dashes); compare as plain spaces.
  const formatClock = (...args: Parameters<typeof clock>) => clock(...args).replace(/\s/g, " ");
  const formatSpan = (...args: Parameters<typeof span>) => span(...args).replace(/\s/g, " ");

  it("writes a 24-hour clock in en-GB and de-DE, a 12-hour one in en-US", () => {
    expect(formatClock(evening, "Asia/Kolkata", "en-GB")).toBe("23:30");
    expect(formatClock(morning, "Asia/Kolkata", "en-GB")).toBe("09:35");
    expect(formatClock(evening, "Asia/Kolkata", "de-DE")).toBe("23:30");
    expect(formatClock(evening, "Asia/Kolkata", "en-US")).toBe("11:30 PM");
    expect(formatClock(morning, "Asia/Kolkata", "en-US")).toBe("9:35 AM");
    expect(formatClock("2026-03-13T18:30:00.000Z", "Asia/Kolkata", "en-US")).toBe("12:00 AM");
  });

  it("writes days the locale's way", () => {
    expect(formatDay(evening, "Asia/Kolkata", "en-GB")).toBe("Fri 13 Mar");
    expect(formatDay(evening, "Asia/Kolkata", "en-US")).toBe("Fri, Mar 13");
    expect(formatDay(evening, "Asia/Kolkata", "de-DE")).toBe("Fr., 13. März");
    expect(formatDay(evening, "Asia/Kolkata", "en-GB", true)).toBe("Fri, 13 Mar 2026");
  });

  it("says which day a span ends on when it crosses midnight, but not when it ends at midnight", () => {
    const zone = "Europe/London";
    expect(formatSpan("2026-03-13T23:00:00.000Z", "2026-03-14T00:00:00.000Z", zone, "en-GB")).toBe(
      "Fri 13 Mar, 23:00–00:00",
    );
    expect(formatSpan("2026-03-13T23:30:00.000Z", "2026-03-14T00:15:00.000Z", zone, "en-GB")).toBe(
      "Fri 13 Mar, 23:30–00:15 (ends Sat 14 Mar)",
    );
    expect(formatSpan("2026-03-13T23:30:00.000Z", "2026-03-14T00:15:00.000Z", zone, "en-US")).toBe(
      "Fri, Mar 13, 11:30 PM–12:15 AM (ends Sat, Mar 14)",
    );
  });
});

describe("utcOffsetMinutes", () => {
  it("matches luxon's offset across zones and daylight saving changes", () => {
    const zones = [
      "UTC",
      "Europe/London",
      "America/St_Johns",
      "Asia/Kolkata",
      "Asia/Kathmandu",
      "Australia/Lord_Howe",
      "Pacific/Chatham",
      "America/Los_Angeles",
    ];
    for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2027, 0, 1); at += 5 * 3_600_000 + 17 * 60_000) {
      for (const zone of zones) {
        expect({ zone, at, offset: utcOffsetMinutes(zone, at) }).toEqual({
          zone,
          at,
          offset: DateTime.fromMillis(at, { zone }).offset,
        });
      }
    }
  });
});
