"use client";

import { forwardRef, useId, type ReactNode } from "react";

export interface TextareaFieldProps {
  label: ReactNode;
  hint?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** Shown once the person has tried to submit, or from the server's field errors. */
  error?: string | null | undefined;
  maxLength: number;
  rows?: number;
  optional?: boolean | undefined;
  required?: boolean | undefined;
  placeholder?: string | undefined;
  /** Extra controls beside the label (e.g. "insert from my notes"). */
  actions?: ReactNode;
}

/** A labelled textarea with its hint and error wired up for screen readers. */
export const TextareaField = forwardRef<HTMLTextAreaElement, TextareaFieldProps>(function TextareaField(
  { label, hint, value, onChange, error, maxLength, rows = 3, optional, required, placeholder, actions },
  ref,
) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  const labelElement = (
    <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
      {label}
      {optional ? <span className="font-normal text-slate-600"> (optional)</span> : null}
    </label>
  );
  return (
    <div>
      {actions ? (
        <div className="flex flex-wrap items-end justify-between gap-2">
          {labelElement}
          {actions}
        </div>
      ) : (
        labelElement
      )}
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <textarea
        ref={ref}
        id={id}
        value={value}
        rows={rows}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="mt-1 block w-full rounded-md border-0 px-3 py-2 text-slate-900 ring-1 ring-slate-300 placeholder:text-slate-500 aria-[invalid]:ring-2 aria-[invalid]:ring-red-600"
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
});
