import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** A bar down the side of a field with a problem, so it stands out when scrolling back up. */
export const invalidClass = (error: string | undefined) => (error ? "border-l-4 border-red-700 pl-3" : undefined);

export const INPUT = "mt-2 block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base";

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-6">
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

export function Label({ htmlFor, optional, children }: { htmlFor: string; optional?: boolean; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="block font-semibold">
      {children}
      {optional ? <span className="font-normal text-slate-600"> (optional)</span> : null}
    </label>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1 text-sm text-slate-600">
      {children}
    </p>
  );
}

export function ErrorText({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="mt-2 text-sm font-medium text-red-800">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  ) : null;
}

export function Choices(props: {
  legend: string;
  hint?: string;
  field: string;
  ids: { error: string; hint: string };
  error: string | undefined;
  columns?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      className={invalidClass(props.error)}
      aria-describedby={
        [props.error ? props.ids.error : null, props.hint ? props.ids.hint : null].filter(Boolean).join(" ") ||
        undefined
      }
    >
      <legend className="font-semibold">{props.legend}</legend>
      {props.hint ? <Hint id={props.ids.hint}>{props.hint}</Hint> : null}
      <div className={cn("mt-2 grid gap-2", props.columns)}>{props.children}</div>
      <ErrorText id={props.ids.error} message={props.error} />
    </fieldset>
  );
}

export function Choice(props: {
  type?: "radio" | "checkbox";
  name?: string;
  field: string;
  value: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  hint?: string;
}) {
  return (
    <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-300 hover:bg-slate-50 has-checked:bg-brand-50 has-checked:ring-2 has-checked:ring-brand-600">
      <input
        type={props.type ?? "radio"}
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
        data-field={props.field}
        className="mt-1 size-4 shrink-0 accent-brand-600"
      />
      <span>
        <span className="block font-medium text-slate-900">{props.label}</span>
        {props.hint ? <span className="mt-0.5 block text-sm text-slate-600">{props.hint}</span> : null}
      </span>
    </label>
  );
}
