"use client";

import { ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { RECOMMENDATION_VALUES, type RecommendationValue } from "@/lib/feedback/feedback.schema";

export const RECOMMENDATION_LABELS: Record<RecommendationValue, string> = {
  STRONG_NO_HIRE: "Strong no hire",
  NO_HIRE: "No hire",
  HIRE: "Hire",
  STRONG_HIRE: "Strong hire",
};

interface Props {
  value: RecommendationValue | null;
  onChange: (value: RecommendationValue) => void;
  error?: string | undefined;
}

export function RecommendationRadios({ value, onChange, error }: Props) {
  return (
    <ChoiceFieldset
      legend="Overall recommendation"
      hint="If this were a real interview at the level they’re aiming for, what would you say?"
      error={error}
    >
      {(name) => (
        <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
          {RECOMMENDATION_VALUES.map((r) => (
            <label
              key={r}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-3 text-sm font-semibold ring-1 ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600"
            >
              <input
                type="radio"
                name={name}
                value={r}
                checked={value === r}
                onChange={() => onChange(r)}
                className="accent-brand-600"
              />
              {RECOMMENDATION_LABELS[r]}
            </label>
          ))}
        </div>
      )}
    </ChoiceFieldset>
  );
}
