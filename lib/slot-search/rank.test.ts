import { describe, expect, it } from "vitest";
import { rankScore } from "./rank";

describe("rankScore", () => {
  const base = { focusFit: true, interviewerLevel: "SENIOR" as const, candidateLevel: "MID" as const };

  it("prefers interviewers who focus on the type", () => {
    expect(rankScore(base)).toBeGreaterThan(rankScore({ ...base, focusFit: false }));
  });

  it("prefers interviewers at or just above the candidate's level over ones below", () => {
    expect(rankScore(base)).toBeGreaterThan(rankScore({ ...base, interviewerLevel: "ENTRY" }));
    expect(rankScore({ ...base, interviewerLevel: "MID" })).toBe(rankScore(base));
  });

  it("treats unknown reliability and rating as neutral, and lets known ones move the score", () => {
    const neutral = rankScore(base);
    expect(rankScore({ ...base, reliability: 1, rating: 5 })).toBeGreaterThan(neutral);
    expect(rankScore({ ...base, reliability: 0, rating: 1 })).toBeLessThan(neutral);
    expect(rankScore({ ...base, reliability: 0.5, rating: 3 })).toBe(neutral);
  });
});
