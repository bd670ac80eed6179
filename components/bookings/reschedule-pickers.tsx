"use client";

import { useQuery } from "@tanstack/react-query";
import { DateTime } from "luxon";
import { useId, useState } from "react";
import { formatCalendarDate } from "@/lib/dates/date-labels";
import { formatClock, formatDay, formatSpan, localDate } from "@/lib/dates/viewer-time";
import { slotKeys, type SlotSearchResult } from "@/components/find-peer/slot-keys";
import { apiRequest, errorMessage } from "@/components/api-request";
import { Button } from "@/components/ui/button";
import type { BookingDetail, BookingPerson } from "./booking-keys";
import { firstName } from "./booking-status";
import { useLocale } from "@/components/locale/locale-provider";

const DAY_MS = 86_400_000;
const PAGE_DAYS = 14;
/** Twelve weeks ahead is further than interviewers usually open. */
const MAX_PAGES = 6;

interface OpenTimePickerProps {
  booking: BookingDetail;
  timeZone: string;
  now: number;
  value: string | null;
  onChange: (start: string | null) => void;
  error: string | null;
}

/** The interviewer's open times, two weeks at a time, as radio buttons grouped by day in the viewer's zone. */
export function OpenTimePicker({ booking, timeZone, now, value, onChange, error }: OpenTimePickerProps) {
  const locale = useLocale();
  const uid = useId();
  // Fixed when the dialog opens, so the query key doesn't move with the clock.
  const [base] = useState(() => Math.floor(now / 3_600_000) * 3_600_000);
  const [page, setPage] = useState(0);
  const from = new Date(base + page * PAGE_DAYS * DAY_MS).toISOString();
  const to = new Date(base + (page + 1) * PAGE_DAYS * DAY_MS).toISOString();
  const search = { interviewType: booking.interviewType.slug, from, to, interviewer: booking.interviewer.id };
  const slots = useQuery({
    queryKey: [...slotKeys.searches(), search],
    queryFn: () => apiRequest<SlotSearchResult>(`/api/v1/slots?${new URLSearchParams(search)}`),
    staleTime: 15_000,
  });
  const interviewer = firstName(booking.interviewer);
  const theirZone = booking.interviewer.profile?.timeZone;

  const days = new Map<string, SlotSearchResult["slots"]>();
  for (const slot of slots.data?.slots ?? []) {
    const day = localDate(slot.start, timeZone);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  const chosen = slots.data?.slots.find((s) => s.start === value);
  const range = `${formatDay(from, timeZone, locale)} – ${formatDay(new Date(Date.parse(to) - 1).toISOString(), timeZone, locale)}`;

  const turn = (next: number) => {
    setPage(next);
    onChange(null);
  };

  return (
    <fieldset aria-describedby={error ? `${uid}-error` : undefined}>
      <legend className="text-sm font-semibold text-slate-800">New time</legend>
      <div className="mt-1 flex items-center justify-between gap-2">
        <Button type="button" variant="ghost" className="px-2" disabled={page === 0} onClick={() => turn(page - 1)}>
          <span aria-hidden="true">←</span> Earlier
        </Button>
        <p className="text-center text-sm text-slate-700" aria-live="polite">
          {range}
          <span className="block text-xs text-slate-600">Times in {timeZone}</span>
        </p>
        <Button
          type="button"
          variant="ghost"
          className="px-2"
          disabled={page >= MAX_PAGES - 1}
          onClick={() => turn(page + 1)}
        >
          Later <span aria-hidden="true">→</span>
        </Button>
      </div>

      <div className="mt-2 max-h-72 space-y-3 overflow-y-auto rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
        {slots.isPending ? (
          <p className="text-sm text-slate-700">Looking for {interviewer}&apos;s open times…</p>
        ) : slots.isError ? (
          <div role="alert" className="text-sm text-red-800">
            <p>{errorMessage(slots.error)}</p>
            <Button type="button" variant="secondary" className="mt-2" onClick={() => void slots.refetch()}>
              Try again
            </Button>
          </div>
        ) : days.size === 0 ? (
          <p className="text-sm text-slate-700">
            {interviewer} has no other open times in these two weeks. Try later dates, or cancel and find another peer.
          </p>
        ) : (
          [...days.entries()].map(([day, daySlots]) => (
            <div key={day} role="group" aria-labelledby={`${uid}-${day}`}>
              <h3 id={`${uid}-${day}`} className="text-sm font-semibold text-slate-800">
                {formatCalendarDate(day, locale)}
              </h3>
              <div className="mt-1 flex flex-wrap gap-2">
                {daySlots.map((slot) => (
                  <label key={slot.start} className="relative">
                    <input
                      type="radio"
                      name={`${uid}-start`}
                      value={slot.start}
                      checked={value === slot.start}
                      onChange={() => onChange(slot.start)}
                      // Transparent over its label, so the radio itself takes the click and the focus.
                      className="peer absolute inset-0 cursor-pointer opacity-0"
                    />
                    <span className="inline-flex min-h-11 items-center rounded-md bg-white px-3 text-sm font-medium ring-1 ring-slate-300 peer-checked:bg-brand-600 peer-checked:text-white peer-checked:ring-brand-600 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 hover:bg-brand-50 peer-checked:hover:bg-brand-700">
                      {formatClock(slot.start, timeZone, locale)}–{formatClock(slot.end, timeZone, locale)}
                    </span>
                  </label>
                ))}
              </div>
            </div>
          ))
        )}
      </div>
      {chosen && theirZone ? (
        <p className="mt-2 text-sm text-slate-700">
          For {interviewer} that&apos;s {formatSpan(chosen.start, chosen.end, theirZone, locale)} ({theirZone}).
        </p>
      ) : null}
      {error ? (
        <p id={`${uid}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

interface FreeTimePickerProps {
  timeZone: string;
  other: BookingPerson;
  now: number;
  durationMinutes?: number;
  initial: DateTime;
  onChange: (start: string | null) => void;
  error: string | null;
}

/** A date and a start time in the viewer's zone, with what that is for the other person. */
export function FreeTimePicker({
  timeZone,
  other,
  now,
  initial,
  durationMinutes = 45,
  onChange,
  error,
}: FreeTimePickerProps) {
  const locale = useLocale();
  const uid = useId();
  const [date, setDate] = useState(initial.toISODate() ?? "");
  const [time, setTime] = useState(initial.toFormat("HH:mm"));
  const at = DateTime.fromISO(`${date}T${time}`, { zone: timeZone });
  const past = at.isValid && at.toMillis() <= now;
  const otherZone = other.profile?.timeZone;

  const update = (nextDate: string, nextTime: string) => {
    setDate(nextDate);
    setTime(nextTime);
    const next = DateTime.fromISO(`${nextDate}T${nextTime}`, { zone: timeZone });
    onChange(next.isValid && next.toMillis() > Date.now() ? next.toUTC().toISO() : null);
  };

  const startIso = at.isValid ? at.toUTC().toISO() : null;
  const endIso = at.isValid ? at.plus({ minutes: durationMinutes }).toUTC().toISO() : null;
  const problem = past ? "That time has passed. Pick a later one." : error;

  return (
    <fieldset aria-describedby={problem ? `${uid}-error` : undefined}>
      <legend className="text-sm font-semibold text-slate-800">
        New time <span className="font-normal text-slate-600">(in {timeZone})</span>
      </legend>
      <div className="mt-1 grid grid-cols-2 gap-3">
        <div>
          <label htmlFor={`${uid}-date`} className="block text-sm text-slate-700">
            Date
          </label>
          <input
            id={`${uid}-date`}
            type="date"
            value={date}
            min={DateTime.fromMillis(now, { zone: timeZone }).toISODate() ?? undefined}
            onChange={(event) => update(event.target.value, time)}
            className="mt-1 block min-h-11 w-full rounded-md border-0 px-3 py-2 ring-1 ring-slate-300"
          />
        </div>
        <div>
          <label htmlFor={`${uid}-time`} className="block text-sm text-slate-700">
            Start
          </label>
          <input
            id={`${uid}-time`}
            type="time"
            step={900}
            value={time}
            onChange={(event) => update(date, event.target.value)}
            className="mt-1 block min-h-11 w-full rounded-md border-0 px-3 py-2 ring-1 ring-slate-300"
          />
        </div>
      </div>
      {startIso && endIso && otherZone && !past ? (
        <p className="mt-2 text-sm text-slate-700">
          For {firstName(other)} that&apos;s {formatSpan(startIso, endIso, otherZone, locale)} ({otherZone}).
        </p>
      ) : null}
      {problem ? (
        <p id={`${uid}-error`} className="mt-1 text-sm text-red-800">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
