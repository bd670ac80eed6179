"use client";

import { flushSync } from "react-dom";
import { clockOf, minutesOf } from "@/lib/availability/availability.schema";
import { crossesMidnight } from "@/lib/availability/day-range";
import { newRange, type DraftRange } from "./availability-draft";
import { FieldError, inputClass, smallButton, useField, useFieldIds, useGroupError } from "./field-bits";

export interface DayRangesFieldProps {
  /** Names the controls: "Monday" gives "Monday range 1 start". */
  label: string;
  /** Schema path of the list: "weekly.1" or "overrides.0.ranges". */
  path: string;
  ranges: DraftRange[];
  onChange: (ranges: DraftRange[]) => void;
  /** The add button's accessible name; its visible text is always "Add hours". */
  addLabel?: string;
  /** A date override with hours keeps at least one range: "Day off" is how it says none. */
  keepOne?: boolean;
}

const CLOCK = /^\d\d:\d\d$/;
/** Whether a typed range runs past midnight; an end of 00:00 is midnight itself, shown without a note. */
function endsNextDay(range: DraftRange): boolean {
  if (!CLOCK.test(range.start) || !CLOCK.test(range.end) || range.end === "00:00") return false;
  return crossesMidnight(minutesOf(range.start), minutesOf(range.end));
}

/** The next range starts where the last one ends, an hour long; the first is a working day. */
function nextRange(ranges: DraftRange[]): DraftRange {
  const last = ranges.at(-1);
  // After a range that ends at or past midnight, the day has no later hours to suggest.
  if (!last || !CLOCK.test(last.end) || last.end === "00:00" || endsNextDay(last)) return newRange();
  const start = minutesOf(last.end);
  return newRange(last.end, clockOf(Math.min(start + 60, 24 * 60)).replace("24:00", "00:00"));
}

export function DayRangesField({ label, path, ranges, onChange, addLabel, keepOne = false }: DayRangesFieldProps) {
  const idOf = useFieldIds();
  const groupError = useGroupError(path);
  const addId = `${idOf(path)}-add`;

  function add() {
    flushSync(() => onChange([...ranges, nextRange(ranges)]));
    document.getElementById(idOf(`${path}.${ranges.length}.start`))?.focus();
  }
  function remove(index: number) {
    flushSync(() => onChange(ranges.filter((_, i) => i !== index)));
    document.getElementById(addId)?.focus();
  }
  function edit(index: number, change: Partial<DraftRange>) {
    onChange(ranges.map((r, i) => (i === index ? { ...r, ...change } : r)));
  }

  return (
    <div className="min-w-0">
      {ranges.length === 0 ? (
        <p className="flex min-h-11 items-center text-slate-600">Unavailable</p>
      ) : (
        <ul className="space-y-3">
          {ranges.map((range, i) => (
            <RangeRow
              key={range.key}
              label={`${label} range ${i + 1}`}
              path={`${path}.${i}`}
              range={range}
              onChange={(change) => edit(i, change)}
              onRemove={keepOne && ranges.length === 1 ? undefined : () => remove(i)}
            />
          ))}
        </ul>
      )}
      <FieldError path={path} message={groupError} />
      <button
        type="button"
        id={addId}
        onClick={add}
        aria-label={addLabel ?? `Add hours on ${label}`}
        className={`${smallButton} mt-3`}
        disabled={ranges.length >= 8}
      >
        Add hours
      </button>
    </div>
  );
}

function RangeRow({
  label,
  path,
  range,
  onChange,
  onRemove,
}: {
  label: string;
  path: string;
  range: DraftRange;
  onChange: (change: Partial<DraftRange>) => void;
  onRemove: (() => void) | undefined;
}) {
  const start = useField(`${path}.start`);
  const nextDayId = `${useFieldIds()(path)}-next-day`;
  const nextDay = endsNextDay(range);
  const end = useField(`${path}.end`, nextDay ? nextDayId : undefined);
  return (
    <li className="flex flex-wrap items-start gap-x-3">
      {/* On a phone the pair fills the row, its errors sit under it, and "Remove" drops below them. */}
      <div className="w-full sm:w-auto">
        <div className="grid grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)] items-center gap-2 sm:flex">
          <input
            type="time"
            {...start.props}
            aria-label={`${label} start`}
            value={range.start}
            onChange={(e) => onChange({ start: e.target.value })}
            className={inputClass(!!start.message, "w-full sm:w-36")}
          />
          <span aria-hidden="true" className="text-slate-600">
            to
          </span>
          <input
            type="time"
            {...end.props}
            aria-label={`${label} end`}
            value={range.end}
            onChange={(e) => onChange({ end: e.target.value })}
            className={inputClass(!!end.message, "w-full sm:w-36")}
          />
        </div>
        {nextDay ? (
          <p id={nextDayId} className="mt-1 text-sm text-slate-600">
            Ends the next day, at {range.end}
          </p>
        ) : null}
        <FieldError path={`${path}.start`} message={start.message} />
        <FieldError path={`${path}.end`} message={end.message} />
      </div>
      {onRemove ? (
        <button
          type="button"
          onClick={onRemove}
          aria-label={`Remove ${label}`}
          className="-ml-3 inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-slate-700 underline-offset-2 hover:bg-slate-100 hover:underline sm:ml-0"
        >
          Remove
        </button>
      ) : null}
    </li>
  );
}
