"use client";

import { useState } from "react";
import { WEEKDAY_NAMES, WEEKDAYS } from "@/lib/availability/availability.schema";
import { copyMondayToWeekdays, type Draft, type DraftRange, type Weekday } from "./availability-draft";
import { DayRangesField } from "./day-ranges-field";
import { smallButton, useFieldIds } from "./field-bits";

export function WeeklyHoursField({ draft, onChange }: { draft: Draft; onChange: (draft: Draft) => void }) {
  const idOf = useFieldIds();
  const [copied, setCopied] = useState(false);
  const setDay = (day: Weekday, ranges: DraftRange[]) => {
    setCopied(false);
    onChange({ ...draft, weekly: { ...draft.weekly, [day]: ranges } });
  };

  return (
    <div>
      <ul className="divide-y divide-slate-200">
        {WEEKDAYS.map((day) => {
          const name = WEEKDAY_NAMES[day];
          const headingId = `${idOf(`weekly.${day}`)}-name`;
          return (
            <li key={day} className="py-4 first:pt-0">
              <div role="group" aria-labelledby={headingId} className="grid gap-2 sm:grid-cols-[8rem_1fr] sm:gap-4">
                <h3 id={headingId} className="font-semibold sm:flex sm:min-h-11 sm:items-center sm:self-start">
                  {name}
                </h3>
                <DayRangesField
                  label={name}
                  path={`weekly.${day}`}
                  ranges={draft.weekly[day]}
                  onChange={(ranges) => setDay(day, ranges)}
                />
              </div>
            </li>
          );
        })}
      </ul>
      <div className="mt-2 flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
        <button
          type="button"
          className={smallButton}
          onClick={() => {
            onChange(copyMondayToWeekdays(draft));
            setCopied(true);
          }}
        >
          Copy Monday to weekdays
        </button>
        <p aria-live="polite" className="text-sm text-slate-700">
          {copied
            ? draft.weekly["1"].length
              ? "Tuesday to Friday now have Monday's hours."
              : "Tuesday to Friday are now unavailable, like Monday."
            : ""}
        </p>
      </div>
    </div>
  );
}
