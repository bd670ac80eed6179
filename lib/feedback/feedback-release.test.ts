import { describe, expect, it } from "vitest";
import { RELEASE_AFTER_MS } from "./feedback.schema";
import { cannotWriteReason, directionOf } from "./feedback-release";
import { isReleased, releasesAt } from "./release-rule";

const end = new Date("2026-11-01T11:00:00Z");
const start = new Date("2026-11-01T10:00:00Z");

describe("release rule", () => {
  it("releases when both submitted, or RELEASE_AFTER_MS after the end, not before", () => {
    expect(releasesAt(end).getTime()).toBe(end.getTime() + RELEASE_AFTER_MS);
    expect(isReleased({ endsAt: end, bothSubmitted: true }, end)).toBe(true);
    expect(isReleased({ endsAt: end, bothSubmitted: false }, new Date(end.getTime() + RELEASE_AFTER_MS - 1))).toBe(
      false,
    );
    expect(isReleased({ endsAt: end, bothSubmitted: false }, releasesAt(end))).toBe(true);
  });

  it("maps roles to directions", () => {
    expect(directionOf("INTERVIEWER")).toBe("INTERVIEWER_TO_CANDIDATE");
    expect(directionOf("CANDIDATE")).toBe("CANDIDATE_TO_INTERVIEWER");
  });

  it("says why writing is closed: status, before the start, after release", () => {
    expect(cannotWriteReason({ status: "CANCELLED", startsAt: start }, false, end)).toMatch(/cancelled/);
    expect(cannotWriteReason({ status: "NO_SHOW", startsAt: start }, false, end)).toMatch(/no-show/);
    expect(cannotWriteReason({ status: "RESCHEDULED", startsAt: start }, false, end)).toMatch(/moved/);
    expect(cannotWriteReason({ status: "SCHEDULED", startsAt: start }, false, new Date(start.getTime() - 1))).toMatch(
      /opens when/,
    );
    expect(cannotWriteReason({ status: "COMPLETED", startsAt: start }, true, end)).toMatch(/read-only/);
    expect(cannotWriteReason({ status: "SCHEDULED", startsAt: start }, false, start)).toBeNull();
  });
});
