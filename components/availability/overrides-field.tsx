"use client";

import { dateTimeFormat } from "@/lib/dates/date-time-format";
import { useSyncExternalStore } from "react";
import { flushSync } from "react-dom";
import { newKey, newRange, type DraftOverride } from "./availability-draft";
import { DayRangesField } from "./day-ranges-field";
import { FieldError, inputClass, smallButton, useField, useFieldIds, useGroupError } from "./field-bits";
import { formatCalendarDate } from "@/lib/dates/date-labels";
import type { Locale } from "@/lib/dates/locale";
import { useLocale } from "@/components/locale/locale-provider";

const noSubscribe = () => () => {};

/** Today's date where the person is, as YYYY-MM-DD (en-CA formats dates that way). */
function todayIn(timeZone: string): string {
  try {
    return dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

/** "2026-12-07" → "Monday 7 December 2026"; a calendar date, so formatted in UTC to stay that date everywhere. */
export function longDate(date: string, locale: Locale): string | null {
  return formatCalendarDate(date, locale, true);
}

export function OverridesField({
  overrides,
  timeZone,
  onChange,
}: {
  overrides: DraftOverride[];
  timeZone: string;
  onChange: (overrides: DraftOverride[]) => void;
}) {
  const idOf = useFieldIds();
  const listError = useGroupError("overrides");
  // Client-only: the server doesn't know the viewer's "today" at render time without risking a mismatch.
  const today = useSyncExternalStore(
    noSubscribe,
    () => todayIn(timeZone),
    () => null,
  );
  const addId = `${idOf("overrides")}-add`;

  function add() {
    flushSync(() => onChange([...overrides, { key: newKey(), date: "", kind: "off", ranges: [] }]));
    document.getElementById(idOf(`overrides.${overrides.length}.date`))?.focus();
  }
  function remove(index: number) {
    flushSync(() => onChange(overrides.filter((_, i) => i !== index)));
    document.getElementById(addId)?.focus();
  }
  function edit(index: number, change: Partial<DraftOverride>) {
    onChange(overrides.map((o, i) => (i === index ? { ...o, ...change } : o)));
  }

  return (
    <div>
      {overrides.length === 0 ? (
        <p className="text-slate-600">No date overrides. Your weekly hours apply every week.</p>
      ) : (
        <ul className="space-y-4">
          {overrides.map((override, i) => (
            <OverrideRow
              key={override.key}
              index={i}
              override={override}
              past={today !== null && override.date !== "" && override.date < today}
              onChange={(change) => edit(i, change)}
              onRemove={() => remove(i)}
            />
          ))}
        </ul>
      )}
      <FieldError path="overrides" message={listError} />
      <button
        type="button"
        id={addId}
        onClick={add}
        className={`${smallButton} mt-4`}
        disabled={overrides.length >= 100}
      >
        Add a date
      </button>
    </div>
  );
}

function OverrideRow({
  index,
  override,
  past,
  onChange,
  onRemove,
}: {
  index: number;
  override: DraftOverride;
  past: boolean;
  onChange: (change: Partial<DraftOverride>) => void;
  onRemove: () => void;
}) {
  const locale = useLocale();
  const idOf = useFieldIds();
  const path = `overrides.${index}`;
  const name = `Override ${index + 1}`;
  const titleId = `${idOf(path)}-title`;
  const pastId = `${idOf(path)}-past`;
  const date = useField(`${path}.date`, past ? pastId : undefined);
  const pretty = longDate(override.date, locale);

  function setKind(kind: DraftOverride["kind"]) {
    // Choosing hours for the first time starts from a typical working day rather than an empty list.
    onChange(kind === "hours" && override.ranges.length === 0 ? { kind, ranges: [newRange()] } : { kind });
  }

  return (
    <li>
      <div role="group" aria-labelledby={titleId} className="rounded-md p-3 ring-1 ring-slate-200 sm:p-4">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h3 id={titleId} className="font-semibold">
            <span className="sr-only">{name}: </span>
            {pretty ?? "New date"}
          </h3>
          <button
            type="button"
            onClick={onRemove}
            aria-label={`Remove date for ${name.toLowerCase()}`}
            className="-ml-3 inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:underline sm:-mt-2 sm:-mr-2 sm:ml-0"
          >
            Remove date
          </button>
        </div>
        <div className="mt-2 grid gap-4 sm:grid-cols-[12rem_1fr] sm:gap-6">
          <div>
            <label htmlFor={date.props.id} className="block text-sm font-semibold">
              Date
            </label>
            <input
              type="date"
              {...date.props}
              aria-label={`${name} date`}
              value={override.date}
              onChange={(e) => onChange({ date: e.target.value })}
              className={inputClass(!!date.message, "mt-1 w-full max-w-[12rem]")}
            />
            <FieldError path={`${path}.date`} message={date.message} />
            {past ? (
              <p id={pastId} className="mt-1 text-sm text-amber-900">
                This date has passed, so it no longer changes anything.
              </p>
            ) : null}
          </div>
          <div className="min-w-0">
            <fieldset>
              <legend className="text-sm font-semibold">On this date</legend>
              <div className="mt-1 flex flex-wrap gap-2">
                {(["off", "hours"] as const).map((kind) => (
                  <label
                    key={kind}
                    className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-3 ring-1 ring-slate-300 has-checked:bg-brand-50 has-checked:ring-2 has-checked:ring-brand-600"
                  >
                    <input
                      type="radio"
                      name={`${idOf(path)}-kind`}
                      checked={override.kind === kind}
                      onChange={() => setKind(kind)}
                      className="size-4 accent-brand-600"
                    />
                    {kind === "off" ? "Day off" : "Different hours"}
                  </label>
                ))}
              </div>
            </fieldset>
            {override.kind === "hours" ? (
              <div className="mt-3">
                <DayRangesField
                  label={name}
                  path={`${path}.ranges`}
                  ranges={override.ranges}
                  onChange={(ranges) => onChange({ ranges })}
                  addLabel={`Add hours on ${name.toLowerCase()}`}
                  keepOne
                />
              </div>
            ) : null}
          </div>
        </div>
      </div>
    </li>
  );
}
