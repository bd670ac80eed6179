"use client";

import { useId } from "react";

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
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset aria-describedby={describedBy || undefined} aria-invalid={error ? true : undefined}>
      <legend className="font-semibold text-slate-900">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-2">
        {WORDS.map((word, i) => (
          <label
            key={word}
            className="flex min-h-11 min-w-16 cursor-pointer flex-col items-center justify-center rounded-md px-3 py-1 text-sm ring-1 ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
          >
            <input
              type="radio"
              name={`${id}-rating`}
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
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
