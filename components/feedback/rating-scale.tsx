"use client";

import { ChoiceFieldset } from "@/components/ui/choice-fieldset";

interface Props {
  legend: string;
  hint?: string;
  value: number | null;
  onChange: (value: number) => void;
  error?: string | undefined;
}

const WORDS = ["Poor", "Fair", "Good", "Very good", "Excellent"] as const;

/** A 1–5 rating as native radios (arrow keys move between them). */
export function RatingScale({ legend, hint, value, onChange, error }: Props) {
  return (
    <ChoiceFieldset legend={legend} hint={hint || undefined} error={error}>
      {(name) => (
        <div className="mt-2 flex flex-wrap gap-2">
          {WORDS.map((word, i) => (
            <label
              key={word}
              className="flex min-h-11 min-w-16 cursor-pointer flex-col items-center justify-center rounded-md px-3 py-1 text-sm ring-1 ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
            >
              <input
                type="radio"
                name={name}
                value={i + 1}
                checked={value === i + 1}
                onChange={() => onChange(i + 1)}
                className="sr-only"
                aria-label={`${i + 1}, ${word}`}
              />
              <span className="text-base font-bold" aria-hidden="true">
                {i + 1}
              </span>
              <span className="text-xs text-slate-600" aria-hidden="true">
                {word}
              </span>
            </label>
          ))}
        </div>
      )}
    </ChoiceFieldset>
  );
}
