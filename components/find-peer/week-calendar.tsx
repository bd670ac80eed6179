"use client";

import { useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { OpenSlot } from "./slot-keys";
import { useDaysDrawn } from "./use-days-drawn";
import { formatClock, localDate, weekDays } from "@/lib/dates/viewer-time";
import { useLocale } from "@/components/locale/locale-provider";

export const slotButtonId = (start: string) => `slot-${start.replace(/[^\dA-Za-z]/g, "")}`;

interface Props {
  week: string;
  timeZone: string;
  today: string;
  isCurrentWeek: boolean;
  typeName: string;
  /** Undefined while the week loads. */
  slots: OpenSlot[] | undefined;
  loading: boolean;
  failed: boolean;
  onRetry: () => void;
  canGoNext: boolean;
  onNextWeek: () => void;
  selectedStart: string | null;
  onPick: (slot: OpenSlot) => void;
  /** The line under each time: how many peers are free by default; a personal page or reschedule says what suits it. */
  slotNote?: (slot: OpenSlot) => string;
  /** Replaces "No one is free for … this week." where the week shows one person's times. */
  emptyMessage?: string;
}

const peersFree = (n: number) => (n === 1 ? "1 peer free" : `${n} peers free`);

/** Seven days, Monday first, each with its open times in the viewer's zone. Days stack on a phone. */
export function WeekCalendar(props: Props) {
  const locale = useLocale();
  const { week, timeZone, today, slots, loading, failed, selectedStart, onPick } = props;
  const days = weekDays(week, locale);
  const byDay = new Map<string, OpenSlot[]>();
  for (const slot of slots ?? []) {
    const day = localDate(slot.start, timeZone);
    const list = byDay.get(day);
    if (list) list.push(slot);
    else byDay.set(day, [slot]);
  }
  const total = slots?.length ?? 0;
  const grid = useSlotGrid(slots ?? [], selectedStart, timeZone);
  // The days draw one after another (use-days-drawn.ts); the rest keep their placeholders meanwhile.
  const drawn = useDaysDrawn(days.length, `${props.typeName}|${week}`, !loading && !failed);

  return (
    <section aria-labelledby="open-times-heading" aria-busy={loading || drawn < days.length}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="open-times-heading" className="text-lg font-semibold">
          Open times
        </h2>
        <p role="status" className="text-sm text-slate-600">
          {loading
            ? "Loading open times…"
            : failed
              ? ""
              : total === 0
                ? "No open times this week"
                : `${total} open ${total === 1 ? "time" : "times"} this week`}
        </p>
      </div>

      {failed ? (
        <div role="alert" className="mt-3 rounded-lg bg-red-50 p-4 text-red-900 ring-1 ring-red-200">
          <p className="font-medium">We couldn&apos;t load open times for this week.</p>
          <Button variant="secondary" className="mt-3" onClick={props.onRetry}>
            Try again
          </Button>
        </div>
      ) : !loading && total === 0 ? (
        <EmptyWeek {...props} />
      ) : (
        // One Tab stop for the whole week; the arrow keys move between its times (useSlotGrid).
        <ol className="mt-3 grid gap-3 lg:grid-cols-7 lg:gap-2" onKeyDown={grid.onKeyDown}>
          {days.map((day, index) => {
            const daySlots = byDay.get(day.date) ?? [];
            const headingId = `day-${day.date}`;
            return (
              <li
                key={day.date}
                className={cn(
                  // Days stack on a phone: the browser lays out and paints only those near the screen.
                  "rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 [contain-intrinsic-size:auto_12rem] [content-visibility:auto] lg:p-2",
                  day.date === today && "ring-2 ring-brand-600",
                )}
              >
                <div role="group" aria-labelledby={headingId}>
                  <h3 id={headingId} className="flex items-baseline gap-2 lg:flex-col lg:gap-0 lg:text-center">
                    <span aria-hidden="true" className="font-semibold">
                      {day.weekday}
                    </span>
                    <span aria-hidden="true" className="text-sm text-slate-600">
                      {day.shortDate}
                      {day.date === today ? " · today" : ""}
                    </span>
                    <span className="sr-only">
                      {day.longLabel}
                      {day.date === today ? ", today" : ""}
                    </span>
                  </h3>
                  {loading || index >= drawn ? (
                    <div aria-hidden="true" className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-5 lg:grid-cols-1">
                      {[0, 1, 2].map((i) => (
                        <div key={i} className="h-12 animate-pulse rounded-md bg-slate-100" />
                      ))}
                    </div>
                  ) : daySlots.length === 0 ? (
                    <p className="mt-2 text-sm text-slate-500 lg:text-center">
                      {day.date < today ? "Already passed" : "No open times"}
                    </p>
                  ) : (
                    <ul className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-5 lg:grid-cols-1">
                      {daySlots.map((slot) => {
                        const selected = slot.start === selectedStart;
                        return (
                          <li key={slot.start}>
                            <button
                              type="button"
                              id={slotButtonId(slot.start)}
                              aria-pressed={selected}
                              tabIndex={slot.start === grid.tabStop ? 0 : -1}
                              data-start={slot.start}
                              onFocus={() => grid.setFocused(slot.start)}
                              onClick={() => onPick(slot)}
                              className={cn(
                                "flex min-h-11 w-full flex-col items-center justify-center rounded-md px-1 py-1.5 ring-1 transition-colors",
                                selected
                                  ? "bg-brand-600 text-white ring-brand-600"
                                  : "bg-brand-50 text-brand-900 ring-brand-100 hover:bg-brand-100",
                              )}
                            >
                              <span className="font-semibold tabular-nums">
                                {formatClock(slot.start, timeZone, locale)}
                              </span>
                              <span className={cn("text-xs", selected ? "text-white" : "text-slate-700")}>
                                {props.slotNote ? props.slotNote(slot) : peersFree(slot.available)}
                              </span>
                            </button>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function EmptyWeek({ typeName, canGoNext, onNextWeek, isCurrentWeek, emptyMessage }: Props) {
  return (
    <div className="mt-3 rounded-lg bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
      <p className="font-semibold">{emptyMessage ?? `No one is free for ${typeName} this week.`}</p>
      <p className="mt-1 text-slate-700">
        {isCurrentWeek ? "The next seven days are booked up or outside peers' hours. " : ""}
        Try the next week, or pick another interview type above.
      </p>
      {canGoNext ? (
        <Button className="mt-4" onClick={onNextWeek}>
          Try next week <span aria-hidden="true">→</span>
        </Button>
      ) : null}
    </div>
  );
}

/**
 * A roving tab stop over the week's times: Tab enters at the chosen time (or the first), the arrow keys move
 * to the previous or next time, Home and End to the first and last, Page Up and Page Down by a day.
 */
function useSlotGrid(slots: OpenSlot[], selectedStart: string | null, timeZone: string) {
  const [focused, setFocused] = useState<string | null>(null);
  const starts = slots.map((slot) => slot.start);
  const known = (start: string | null) => start !== null && starts.includes(start);
  const tabStop = known(focused) ? focused : known(selectedStart) ? selectedStart : (starts[0] ?? null);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const current = (event.target as HTMLElement).dataset.start;
    const index = current ? starts.indexOf(current) : -1;
    if (index < 0) return;
    const day = (start: string) => localDate(start, timeZone);
    let next = index;
    if (event.key === "ArrowRight" || event.key === "ArrowDown") next = Math.min(index + 1, starts.length - 1);
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp") next = Math.max(index - 1, 0);
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = starts.length - 1;
    else if (event.key === "PageDown") {
      next = starts.findIndex((s, i) => i > index && day(s) !== day(starts[index]!));
      if (next < 0) next = index;
    } else if (event.key === "PageUp") {
      // The first time of the day before this one.
      const previous = starts.slice(0, index).findLast((s) => day(s) !== day(starts[index]!));
      next = previous ? starts.findIndex((s) => day(s) === day(previous)) : index;
    } else return;
    event.preventDefault();
    const target = document.getElementById(slotButtonId(starts[next]!));
    if (!target) return; // a day not drawn yet
    setFocused(starts[next]!);
    target.focus();
  }

  return { tabStop, setFocused, onKeyDown };
}
