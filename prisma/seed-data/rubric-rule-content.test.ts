import { describe, expect, it } from "vitest";
import { rubricInputSchema } from "../../lib/rubrics/rubric.schema";
import { heavilyWeightedKeys, ruleProblems } from "../../lib/rubrics/recommendation-rule";
import { TPM_LEVELS } from "../../lib/rubrics/tpm-levels";
import { LEVEL_BARS } from "./rubric-level-bars";
import { ALL_QUESTIONS } from "./questions/all-questions";
import { RUBRICS } from "./rubrics";

// Adjectives that describe a verdict rather than what the candidate said or did.
const ADJECTIVE_VERDICTS =
  /raises the bar|exceptional|outstanding|world[- ]class|excellent|strong candidate|impressive|calmly|smoothly|coherent|rambling|disorganised|\bcandid\b|insight/i;

// Issue #24: what these rounds level on, per rubric.
const ADDED_COMPETENCIES = {
  "behavioral-leadership": ["impact-scope", "communication"],
  "product-sense": ["goal-framing"],
  "technical-depth": ["code-query-literacy"],
} as const;

describe("every rubric and the recommendation rule", () => {
  it.each(RUBRICS.map((r) => [r.type, r] as const))("%s: the rule is consistent with its weights", (_, rubric) => {
    expect(ruleProblems(rubric.competencies)).toEqual([]);
    expect(heavilyWeightedKeys(rubric.competencies).length).toBeGreaterThanOrEqual(2);
  });

  it("system design weighs rollout and operations at 15–20%", () => {
    const design = RUBRICS.find((r) => r.type === "system-design")!;
    const rollout = design.competencies.find((c) => c.key === "rollout-operations")!;
    expect(rollout.weight).toBeGreaterThanOrEqual(0.15);
    expect(rollout.weight).toBeLessThanOrEqual(0.2);
  });

  it.each(RUBRICS.map((r) => [r.type, r] as const))(
    "%s: describes the bar for every level, as observable behaviour",
    (_, rubric) => {
      const bars = LEVEL_BARS[rubric.type];
      expect(bars).toHaveLength(TPM_LEVELS.length);
      expect(new Set(bars).size).toBe(bars.length);
      for (const bar of bars) {
        expect(bar.length).toBeGreaterThan(80);
        expect(bar).not.toMatch(ADJECTIVE_VERDICTS);
      }
      // What the seed publishes passes the editor's own schema.
      const parsed = rubricInputSchema.safeParse({
        title: rubric.title,
        competencies: rubric.competencies,
        levelBars: [...bars],
      });
      expect(parsed.error?.issues ?? []).toEqual([]);
    },
  );

  it("descriptors say what the candidate does, not an adjective verdict", () => {
    const found = RUBRICS.flatMap((r) =>
      r.competencies.flatMap((c) =>
        c.descriptors.filter((d) => ADJECTIVE_VERDICTS.test(d)).map((d) => `${r.type}/${c.key}: ${d}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it.each(Object.entries(ADDED_COMPETENCIES))(
    "%s has its new competencies, weighted, and questions that train them",
    (type, keys) => {
      const rubric = RUBRICS.find((r) => r.type === type)!;
      for (const key of keys) {
        const competency = rubric.competencies.find((c) => c.key === key);
        expect(competency?.weight).toBeGreaterThanOrEqual(0.1);
        // "What to practise next" and solo learning paths find questions by these keys.
        const training = ALL_QUESTIONS.filter((q) => q.type === type && q.competencies.includes(key));
        expect(training.length).toBeGreaterThanOrEqual(5);
      }
    },
  );
});
