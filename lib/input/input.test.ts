import { describe, expect, it } from "vitest";
import { parseCalendarDate, parseInstant } from "./date-ranges";
import { calendarDate, HISTORY, instant, OVERRIDES, SCHEDULING } from "./dates";
import { malformedQueryFields, unsafeStrings } from "./raw-input";
import { isInvisible, line, longText, unsafeTextReason } from "./text";

describe("text rules", () => {
  it("refuses what PostgreSQL or a person would not take", () => {
    expect(unsafeTextReason("a\u0000b")).toMatch(/NUL/);
    expect(unsafeTextReason("\ud800x")).toMatch(/surrogate/);
    expect(unsafeTextReason("x\udc00")).toMatch(/surrogate/);
    expect(unsafeTextReason("a\u001bb")).toMatch(/control/);
    expect(unsafeTextReason("😀 line\nnext\ttab")).toBeUndefined();
  });

  it("normalises, trims and refuses invisible-only names", () => {
    expect(line().parse("  Cafe\u0301 ")).toBe("Café");
    expect(line().safeParse("\u200b\u202e\u2066").success).toBe(false);
    expect(line().safeParse("a\nb").success).toBe(false);
    expect(line().min(1).safeParse(" ").success).toBe(false);
    expect(longText().parse(" a\n\tb ")).toBe("a\n\tb");
    expect(longText({ trim: false }).parse(" a\n")).toBe(" a\n");
    expect(isInvisible("\u00a0\ufeff")).toBe(true);
  });

  it("finds unsafe strings anywhere in raw input, keys included", () => {
    expect(unsafeStrings({ a: [{ b: "x\u0000" }], ["k\u0000"]: 1 })).toEqual({
      "a.0.b": [expect.stringMatching(/NUL/)],
      "k\\u0000": [expect.stringMatching(/field name/)],
    });
    expect(unsafeStrings({ a: ["ok", 1, null, { b: true }] })).toEqual({});
  });

  it("names fields called like Object.prototype's members as any other (a 500 the long route fuzz found)", () => {
    const raw = JSON.parse('{"toString": "\\u0000", "constructor": ["\\u0000"], "__proto__": "\\u0000"}') as unknown;
    const errors = unsafeStrings(raw);
    expect(Object.keys(errors).sort()).toEqual(["__proto__", "constructor.0", "toString"]);
    // What the problem+json answer carries.
    expect(JSON.stringify(errors)).toMatch(/"__proto__":\["[^"]*NUL/);
    const query = malformedQueryFields(new URL("http://x/?toString=%ZZ&__proto__=%ZZ&hasOwnProperty=%ZZ"));
    expect(Object.keys(query).sort()).toEqual(["__proto__", "hasOwnProperty", "toString"]);
  });

  it("refuses malformed percent-encoding in query strings", () => {
    expect(malformedQueryFields(new URL("http://x/?q=%ZZ&ok=1"))).toEqual({ q: [expect.any(String)] });
    expect(malformedQueryFields(new URL("http://x/?q=%E0%A4%A"))).toHaveProperty("q");
    expect(malformedQueryFields(new URL("http://x/?q=a+b%20c&r=%C3%A9"))).toEqual({});
  });
});

describe("date rules", () => {
  it("parses only real dates", () => {
    expect(parseInstant("2026-02-31T00:00:00Z")).toBeUndefined();
    expect(parseInstant("2026-01-01T24:00:00Z")).toBeUndefined();
    expect(parseInstant("garbage")).toBeUndefined();
    expect(parseInstant("2026-03-01T00:30:00+01:00")?.toISOString()).toBe("2026-02-28T23:30:00.000Z");
    expect(parseInstant("2026-03-01T00:30:00-05:30")?.toISOString()).toBe("2026-03-01T06:00:00.000Z");
    expect(parseCalendarDate("2024-02-29")).toBeDefined();
    expect(parseCalendarDate("2026-02-29")).toBeUndefined();
  });

  it("keeps every date in its documented range", () => {
    const soon = new Date(Date.now() + 86_400_000).toISOString();
    expect(instant("start", SCHEDULING).safeParse(soon).success).toBe(true);
    expect(instant("start", SCHEDULING).safeParse("0000-01-01T00:00:00Z").success).toBe(false);
    expect(instant("start", SCHEDULING).safeParse("9999-12-31T23:59:59+14:00").success).toBe(false);
    expect(calendarDate("date", OVERRIDES).safeParse("9999-12-31").success).toBe(false);
    expect(calendarDate("date", OVERRIDES).safeParse("0000-01-01").success).toBe(false);
    expect(calendarDate("from", HISTORY).safeParse("1999-12-31").success).toBe(false);
    expect(calendarDate("from", HISTORY).safeParse("2000-01-01").success).toBe(true);
  });
});
