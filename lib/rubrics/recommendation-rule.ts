import type { RecommendationValue } from "../feedback/feedback.schema";
import { BAR_SCORE, SCORE_MAX, SCORE_MIN, SCORES } from "./score-scale";

/**
 * The written rule that turns a rubric's weighted scores into the overall
 * recommendation, defined once: the feedback form shows its suggestion live,
 * the server asks for a reason when an interviewer departs from it, admin's
 * rubric pages print it, and the demo seed follows it. It imports nothing
 * with side effects, so client components may import it too.
 *
 * The thresholds are the same for every rubric; what differs per rubric is
 * which competencies count as heavily weighted, derived from its weights
 * (docs/decisions/0027-recommendation-rule.md).
 */
export const RULE = {
  /** A weighted mean at or above this, with no score below the bar, is a strong hire. */
  strongHireMean: 3.5,
  /** Hire needs a weighted mean at or above this… */
  hireMean: 2.75,
  /** …and at most this many scores below the bar among the heavily weighted competencies. */
  hireMaxBelowBarHeavy: 1,
  /** Below this weighted mean the rule says strong no hire… */
  strongNoHireMean: 2,
  /** …and also when this many competencies score the lowest score. */
  strongNoHireLowest: 2,
} as const;

export interface WeightedCompetency {
  key: string;
  weight: number;
}
export type ScoreMap = Readonly<Record<string, number | null | undefined>>;

// Weights are stored as floats (0.15, 1/6…): equality with the average is judged with this slack.
const WEIGHT_SLACK = 1e-6;

/**
 * Heavily weighted: at or above the rubric's average weight. Derived rather
 * than stored, so a rubric cannot carry weights that say one thing and a rule
 * that says another.
 */
export function heavilyWeightedKeys(competencies: readonly WeightedCompetency[]): string[] {
  if (competencies.length === 0) return [];
  const average = competencies.reduce((s, c) => s + c.weight, 0) / competencies.length;
  return competencies.filter((c) => c.weight >= average - WEIGHT_SLACK).map((c) => c.key);
}

/** The weighted mean of the scores, or null until every competency has a score. */
export function weightedMean(competencies: readonly WeightedCompetency[], scores: ScoreMap): number | null {
  let total = 0;
  let weights = 0;
  for (const c of competencies) {
    const s = scores[c.key];
    if (typeof s !== "number" || s < SCORE_MIN || s > SCORE_MAX) return null;
    total += c.weight * s;
    weights += c.weight;
  }
  return weights > 0 ? total / weights : null;
}

export interface RuleSuggestion {
  recommendation: RecommendationValue;
  /** Rounded to two decimals, as shown. */
  mean: number;
  /** Why, in the rule's own words: the clauses that decided it. */
  because: string;
}

/** What the rule recommends for these scores, or null while any competency is unscored. */
export function suggestRecommendation(
  competencies: readonly WeightedCompetency[],
  scores: ScoreMap,
): RuleSuggestion | null {
  const raw = weightedMean(competencies, scores);
  if (raw === null) return null;
  // Decided on the shown, rounded mean so that what the interviewer reads is what decides.
  const mean = Math.round(raw * 100) / 100;
  const all = competencies.map((c) => scores[c.key]!);
  const heavy = new Set(heavilyWeightedKeys(competencies));
  const lowest = all.filter((s) => s === SCORE_MIN).length;
  const belowBarHeavy = competencies.filter((c) => heavy.has(c.key) && scores[c.key]! < BAR_SCORE).length;
  const shown = mean.toFixed(2);

  if (mean < RULE.strongNoHireMean)
    return {
      recommendation: "STRONG_NO_HIRE",
      mean,
      because: `weighted mean ${shown} is below ${RULE.strongNoHireMean}`,
    };
  if (lowest >= RULE.strongNoHireLowest)
    return { recommendation: "STRONG_NO_HIRE", mean, because: `${lowest} competencies scored ${SCORE_MIN}` };
  if (mean >= RULE.strongHireMean && all.every((s) => s >= BAR_SCORE))
    return { recommendation: "STRONG_HIRE", mean, because: `weighted mean ${shown} and nothing below the bar` };
  if (mean < RULE.hireMean)
    return { recommendation: "NO_HIRE", mean, because: `weighted mean ${shown} is below ${RULE.hireMean}` };
  if (lowest > 0) return { recommendation: "NO_HIRE", mean, because: `a competency scored ${SCORE_MIN}` };
  if (belowBarHeavy > RULE.hireMaxBelowBarHeavy)
    return {
      recommendation: "NO_HIRE",
      mean,
      because: `${belowBarHeavy} heavily weighted competencies are below the bar`,
    };
  return {
    recommendation: "HIRE",
    mean,
    because: `weighted mean ${shown}, no ${SCORE_MIN}, at most one heavily weighted competency below the bar`,
  };
}

