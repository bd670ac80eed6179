"use client";

import { useId, type ReactNode } from "react";

interface Props {
  legend: ReactNode;
  /** Read out with the group; shown under the legend. */
  hint?: ReactNode;
  error?: string | undefined;
  /** The choices (native radios sharing `name`), laid out by the caller. */
  children: (name: string) => ReactNode;
}

/**
 * A group of native radios under one legend: Tab reaches the group, arrow keys
 * move between choices, and the hint and error are read out with the group.
 */
export function ChoiceFieldset({ legend, hint, error, children }: Props) {
  const id = useId();
  const hasHint = hint !== undefined && hint !== null;
  const describedBy = [hasHint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset aria-describedby={describedBy || undefined} aria-invalid={error ? true : undefined}>
      <legend className="font-semibold text-slate-900">{legend}</legend>
      {hasHint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children(`${id}-choice`)}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
