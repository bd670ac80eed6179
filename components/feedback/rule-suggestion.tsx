"use client";

import { suggestRecommendation, type RuleSuggestion } from "@/lib/rubrics/recommendation-rule";
import type { RubricCompetencyView } from "@/lib/feedback/feedback.types";
import { RECOMMENDATION_LABELS } from "./recommendation-radios";

/** The rule's suggestion for the scores so far; recomputed on every render, it is cheap. */
export function useRuleSuggestion(
  competencies: readonly RubricCompetencyView[],
  scores: Record<string, { score: number | null }>,
): RuleSuggestion | null {
  return suggestRecommendation(competencies, Object.fromEntries(Object.entries(scores).map(([k, s]) => [k, s.score])));
}

/** Shown above the recommendation; a polite live region, so a screen reader hears it change. */
export function RuleSuggestionNote({
  suggestion,
  scored,
  total,
}: {
  suggestion: RuleSuggestion | null;
  scored: number;
  total: number;
}) {
  return (
    <div aria-live="polite" className="rounded-md bg-slate-50 px-4 py-3 text-sm text-slate-800 ring-1 ring-slate-200">
      {suggestion ? (
        <p data-testid="rule-suggestion">
          <span className="font-semibold">The rule suggests: {RECOMMENDATION_LABELS[suggestion.recommendation]}</span> (
          {suggestion.because}).
        </p>
      ) : (
        <p data-testid="rule-suggestion">
          The rule&apos;s suggestion appears once every competency has a score ({scored} of {total} scored).
        </p>
      )}
    </div>
  );
}
