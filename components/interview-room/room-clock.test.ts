import { describe, expect, it } from "vitest";
import { clockOffset, formatCountdown, spokenCountdown } from "./room-clock";

describe("room clock", () => {
  it("formats a countdown in minutes and seconds, with hours when needed", () => {
    expect(formatCountdown(60 * 60_000)).toBe("1:00:00");
    expect(formatCountdown(59 * 60_000 + 5_000)).toBe("59:05");
    expect(formatCountdown(4_001)).toBe("0:05");
    expect(formatCountdown(-10)).toBe("0:00");
    expect(formatCountdown((44 * 3600 + 29 * 60 + 16) * 1000)).toBe("1 day 20 h");
    expect(formatCountdown(48 * 3_600_000)).toBe("2 days");
    expect(formatCountdown(24 * 3_600_000 - 1000)).toBe("23:59:59");
  });

  it("says it in words", () => {
    expect(spokenCountdown(61_000)).toBe("1 minute 1 second");
    expect(spokenCountdown(2 * 3_600_000)).toBe("2 hours");
    expect(spokenCountdown(0)).toBe("0 seconds");
  });

  it("measures the offset to the server's clock from the middle of the round trip", () => {
    // The browser is 30 s behind; the request took 200 ms.
    const serverNow = new Date(1_000_000 + 30_000 + 100).toISOString();
    expect(clockOffset(serverNow, 1_000_000, 1_000_200)).toBe(30_000);
  });
});
