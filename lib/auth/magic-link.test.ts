import { describe, expect, it } from "vitest";
import { describeExpiry } from "./magic-link";

describe("the sign-in e-mail's expiry", () => {
  const now = new Date("2026-12-05T12:48:36.496Z");

  it("says how long from now and when, in UTC as people write it, not a raw timestamp", () => {
    expect(describeExpiry(new Date("2026-12-06T12:48:36.496Z"), "en-GB", now)).toBe(
      "in 24 hours (Sun 6 Dec, 12:48 UTC)",
    );
    expect(describeExpiry(new Date("2026-12-05T13:18:36.496Z"), "en-GB", now)).toBe(
      "in 30 minutes (Sat 5 Dec, 13:18 UTC)",
    );
  });

  it("writes the moment in the locale the person asked in", () => {
    const expires = new Date("2026-12-05T13:18:36.496Z");
    expect(describeExpiry(expires, "en-US", now).replace(/\s/g, " ")).toBe("in 30 minutes (Sat, Dec 5, 1:18 PM UTC)");
    expect(describeExpiry(expires, "de-DE", now)).toBe("in 30 minutes (Sa., 5. Dez., 13:18 UTC)");
  });
});
