import { describe, expect, it } from "vitest";
import { localDate } from "./zoned-time";

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
