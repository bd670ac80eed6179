import { describe, expect, it } from "vitest";
import { dateTimeFormat } from "./date-time-format";

describe("dateTimeFormat", () => {
  it("gives the same instance for the same locale and options, and formats as Intl does", () => {
    const options = { timeZone: "Asia/Kolkata", hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
    const format = dateTimeFormat("en-GB", options);
    expect(dateTimeFormat("en-GB", { ...options })).toBe(format);
    expect(format.format(new Date("2026-03-13T18:00:00Z"))).toBe("23:30");
  });

  it("keeps zones and options apart", () => {
    const london = dateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", hourCycle: "h23" });
    const kolkata = dateTimeFormat("en-GB", { timeZone: "Asia/Kolkata", hour: "2-digit", hourCycle: "h23" });
    expect(london).not.toBe(kolkata);
    expect(london.format(new Date("2026-03-13T18:00:00Z"))).toBe("18");
    expect(kolkata.format(new Date("2026-03-13T18:00:00Z"))).toBe("23");
  });
});
