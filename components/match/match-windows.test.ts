import { describe, expect, it } from "vitest";
import { defaultWindow, nextWindow, toUtcWindow, windowProblem } from "./match-windows";

const SINGAPORE = "Asia/Singapore";
const LONDON = "Europe/London";

describe("toUtcWindow", () => {
  it("reads the clock times in the person's zone", () => {
    expect(toUtcWindow({ key: 0, date: "2026-12-03", from: "07:00", to: "09:30" }, SINGAPORE)).toEqual({
      start: "2026-12-02T23:00:00.000Z",
      end: "2026-12-03T01:30:00.000Z",
      crossesMidnight: false,
    });
  });

  it("runs past midnight when the end is at or before the start", () => {
    const window = toUtcWindow({ key: 0, date: "2026-12-03", from: "22:00", to: "01:00" }, LONDON);
    expect(window).toEqual({
      start: "2026-12-03T22:00:00.000Z",
      end: "2026-12-04T01:00:00.000Z",
      crossesMidnight: true,
    });
  });

  it("keeps local clock times across a DST change", () => {
    // London springs forward at 01:00 UTC on 29 March 2026: 18:00 is UTC+1 that evening.
    const window = toUtcWindow({ key: 0, date: "2026-03-29", from: "18:00", to: "20:00" }, LONDON);
    expect(window?.start).toBe("2026-03-29T17:00:00.000Z");
  });

  it("is null while a field is empty", () => {
    expect(toUtcWindow({ key: 0, date: "", from: "18:00", to: "20:00" }, LONDON)).toBeNull();
    expect(toUtcWindow({ key: 0, date: "2026-12-03", from: "", to: "20:00" }, LONDON)).toBeNull();
  });
});

describe("windowProblem", () => {
  const now = Date.parse("2026-12-03T12:00:00Z");
  it("accepts a future window", () => {
    expect(windowProblem({ key: 0, date: "2026-12-04", from: "18:00", to: "20:00" }, LONDON, now)).toBeNull();
  });
  it("rejects one that has passed", () => {
    expect(windowProblem({ key: 0, date: "2026-12-02", from: "18:00", to: "20:00" }, LONDON, now)).toMatch(/passed/);
  });
  it("asks for missing fields", () => {
    expect(windowProblem({ key: 0, date: "", from: "18:00", to: "20:00" }, LONDON, now)).toMatch(/day/);
    expect(windowProblem({ key: 0, date: "2026-12-04", from: "", to: "" }, LONDON, now)).toMatch(/time/);
  });
});

describe("suggested windows", () => {
  const now = Date.parse("2026-12-03T20:00:00Z"); // already 4 December in Singapore
  it("starts tomorrow evening in the person's zone", () => {
    expect(defaultWindow(SINGAPORE, now)).toEqual({ key: 0, date: "2026-12-05", from: "18:00", to: "21:00" });
  });
  it("adds the next day with the same hours", () => {
    expect(nextWindow({ key: 0, date: "2026-12-31", from: "07:00", to: "08:00" }, SINGAPORE, now, 1)).toEqual({
      key: 1,
      date: "2027-01-01",
      from: "07:00",
      to: "08:00",
    });
  });
});
