import { describe, expect, it } from "vitest";
import {
  departsFromRule,
  heavilyWeightedKeys,
  ruleProblems,
  suggestRecommendation,
  weightedMean,
} from "./recommendation-rule";

// Shaped like the system-design rubric: three heavy competencies at 0.2, three light ones.
const rubric = [
  { key: "req", weight: 0.15 },
  { key: "arch", weight: 0.2 },
  { key: "data", weight: 0.15 },
  { key: "scale", weight: 0.2 },
  { key: "trade", weight: 0.2 },
  { key: "ops", weight: 0.1 },
];
const scores = (s: Record<string, number>) => ({ req: 3, arch: 3, data: 3, scale: 3, trade: 3, ops: 3, ...s });
const suggest = (s: Record<string, number>) => suggestRecommendation(rubric, scores(s))?.recommendation;

describe("the recommendation rule", () => {
  it("counts competencies at or above the average weight as heavily weighted", () => {
    expect(heavilyWeightedKeys(rubric)).toEqual(["arch", "scale", "trade"]);
    expect(
      heavilyWeightedKeys([
        { key: "a", weight: 0.5 },
        { key: "b", weight: 0.5 },
      ]),
    ).toEqual(["a", "b"]);
  });

  it("weights the mean and waits until every competency is scored", () => {
    expect(weightedMean(rubric, scores({ arch: 4 }))).toBeCloseTo(3.2);
    expect(suggestRecommendation(rubric, { ...scores({}), ops: null })).toBeNull();
  });

  it("says Hire at the bar, and forgives one heavily weighted 2 but not two", () => {
    expect(suggest({})).toBe("HIRE");
    expect(suggest({ arch: 2 })).toBe("HIRE");
    expect(suggest({ arch: 2, scale: 2 })).toBe("NO_HIRE");
    // Light competencies below the bar do not count against the heavy limit, only through the mean.
    expect(suggest({ req: 2, data: 2, arch: 4 })).toBe("HIRE");
  });

  it("never says Hire with a 1, and says Strong no hire for two 1s or a low mean", () => {
    expect(suggest({ ops: 1, arch: 4, scale: 4 })).toBe("NO_HIRE");
    expect(suggest({ ops: 1, req: 1, arch: 4, scale: 4, trade: 4 })).toBe("STRONG_NO_HIRE");
    expect(suggest({ req: 2, arch: 2, data: 2, scale: 2, trade: 1, ops: 2 })).toBe("STRONG_NO_HIRE");
  });

  it("says Strong hire only above 3.5 with nothing below the bar", () => {
    expect(suggest({ req: 4, arch: 4, scale: 4, trade: 4 })).toBe("STRONG_HIRE");
    expect(suggest({ req: 4, arch: 4, scale: 4, trade: 4, data: 4, ops: 2 })).toBe("HIRE");
  });

  it("decides on the mean as shown, rounded to two decimals", () => {
    // 2.7499… shows as 2.75, and 2.75 is a hire.
    const two = [
      { key: "a", weight: 0.2500001 },
      { key: "b", weight: 0.7499999 },
    ];
    expect(suggestRecommendation(two, { a: 2, b: 3 })).toMatchObject({ recommendation: "HIRE", mean: 2.75 });
  });

  it("departs only when a recommendation is chosen and differs", () => {
    expect(departsFromRule(rubric, scores({}), "HIRE")).toBe(false);
    expect(departsFromRule(rubric, scores({}), "STRONG_HIRE")).toBe(true);
    expect(departsFromRule(rubric, scores({}), null)).toBe(false);
  });

  it("finds weights that make it misbehave", () => {
    expect(ruleProblems(rubric)).toEqual([]);
    const oneHeavy = [
      { key: "a", weight: 0.4 },
      { key: "b", weight: 0.15 },
      { key: "c", weight: 0.15 },
      { key: "d", weight: 0.15 },
      { key: "e", weight: 0.15 },
    ];
    expect(ruleProblems(oneHeavy)).toContain("fewer than two heavily weighted competencies");
    const lopsided = [
      { key: "a", weight: 0.7 },
      { key: "b", weight: 0.3 },
    ];
    expect(ruleProblems(lopsided).join()).toMatch(/single 2 on b \(the lightest\) suggests NO_HIRE/);
  });
});
