import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { formatRelative, instantOfWallTime, shiftDay } from "./wall-time";

const ZONES = [
  "Europe/London",
  "America/New_York",
  "America/Santiago", // DST changes at midnight
  "Asia/Tehran",
  "Australia/Lord_Howe", // half-hour change
  "Pacific/Chatham",
  "America/St_Johns",
  "Asia/Kathmandu",
  "Pacific/Kiritimati",
  "UTC",
];

describe("instantOfWallTime", () => {
  it("agrees with luxon around every change of 2026 and on a sample of other days, except times passed twice", () => {
    const clocks = (step: number) =>
      Array.from({ length: 1440 / step }, (_, i) => {
        const minutes = i * step;
        return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
      });
    for (const zone of ZONES) {
      for (let day = 0; day < 365; day += 1) {
        const isoDate = shiftDay("2026-01-01", day);
        const start = DateTime.fromISO(isoDate, { zone });
        const changes = start.minus({ days: 1 }).offset !== start.plus({ days: 2 }).offset;
        if (!changes && day % 9 !== 0) continue;
        for (const clock of clocks(changes ? 15 : 360)) {
          const theirs = DateTime.fromISO(`${isoDate}T${clock}`, { zone });
          const passedTwice =
            theirs.minus({ hours: 1 }).toFormat("HH:mm") === clock ||
            theirs.plus({ hours: 1 }).toFormat("HH:mm") === clock;
          if (passedTwice) continue;
          expect(instantOfWallTime(isoDate, clock, zone), `${zone} ${isoDate} ${clock}`).toBe(theirs.toMillis());
        }
      }
    }
  }, 60_000);

  it("takes the first of a time the clocks pass twice", () => {
    // London, 26 October 2025: 01:30 happens at 00:30 UTC (BST) and again at 01:30 UTC (GMT).
    expect(new Date(instantOfWallTime("2025-10-26", "01:30", "Europe/London")!).toISOString()).toBe(
      "2025-10-26T00:30:00.000Z",
    );
  });

  it("moves a skipped time on by the gap", () => {
    // New York, 9 March 2025: 02:30 does not exist; it reads as 03:30 EDT.
    expect(new Date(instantOfWallTime("2025-03-09", "02:30", "America/New_York")!).toISOString()).toBe(
      "2025-03-09T07:30:00.000Z",
    );
  });

  it("refuses dates and times that are not real", () => {
    expect(instantOfWallTime("2025-02-30", "10:00", "UTC")).toBeNull();
    expect(instantOfWallTime("2025-02-10", "24:00", "UTC")).toBeNull();
    expect(instantOfWallTime("", "10:00", "UTC")).toBeNull();
    expect(instantOfWallTime("2025-02-10", "9:00", "UTC")).toBeNull();
  });
});

describe("formatRelative", () => {
  const now = Date.UTC(2026, 11, 5, 12);
  it("says the largest whole unit, counted towards zero, as luxon's toRelative did", () => {
    for (const minutes of [0.5, 1, 59, 60, 61, 90, 60 * 23, 60 * 24, 60 * 47, 60 * 24 * 6, 60 * 24 * 29]) {
      const target = now + minutes * 60_000;
      expect(formatRelative(target, now, "en-GB"), `${minutes} min`).toBe(
        DateTime.fromMillis(target).toRelative({ base: DateTime.fromMillis(now), locale: "en-GB" }),
      );
    }
  });

  it("writes the viewer's language", () => {
    expect(formatRelative(now + 3 * 86_400_000, now, "de-DE")).toBe("in 3 Tagen");
  });
});

describe("shiftDay", () => {
  it("crosses months and leap days", () => {
    expect(shiftDay("2028-02-28", 1)).toBe("2028-02-29");
    expect(shiftDay("2028-03-01", -1)).toBe("2028-02-29");
    expect(shiftDay("2026-12-31", 1)).toBe("2027-01-01");
  });
});