/** True when the chosen recommendation is not the rule's: the interviewer must then say why. */
export function departsFromRule(
  competencies: readonly WeightedCompetency[],
  scores: ScoreMap,
  recommendation: RecommendationValue | null | undefined,
): boolean {
  const suggestion = suggestRecommendation(competencies, scores);
  return !!suggestion && !!recommendation && suggestion.recommendation !== recommendation;
}

/** The rule in words, for the form and admin's rubric pages; the figures come from RULE. */
export const RULE_TEXT: readonly string[] = [
  `Strong hire: weighted mean of at least ${RULE.strongHireMean} and no score below ${BAR_SCORE} (the bar).`,
  `Hire: weighted mean of at least ${RULE.hireMean}, no ${SCORE_MIN}, and at most ${RULE.hireMaxBelowBarHeavy === 1 ? "one" : RULE.hireMaxBelowBarHeavy} score below ${BAR_SCORE} among the heavily weighted competencies.`,
  `Strong no hire: weighted mean below ${RULE.strongNoHireMean}, or ${SCORE_MIN} on ${RULE.strongNoHireLowest} or more competencies.`,
  "No hire: everything else.",
  "Heavily weighted means a weight at or above the rubric's average weight.",
];

const ORDER: readonly RecommendationValue[] = ["STRONG_NO_HIRE", "NO_HIRE", "HIRE", "STRONG_HIRE"];

/**
 * Why a rubric's weights would make the rule say something odd; empty when
 * the rule and the weights agree. Checked over every score combination, so
 * keep it to rubrics of at most 8 competencies (the schema's limit).
 */
export function ruleProblems(competencies: readonly WeightedCompetency[]): string[] {
  const problems: string[] = [];
  const total = competencies.reduce((s, c) => s + c.weight, 0);
  if (Math.abs(total - 1) > 0.001) problems.push(`weights add up to ${total.toFixed(3)}, not 1`);
  const heavy = heavilyWeightedKeys(competencies);
  // With one heavy competency, "at most one below the bar" would let the rubric's main competency fail.
  if (heavy.length < 2) problems.push("fewer than two heavily weighted competencies");
  const uniform = (s: number) =>
    suggestRecommendation(competencies, Object.fromEntries(competencies.map((c) => [c.key, s])));
  const expected: Record<number, RecommendationValue> = {
    1: "STRONG_NO_HIRE",
    2: "NO_HIRE",
    3: "HIRE",
    4: "STRONG_HIRE",
  };
  for (const s of SCORES) {
    const got = uniform(s)?.recommendation;
    if (expected[s] && got !== expected[s])
      problems.push(`scoring ${s} everywhere suggests ${got}, not ${expected[s]}`);
  }
  // The lightest competency one below the bar, the rest at it, is still a hire: light weights forgive a slip.
  const lightest = [...competencies].sort((a, b) => a.weight - b.weight)[0];
  if (lightest) {
    const scores = Object.fromEntries(competencies.map((c) => [c.key, c === lightest ? BAR_SCORE - 1 : BAR_SCORE]));
    const got = suggestRecommendation(competencies, scores)?.recommendation;
    if (got !== "HIRE")
      problems.push(`a single ${BAR_SCORE - 1} on ${lightest.key} (the lightest) suggests ${got}, not HIRE`);
  }
  if (!isMonotone(competencies)) problems.push("raising a score can lower the recommendation");
  return problems;
}

/** Raising any one score never lowers the suggestion, over every combination of scores. */
function isMonotone(competencies: readonly WeightedCompetency[]): boolean {
  const n = competencies.length;
  const levels = SCORES.length;
  const scoresOf = (code: number) => {
    const map: Record<string, number> = {};
    competencies.forEach((c, i) => (map[c.key] = SCORE_MIN + (Math.floor(code / levels ** i) % levels)));
    return map;
  };
  const rank = (code: number) => ORDER.indexOf(suggestRecommendation(competencies, scoresOf(code))!.recommendation);
  for (let code = 0; code < levels ** n; code++) {
    const here = rank(code);
    for (let i = 0; i < n; i++) {
      const digit = Math.floor(code / levels ** i) % levels;
      if (digit < levels - 1 && rank(code + levels ** i) < here) return false;
    }
  }
  return true;
}
