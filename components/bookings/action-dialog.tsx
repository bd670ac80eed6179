"use client";

import { Dialog } from "radix-ui";
import { type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useHydrated } from "./use-hydrated";

export interface ActionDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The person closed it (Escape, the dismiss button, outside): forget the last attempt here. */
  onClose?: () => void;
  /** The button that opens the dialog. */
  trigger: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  error?: string | null;
  tone?: "primary" | "danger";
  /** Label of the button that closes without doing anything. */
  dismissLabel?: string;
  onSubmit: () => void;
  children?: ReactNode;
  /** Wider, for dialogs that list choices (times, questions). */
  wide?: boolean;
}

/**
 * A dialog holding one form: Radix traps focus, Escape closes it, Enter in a
 * field submits. It stays open while the request runs so it can show the
 * server's answer, and can't be dismissed mid-request.
 */
export function ActionDialog(props: ActionDialogProps) {
  const { open, onOpenChange, pending } = props;
  const hydrated = useHydrated();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) props.onSubmit();
  };
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        onOpenChange(next);
        if (!next) props.onClose?.();
      }}
    >
      <Dialog.Trigger asChild disabled={!hydrated}>
        {props.trigger}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <Dialog.Content
          onOpenAutoFocus={(event) => {
            // Focus starts on the first thing to fill in (a time, a reason), not on a pager button before it.
            const content = event.currentTarget as HTMLElement;
            const field =
              content.querySelector<HTMLElement>("input:checked:not([disabled])") ??
              content.querySelector<HTMLElement>("input:not([disabled]), textarea, select");
            if (!field) return;
            event.preventDefault();
            field.focus();
          }}
          className={
            "fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl sm:p-6 " +
            (props.wide ? "max-w-xl" : "max-w-md")
          }
        >
          <form method="post" onSubmit={submit} noValidate>
            <Dialog.Title className="text-lg font-semibold text-slate-900">{props.title}</Dialog.Title>
            <Dialog.Description asChild>
              <div className="mt-2 space-y-2 text-sm text-slate-700">{props.description}</div>
            </Dialog.Description>
            {props.children ? <div className="mt-4 space-y-4">{props.children}</div> : null}
            {props.error ? (
              <p role="alert" className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
                {props.error}
              </p>
            ) : null}
            <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Dialog.Close asChild>
                <Button type="button" variant="secondary" disabled={pending}>
                  {props.dismissLabel ?? "Go back"}
                </Button>
              </Dialog.Close>
              <Button type="submit" variant={props.tone === "danger" ? "danger" : "primary"} disabled={pending}>
                {pending ? props.pendingLabel : props.confirmLabel}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

export const MIN_REASON = 3;

/** What's wrong with a reason before we send it, in the server's words. */
export function reasonProblem(reason: string, who: string): string | null {
  const length = reason.trim().length;
  if (length < MIN_REASON) return `Tell ${who} why (a few words is enough).`;
  if (length > 500) return "Keep it under 500 characters.";
  return null;
}

interface ReasonFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown once the person has tried to submit, or from the server's field errors. */
  error?: string | null;
  hint?: string;
  placeholder?: string;
  required?: boolean;
}

export function ReasonField({ label, value, onChange, error, hint, placeholder, required = true }: ReasonFieldProps) {
  return (
    <TextareaField
      label={label}
      hint={hint}
      value={value}
      onChange={onChange}
      error={error}
      maxLength={500}
      required={required}
      optional={!required}
      placeholder={placeholder}
    />
  );
}
