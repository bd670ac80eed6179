"use client";

import { useSyncExternalStore } from "react";
import { cn } from "@/components/ui/cn";

const subscribe = (onChange: () => void) => {
  const timer = setInterval(onChange, 1000);
  return () => clearInterval(timer);
};
// Whole seconds, so the snapshot stays equal between ticks.
const tick = () => Math.floor(Date.now() / 1000) * 1000;

const pad = (n: number) => String(n).padStart(2, "0");

function format(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  return `${Math.floor(total / 60)}:${pad(total % 60)}`;
}

/**
 * The attempt's clock, counted from the server's start time so a reload does not reset it.
 * Screen readers hear it only at the minute marks that matter (the live region changes rarely).
 */
export function SoloTimer({ dueAt, minutes }: { dueAt: string; minutes: number }) {
  const due = Date.parse(dueAt);
  const now = useSyncExternalStore(subscribe, tick, () => null);
  const left = now === null ? minutes * 60_000 : due - now;
  const over = left < 0;
  const announce = over
    ? "Time is up. You can still finish and hand in."
    : left < 5 * 60_000
      ? "Under five minutes left."
      : "";
  return (
    <div
      data-testid="solo-timer"
      className={cn(
        "rounded-lg px-4 py-3 ring-1",
        over ? "bg-amber-50 text-amber-950 ring-amber-300" : "bg-white text-slate-900 ring-slate-200",
      )}
    >
      <p className="text-sm text-slate-700">{over ? "Over time by" : `Time left of ${minutes} minutes`}</p>
      <p className="font-mono text-2xl font-semibold tabular-nums" aria-hidden="true">
        {format(left)}
      </p>
      <p className="sr-only">{over ? `Over time by ${format(left)}` : `${format(left)} left`} (minutes and seconds)</p>
      <p aria-live="polite" className="text-sm">
        {announce}
      </p>
    </div>
  );
}
