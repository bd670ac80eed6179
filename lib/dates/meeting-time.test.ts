import { describe, expect, it } from "vitest";
import { formatMeetingTime } from "./meeting-time";

const start = new Date("2026-12-01T14:00:00Z");
const end = new Date("2026-12-01T15:00:00Z");
// ICU puts a narrow no-break space before AM/PM and thin spaces in some ranges: compare with plain spaces.
const plain = (s: string) => s.replace(/[\u202f\u2009\u00a0]/g, " ");

describe("formatMeetingTime", () => {
  it("writes a day-month date and a 24-hour clock in en-GB", () => {
    expect(plain(formatMeetingTime(start, end, "Europe/Berlin", "en-GB"))).toBe(
      "Tuesday, 1 December 2026, 15:00–16:00 (Europe/Berlin, GMT+1)",
    );
  });

  it("writes a month-day date and a 12-hour clock in en-US", () => {
    expect(plain(formatMeetingTime(start, end, "Europe/Berlin", "en-US"))).toBe(
      "Tuesday, December 1, 2026, 3:00 PM–4:00 PM (Europe/Berlin, GMT+1)",
    );
  });

  it("writes German dates in de-DE", () => {
    expect(plain(formatMeetingTime(start, end, "Europe/Berlin", "de-DE"))).toBe(
      "Dienstag, 1. Dezember 2026, 15:00–16:00 (Europe/Berlin, GMT+1)",
    );
  });

  it("names UTC plainly, and falls back to it for a zone Intl does not know", () => {
    expect(plain(formatMeetingTime(start, end, "UTC", "en-GB"))).toBe("Tuesday, 1 December 2026, 14:00–15:00 (UTC)");
    expect(plain(formatMeetingTime(start, end, "Nowhere/Atlantis", "en-US"))).toBe(
      "Tuesday, December 1, 2026, 2:00 PM–3:00 PM (UTC)",
    );
  });

  it("writes the local date and midnight as 00:00 in en-GB, 12:00 AM in en-US", () => {
    const lateStart = new Date("2026-12-01T14:00:00Z");
    const lateEnd = new Date("2026-12-01T15:00:00Z");
    expect(plain(formatMeetingTime(lateStart, lateEnd, "Asia/Tokyo", "en-GB"))).toBe(
      "Tuesday, 1 December 2026, 23:00–00:00 (Asia/Tokyo, GMT+9)",
    );
    expect(plain(formatMeetingTime(lateStart, lateEnd, "Asia/Tokyo", "en-US"))).toBe(
      "Tuesday, December 1, 2026, 11:00 PM–12:00 AM (Asia/Tokyo, GMT+9)",
    );
  });
});
