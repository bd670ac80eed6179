import { describe, expect, it } from "vitest";
import {
  addCompetency,
  draftFromRubric,
  moveCompetency,
  removeCompetency,
  spreadWeightsEvenly,
  updateCompetency,
  validateRubricDraft,
  weightsAddUp,
  weightTotal,
} from "./rubric-draft";

const descriptors = (k: string) =>
  [1, 2, 3, 4].map((n) => `Score ${n} for ${k}: what the candidate says or does.`) as [string, string, string, string];

const rubric = {
  title: "Product sense (TPM)",
  levelBars: [
    "TPM II: frames one product goal.",
    "Senior: frames a product area's goals.",
    "Staff: frames goals across products.",
  ],
  competencies: [
    {
      key: "users",
      name: "Users",
      description: "Understands the users well.",
      weight: 0.6,
      descriptors: descriptors("users"),
    },
    {
      key: "metrics",
      name: "Metrics",
      description: "Picks the right measures.",
      weight: 0.4,
      descriptors: descriptors("metrics"),
    },
  ],
};

describe("rubric draft", () => {
  it("round-trips a published rubric into a valid input", () => {
    const result = validateRubricDraft(draftFromRubric(rubric));
    expect("input" in result && result.input).toEqual(rubric);
  });

  it("adds, moves and removes competencies by uid", () => {
    let draft = addCompetency(draftFromRubric(rubric));
    expect(draft.competencies).toHaveLength(3);
    const added = draft.competencies[2]!.uid;
    expect(new Set(draft.competencies.map((c) => c.uid)).size).toBe(3);
    draft = moveCompetency(draft, added, -1);
    expect(draft.competencies.map((c) => c.key)).toEqual(["users", "", "metrics"]);
    expect(moveCompetency(draft, draft.competencies[0]!.uid, -1)).toBe(draft);
    draft = removeCompetency(draft, added);
    expect(draft.competencies.map((c) => c.key)).toEqual(["users", "metrics"]);
  });

  it("derives a new competency's key from its name until the key is typed", () => {
    let draft = addCompetency(draftFromRubric(rubric));
    const uid = draft.competencies[2]!.uid;
    draft = updateCompetency(draft, uid, { name: "Trade-offs & judgement" });
    expect(draft.competencies[2]!.key).toBe("trade-offs-judgement");
    draft = updateCompetency(draft, uid, { key: "tradeoffs" });
    draft = updateCompetency(draft, uid, { name: "Trade-offs" });
    expect(draft.competencies[2]!.key).toBe("tradeoffs");
    // Existing competencies keep their stable key when renamed.
    draft = updateCompetency(draft, draft.competencies[0]!.uid, { name: "User understanding" });
    expect(draft.competencies[0]!.key).toBe("users");
  });

  it("totals weights, ignoring blank boxes, and spreads them evenly to exactly 1", () => {
    let draft = addCompetency(draftFromRubric(rubric));
    expect(weightTotal(draft)).toBeCloseTo(1);
    draft = updateCompetency(draft, draft.competencies[2]!.uid, { weight: "0.1" });
    expect(weightsAddUp(weightTotal(draft))).toBe(false);
    draft = spreadWeightsEvenly(draft);
    expect(draft.competencies.map((c) => c.weight)).toEqual(["0.34", "0.33", "0.33"]);
    expect(weightsAddUp(weightTotal(draft))).toBe(true);
  });

  it("names the field of each problem, in words people understand", () => {
    let draft = draftFromRubric(rubric);
    draft = updateCompetency(draft, draft.competencies[1]!.uid, { weight: "" });
    const result = validateRubricDraft(draft);
    expect("errors" in result && result.errors["competencies.1.weight"]).toBe(
      "Enter a weight between 0 and 1, e.g. 0.25",
    );
  });

  it("asks for the bar at every level", () => {
    const draft = { ...draftFromRubric(rubric), levelBars: ["", rubric.levelBars[1]!, rubric.levelBars[2]!] };
    const result = validateRubricDraft(draft);
    expect("errors" in result && result.errors["levelBars.0"]).toMatch(/at least 10 characters/);
    expect(draftFromRubric(null).levelBars).toEqual(["", "", ""]);
  });
});
