"use client";

import { ChoiceFieldset } from "@/components/ui/choice-fieldset";
import type { RubricCompetencyView } from "@/lib/feedback/feedback.types";
import { SCORE_LABELS, SCORE_MIN } from "@/lib/rubrics/score-scale";

interface Props {
  competency: Pick<RubricCompetencyView, "name" | "description" | "descriptors">;
  value: number | null;
  onChange: (score: number) => void;
  error?: string | undefined;
  disabled?: boolean;
}

/**
 * One competency's score as a native radio group: every choice reads out
 * its anchored descriptor.
 */
export function ScoreRadios({ competency, value, onChange, error, disabled }: Props) {
  return (
    <ChoiceFieldset legend={competency.name} hint={competency.description} error={error}>
      {(name) => (
        <div className="mt-2 grid gap-2 sm:grid-cols-2 xl:grid-cols-4">
          {competency.descriptors.map((descriptor, i) => {
            const score = SCORE_MIN + i;
            return (
              <label
                key={score}
                className="flex cursor-pointer gap-2 rounded-md p-2 text-sm ring-1 ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
              >
                <input
                  type="radio"
                  name={name}
                  value={score}
                  checked={value === score}
                  disabled={disabled}
                  onChange={() => onChange(score)}
                  className="mt-0.5 accent-brand-600"
                  aria-label={`${score} – ${SCORE_LABELS[i]}: ${descriptor}`}
                />
                <span>
                  <span className="block font-semibold" aria-hidden="true">
                    {score} · {SCORE_LABELS[i]}
                  </span>
                  <span className="text-slate-700" aria-hidden="true">
                    {descriptor}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
      )}
    </ChoiceFieldset>
  );
}
