import { describe, expect, it } from "vitest";
import { questionWeight, selectQuestion, type SelectableQuestion } from "./select-question";

/** A seeded generator so the statistics are repeatable. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const questions: SelectableQuestion[] = [
  { id: "arch-1", competencyKeys: ["architecture"] },
  { id: "arch-2", competencyKeys: ["architecture", "tradeoffs"] },
  { id: "data-1", competencyKeys: ["data-modeling"] },
  { id: "scale-1", competencyKeys: ["scalability-reliability"] },
  { id: "rollout-1", competencyKeys: ["rollout-operations"] },
];

describe("selectQuestion", () => {
  it("never picks a question the candidate has had while others remain", () => {
    const random = mulberry32(1);
    const had = new Set(["arch-1", "arch-2", "data-1", "scale-1"]);
    for (let i = 0; i < 200; i++) {
      expect(selectQuestion({ questions, hadQuestionIds: had, competencyScores: {}, random })).toBe("rollout-1");
    }
  });

  it("leans toward the weakest competencies (synthetic scores)", () => {
    const random = mulberry32(42);
    const scores = {
      architecture: 3.8,
      tradeoffs: 3.6,
      "data-modeling": 1.4,
      "scalability-reliability": 3.5,
      "rollout-operations": 3.9,
    };
    const counts = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const id = selectQuestion({ questions, hadQuestionIds: new Set(), competencyScores: scores, random })!;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const share = (id: string) => (counts.get(id) ?? 0) / 5000;
    expect(share("data-1")).toBeGreaterThan(0.6);
    for (const other of ["arch-1", "scale-1", "rollout-1"]) expect(share("data-1")).toBeGreaterThan(5 * share(other));
    // Nothing is starved entirely: strong areas still come up now and then.
    expect(share("rollout-1")).toBeGreaterThan(0);
  });

  it("treats unassessed competencies as worth practising, between weak and strong", () => {
    const strong = questionWeight({ id: "a", competencyKeys: ["x"] }, { x: 3.9 });
    const unknown = questionWeight({ id: "b", competencyKeys: ["y"] }, {});
    const weak = questionWeight({ id: "c", competencyKeys: ["z"] }, { z: 1.2 });
    expect(strong).toBeLessThan(unknown);
    expect(unknown).toBeLessThan(weak);
  });

  it("repeats a question only when every one has been had, and returns null for an empty bank", () => {
    const had = new Set(questions.map((q) => q.id));
    expect(selectQuestion({ questions, hadQuestionIds: had, competencyScores: {}, random: () => 0 })).toBe("arch-1");
    expect(selectQuestion({ questions: [], hadQuestionIds: new Set(), competencyScores: {} })).toBeNull();
  });
});
