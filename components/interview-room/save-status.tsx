"use client";

import type { SaveState } from "./autosave";
import { formatClock } from "@/lib/dates/viewer-time";
import { useLocale } from "@/components/locale/locale-provider";

interface Props {
  state: SaveState;
  onRetry: () => void;
  timeZone: string;
  /** What is being saved, for the announcement ("notes", "draft"). */
  what: string;
  idleText?: string;
}

/**
 * "Saving…", "Saved 14:02", or "Couldn't save — retry", announced politely to
 * screen readers. The retry button sits outside the live region so focus on
 * it doesn't repeat the message.
 */
export function SaveStatus({ state, onRetry, timeZone, what, idleText }: Props) {
  const locale = useLocale();
  const at = state.savedAt ? formatClock(state.savedAt, timeZone, locale) : null;
  const text =
    state.status === "pending" || state.status === "saving"
      ? "Saving…"
      : state.status === "saved"
        ? `Saved${at ? ` ${at}` : ""}`
        : state.status === "error"
          ? `Couldn't save your ${what}.`
          : (idleText ?? "");
  return (
    <div className="flex min-h-8 flex-wrap items-center gap-2 text-sm">
      <p
        role="status"
        aria-live="polite"
        data-save-status={state.status}
        className={state.status === "error" ? "font-semibold text-red-800" : "text-slate-600"}
      >
        {text}
        {state.status === "error" && state.error ? <span className="sr-only"> {state.error}</span> : null}
      </p>
      {state.status === "error" ? (
        <button
          type="button"
          onClick={onRetry}
          className="min-h-8 rounded px-2 font-semibold text-brand-700 underline hover:bg-slate-100"
        >
          Retry
        </button>
      ) : null}
    </div>
  );
}
