import { describe, expect, it } from "vitest";
import {
  chartRows,
  describeOffset,
  describeTrend,
  formatChange,
  formatScore,
  formatShare,
  ratingRows,
} from "./progress-format";

describe("numbers as people read them", () => {
  it("shows scores with one decimal and a dash for none", () => {
    expect(formatScore(3.14)).toBe("3.1");
    expect(formatScore(null)).toBe("—");
  });

  it("signs changes with a real minus and calls a rounded zero no change", () => {
    expect(formatChange(0.56)).toBe("+0.6");
    expect(formatChange(-0.31)).toBe("\u22120.3");
    expect(formatChange(0.04)).toBe("no change");
    expect(formatChange(null)).toBe("—");
  });

  it("shows shares as whole percentages", () => {
    expect(formatShare(0.834)).toBe("83%");
    expect(formatShare(null)).toBe("—");
  });
});

describe("describeOffset", () => {
  it("says a positive offset is generous and that calibration takes it off", () => {
    expect(describeOffset(0.42)).toMatch(/0\.4 points more generously.*take 0\.4 off/);
  });

  it("says a negative offset is strict and that calibration adds it", () => {
    expect(describeOffset(-0.45)).toMatch(/0\.5 points more strictly.*add 0\.5/);
  });

  it("calls a tiny offset in line, and none not yet known", () => {
    expect(describeOffset(0.05)).toMatch(/in line/);
    expect(describeOffset(null)).toMatch(/Not enough feedback/);
  });
});

describe("chart rows", () => {
  const series = [
    {
      bookingId: "b2",
      at: "2026-11-02T14:00:00.000Z",
      score: 3,
      calibrated: 3.451,
      interviewerId: "i",
      rubricVersion: 2,
    },
    {
      bookingId: "b1",
      at: "2026-10-05T18:45:00.000Z",
      score: 2,
      calibrated: 2.2,
      interviewerId: "i",
      rubricVersion: 1,
    },
  ];

  it("orders oldest first with dates in the viewer's zone", () => {
    const rows = chartRows(series, "Asia/Kolkata", "en-GB");
    expect(rows.map((r) => r.label)).toEqual(["6 Oct", "2 Nov"]);
    expect(rows[0]!.when).toBe("6 Oct 2026, 00:15");
    expect(rows[1]).toMatchObject({ score: 3, calibrated: 3.45, rubricVersion: 2 });
  });

  it("keeps labels per zone: the same interview read from another zone gets its own date", () => {
    chartRows(series, "Asia/Kolkata", "en-GB");
    const rows = chartRows(series, "America/Los_Angeles", "en-GB");
    expect(rows[0]!.label).toBe("5 Oct");
    expect(rows[0]!.when).toBe("5 Oct 2026, 11:45");
    expect(chartRows(series, "Asia/Kolkata", "en-GB")[0]!.label).toBe("6 Oct");
  });

  it("describes the trend in one sentence", () => {
    expect(describeTrend("Databases", chartRows(series, "UTC", "en-GB"))).toBe(
      "Databases over 2 interviews: from 2 on 5 Oct to 3 on 2 Nov.",
    );
    expect(describeTrend("Databases", [])).toBe("No Databases scores yet.");
  });

  it("rounds ratings and orders them oldest first", () => {
    const rows = ratingRows(
      [
        { at: "2026-11-02T10:00:00.000Z", rating: 4.333 },
        { at: "2026-10-02T10:00:00.000Z", rating: 5 },
      ],
      "UTC",
      "en-GB",
    );
    expect(rows.map((r) => r.rating)).toEqual([5, 4.33]);
  });
});
