"use client";

import { forwardRef, useId, type ReactNode } from "react";

interface Props {
  label: ReactNode;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  maxLength: number;
  rows?: number;
  optional?: boolean;
  /** Extra controls under the label (e.g. "insert from my notes"). */
  actions?: ReactNode;
}

/** A labelled textarea with its hint and error wired up for screen readers. */
export const TextField = forwardRef<HTMLTextAreaElement, Props>(function TextField(
  { label, hint, value, onChange, error, maxLength, rows = 3, optional, actions },
  ref,
) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
          {label}
          {optional ? <span className="font-normal text-slate-600"> (optional)</span> : null}
        </label>
        {actions}
      </div>
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

/** Errors after a failed submit, listed at the top of the form and focused so they are read out. */
export function ErrorSummary({ id, messages, detail }: { id: string; messages: string[]; detail: string | null }) {
  if (messages.length === 0 && !detail) return null;
  return (
    <div
      id={id}
      tabIndex={-1}
      role="alert"
      className="rounded-md bg-red-50 p-3 text-sm text-red-900 ring-1 ring-red-200"
    >
      <p className="font-semibold">{detail ?? "Some answers need another look before you submit."}</p>
      {messages.length ? (
        <ul className="mt-1 list-disc pl-5">
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
