import { describe, expect, it } from "vitest";
import { availabilitySchema, type AvailabilityInput } from "@/lib/availability/availability.schema";
import { copyMondayToWeekdays, fieldErrors, fingerprint, toDraft, toInput, unplacedErrors } from "./availability-draft";

const saved: AvailabilityInput = {
  timeZone: "Europe/London",
  weekly: {
    "1": [
      { start: "09:00", end: "12:00" },
      { start: "20:00", end: "24:00" },
    ],
    "2": [],
    "3": [{ start: "18:00", end: "21:00" }],
    "4": [],
    "5": [],
    "6": [],
    "7": [],
  },
  overrides: [
    { date: "2026-12-07", ranges: [{ start: "10:00", end: "11:00" }] },
    { date: "2026-12-25", ranges: [] },
  ],
  offeredTypes: ["system-design"],
  minNoticeHours: 24,
  bufferMinutes: 15,
  maxPerWeek: null,
  horizonDays: 21,
};

const parse = (draft: ReturnType<typeof toDraft>) => availabilitySchema.safeParse(toInput(draft));

describe("availability draft", () => {
  it("round-trips what the server saved, including an end at midnight", () => {
    const draft = toDraft(saved);
    expect(draft.weekly["1"][1]).toMatchObject({ start: "20:00", end: "00:00" });
    expect(draft.overrides.map((o) => o.kind)).toEqual(["hours", "off"]);
    expect(draft.maxPerWeek).toBe("");
    expect(parse(draft)).toEqual({ success: true, data: saved });
  });

  it("ignores React keys when telling whether anything changed", () => {
    expect(fingerprint(toDraft(saved))).toBe(fingerprint(toDraft(saved)));
    expect(fingerprint(copyMondayToWeekdays(toDraft(saved)))).not.toBe(fingerprint(toDraft(saved)));
  });

  it("sends no ranges for a day off, even if hours were typed before switching", () => {
    const draft = toDraft(saved);
    draft.overrides[0]!.kind = "off";
    expect(toInput(draft).overrides[0]).toEqual({ date: "2026-12-07", ranges: [] });
  });

  it("points an overlap at the later range's start, with the schema's message", () => {
    const draft = toDraft(saved);
    draft.weekly["2"] = [
      { key: "a", start: "09:00", end: "12:00" },
      { key: "b", start: "11:00", end: "13:00" },
    ];
    const result = parse(draft);
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!, draft)).toEqual({ "weekly.2.1.start": "Overlaps 09:00–12:00" });
  });

  it("words zod's default messages plainly", () => {
    const draft = { ...toDraft(saved), minNoticeHours: "", bufferMinutes: "2.5", horizonDays: "0" };
    draft.overrides[0]!.date = "";
    draft.weekly["3"][0]!.end = "";
    const errors = fieldErrors(parse(draft).error!, draft);
    expect(errors).toEqual({
      minNoticeHours: "Enter the hours of notice you need, or 0",
      bufferMinutes: "Enter a whole number",
      horizonDays: "Enter 1 or more",
      "overrides.0.date": "Choose a date",
      "weekly.3.0.end": "Enter an end time, like 09:30",
    });
  });

  it("lists errors with no control of their own separately", () => {
    expect(unplacedErrors({ "weekly.1.0.start": "x", offeredTypes: "y", version: "z" })).toEqual([["version", "z"]]);
  });
});
