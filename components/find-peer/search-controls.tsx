"use client";

import Link from "next/link";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { WeekRange, WeekSteps } from "./week-steps";

export interface InterviewTypeOption {
  slug: string;
  name: string;
  durationMinutes: number;
  description: string | null;
}

interface Props {
  types: InterviewTypeOption[];
  type: InterviewTypeOption;
  /** The first of the seven days shown, and today (the earliest it can be), as ISO dates. */
  week: string;
  today: string;
  lastWeek: string;
  timeZone: string;
  onChange: (next: { type?: string; week?: string }) => void;
  /** The pointer or keyboard focus reached "Next week": a moment to fetch it ahead. */
  onNextIntent?: () => void;
}

/** The interview type and the seven days shown, with the viewer's zone named beside them. */
export function SearchControls({ types, type, week, today, lastWeek, timeZone, onChange, onNextIntent }: Props) {
  const uid = useId();
  return (
    <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
      <div className="flex flex-col gap-4 md:flex-row md:items-end md:justify-between">
        <div className="min-w-0 md:max-w-md">
          <label htmlFor={`${uid}-type`} className="block text-sm font-semibold text-slate-800">
            Interview type
          </label>
          <select
            id={`${uid}-type`}
            value={type.slug}
            onChange={(event) => onChange({ type: event.target.value })}
            aria-describedby={`${uid}-type-help`}
            className="mt-1 block min-h-11 w-full rounded-md border-0 bg-white px-3 py-2 text-slate-900 ring-1 ring-slate-300 md:w-80"
          >
            {types.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name} · {t.durationMinutes} min
              </option>
            ))}
          </select>
          <p id={`${uid}-type-help`} className="mt-1 text-sm text-slate-600">
            {type.description ?? `${type.durationMinutes}-minute mock interview.`}
          </p>
        </div>

        <nav aria-label="Weeks" className="flex flex-col gap-2 md:items-end">
          <div className="flex flex-wrap items-baseline gap-x-3 md:justify-end">
            <h2 className="text-lg font-semibold" aria-live="polite">
              <WeekRange week={week} />
            </h2>
            <p className="text-sm text-slate-600">
              Times in <strong className="font-semibold text-slate-800">{timeZone}</strong>{" "}
              <Link href="/settings" className="text-brand-700 underline">
                change<span className="sr-only"> your time zone</span>
              </Link>
            </p>
          </div>
          <div className="flex flex-wrap gap-2 md:justify-end">
            <WeekSteps
              week={week}
              first={today}
              last={lastWeek}
              onGo={(next) => onChange({ week: next })}
              className="flex-1 whitespace-nowrap sm:flex-none"
              onNextIntent={onNextIntent}
            />
            {week !== today ? (
              <Button variant="ghost" className="whitespace-nowrap" onClick={() => onChange({ week: today })}>
                From today
              </Button>
            ) : null}
          </div>
        </nav>
      </div>
    </div>
  );
}
