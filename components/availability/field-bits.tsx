"use client";

import { createContext, useContext, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { FieldErrors } from "./availability-draft";

/**
 * Errors reach each control through context, keyed by the schema's dotted path,
 * so a server error for "weekly.2.1.start" lands on the same input a client
 * check would have marked.
 */
const FieldErrorsContext = createContext<{ uid: string; errors: FieldErrors }>({ uid: "", errors: {} });
export const FieldErrorsProvider = FieldErrorsContext.Provider;

export function useFieldIds() {
  const { uid } = useContext(FieldErrorsContext);
  return (path: string) => `${uid}-${path.replaceAll(".", "-")}`;
}

/** Props that tie a control to its error: id, aria-invalid, aria-describedby (plus any hint ids). */
export function useField(path: string, ...hintIds: (string | undefined)[]) {
  const { errors } = useContext(FieldErrorsContext);
  const idOf = useFieldIds();
  const message = errors[path];
  const describedBy = [message ? `${idOf(path)}-error` : undefined, ...hintIds].filter(Boolean).join(" ");
  return {
    message,
    props: {
      id: idOf(path),
      "aria-invalid": message ? (true as const) : undefined,
      "aria-describedby": describedBy || undefined,
    },
  };
}

/** Every current error, for groups that gather several paths. */
export function useFieldErrors(): FieldErrors {
  return useContext(FieldErrorsContext).errors;
}

/** The error for a whole group rather than one control, e.g. "weekly.1" (too many ranges) or "overrides". */
export function useGroupError(path: string) {
  const { errors } = useContext(FieldErrorsContext);
  return errors[path];
}

export function FieldError({ path, message }: { path: string; message: string | undefined }) {
  const idOf = useFieldIds();
  return message ? (
    <p id={`${idOf(path)}-error`} className="mt-1 text-sm font-medium text-red-800">
      {message}
    </p>
  ) : null;
}

export const inputClass = (invalid: boolean, extra?: string) =>
  cn(
    // The scroll margin keeps a focused field clear of the sticky save bar.
    "block min-h-11 scroll-mb-28 rounded-md border bg-white px-3 py-2 text-base text-slate-900",
    invalid ? "border-red-700 ring-1 ring-red-700" : "border-slate-300",
    extra,
  );

export const smallButton =
  "inline-flex min-h-11 items-center justify-center rounded-md px-3 text-sm font-semibold text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50 disabled:opacity-60";

export function EditorSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {intro ? <div className="mt-1 max-w-prose text-sm text-slate-700">{intro}</div> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}
