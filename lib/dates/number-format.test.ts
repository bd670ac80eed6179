import { describe, expect, it } from "vitest";
import { formatCount } from "./number-format";

describe("formatCount", () => {
  it("groups digits as the locale does", () => {
    expect(formatCount(20000, "en-GB")).toBe("20,000");
    expect(formatCount(20000, "en-US")).toBe("20,000");
    expect(formatCount(20000, "de-DE")).toBe("20.000");
  });
});
