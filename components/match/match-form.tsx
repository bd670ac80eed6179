"use client";

import { useId, useState, type FormEvent } from "react";
import { formatDay, formatClock } from "@/lib/dates/viewer-time";
import { ApiError, errorMessage } from "@/components/api-request";
import { useHydrated } from "@/components/bookings/use-hydrated";
import { useNow } from "@/components/bookings/use-now";
import { Button } from "@/components/ui/button";
import { defaultWindow, MAX_WINDOWS, nextWindow, toUtcWindow, windowProblem, type WindowDraft } from "./match-windows";
import { useLocale } from "@/components/locale/locale-provider";

export interface TypeOption {
  slug: string;
  name: string;
  durationMinutes: number;
}

interface Props {
  types: TypeOption[];
  defaultType: string;
  timeZone: string;
  /** The server's clock at render, for the first suggested day (so both renders agree). */
  renderedAt: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: { interviewType: string; windows: { start: string; end: string }[] }) => void;
}

const input = "mt-1 block min-h-11 w-full rounded-md border-0 bg-white px-3 py-2 text-slate-900 ring-1 ring-slate-300";

export function MatchForm({ types, defaultType, timeZone, renderedAt, pending, error, onSubmit }: Props) {
  const locale = useLocale();
  const uid = useId();
  const [type, setType] = useState(defaultType);
  const [windows, setWindows] = useState<WindowDraft[]>(() => [defaultWindow(timeZone, Date.parse(renderedAt))]);
  const [nextKey, setNextKey] = useState(1);
  const [tried, setTried] = useState(false);
  const now = useNow(renderedAt);
  const hydrated = useHydrated();
  const serverErrors = error instanceof ApiError ? error.fieldErrors : {};

  const update = (key: number, patch: Partial<WindowDraft>) =>
    setWindows((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const add = () => {
    setWindows((rows) => [...rows, nextWindow(rows.at(-1), timeZone, Date.now(), nextKey)]);
    setNextKey((k) => k + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const now = Date.now();
    if (windows.some((w) => windowProblem(w, timeZone, now))) return;
    onSubmit({
      interviewType: type,
      windows: windows.map((w) => {
        const utc = toUtcWindow(w, timeZone)!;
        return { start: utc.start, end: utc.end };
      }),
    });
  };

  const generalError =
    error && !Object.keys(serverErrors).some((k) => k.startsWith("windows.")) ? errorMessage(error) : null;

  return (
    <form
      method="post"
      onSubmit={submit}
      noValidate
      className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
    >
      {/* Disabled until hydrated: before then a submit would be a plain GET that loses the times. */}
      <fieldset disabled={!hydrated} className="m-0 min-w-0 border-0 p-0">
        <label htmlFor={`${uid}-type`} className="block text-sm font-semibold text-slate-800">
          Interview type
        </label>
        <select
          id={`${uid}-type`}
          value={type}
          onChange={(event) => setType(event.target.value)}
          className={`${input} sm:w-80`}
        >
          {types.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name} · {t.durationMinutes} min
            </option>
          ))}
        </select>
        {serverErrors.interviewType?.[0] ? (
          <p className="mt-1 text-sm text-red-800">{serverErrors.interviewType[0]}</p>
        ) : null}

        <h2 className="mt-6 text-base font-semibold">When are you free?</h2>
        <p className="text-sm text-slate-700">
          Add up to {MAX_WINDOWS} times, in your zone (<strong className="font-semibold">{timeZone}</strong>). We book
          the earliest one that works for a good interviewer.
        </p>

        <ol className="mt-3 space-y-3">
          {windows.map((row, index) => {
            const problem = tried ? windowProblem(row, timeZone, now) : null;
            const serverProblem =
              serverErrors[`windows.${index}.end`]?.[0] ?? serverErrors[`windows.${index}.start`]?.[0];
            const message = problem ?? serverProblem ?? null;
            const utc = toUtcWindow(row, timeZone);
            const errorId = `${uid}-w${row.key}-error`;
            return (
              <li key={row.key}>
                <fieldset
                  className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
                  aria-describedby={message ? errorId : undefined}
                >
                  <legend className="sr-only">Time window {index + 1}</legend>
                  <div className="grid grid-cols-2 gap-3 sm:grid-cols-[minmax(0,13rem)_9rem_9rem_auto] sm:items-end">
                    <div className="col-span-2 sm:col-span-1">
                      <label htmlFor={`${uid}-w${row.key}-date`} className="block text-sm text-slate-700">
                        Day
                      </label>
                      <input
                        id={`${uid}-w${row.key}-date`}
                        type="date"
                        value={row.date}
                        onChange={(event) => update(row.key, { date: event.target.value })}
                        aria-invalid={message ? true : undefined}
                        className={input}
                      />
                    </div>
                    <div>
                      <label htmlFor={`${uid}-w${row.key}-from`} className="block text-sm text-slate-700">
                        From
                      </label>
                      <input
                        id={`${uid}-w${row.key}-from`}
                        type="time"
                        step={900}
                        value={row.from}
                        onChange={(event) => update(row.key, { from: event.target.value })}
                        className={input}
                      />
                    </div>
                    <div>
                      <label htmlFor={`${uid}-w${row.key}-to`} className="block text-sm text-slate-700">
                        To
                      </label>
                      <input
                        id={`${uid}-w${row.key}-to`}
                        type="time"
                        step={900}
                        value={row.to}
                        onChange={(event) => update(row.key, { to: event.target.value })}
                        className={input}
                      />
                    </div>
                    {windows.length > 1 ? (
                      <Button
                        type="button"
                        variant="ghost"
                        className="col-span-2 justify-self-start sm:col-span-1"
                        onClick={() => setWindows((rows) => rows.filter((r) => r.key !== row.key))}
                      >
                        Remove<span className="sr-only"> time window {index + 1}</span>
                      </Button>
                    ) : null}
                  </div>
                  {utc?.crossesMidnight && !message ? (
                    <p className="mt-2 text-sm text-slate-700">
                      Runs past midnight: ends {formatDay(utc.end, timeZone, locale)} at{" "}
                      {formatClock(utc.end, timeZone, locale)}.
                    </p>
                  ) : null}
                  {message ? (
                    <p id={errorId} className="mt-2 text-sm text-red-800">
                      {message}
                    </p>
                  ) : null}
                </fieldset>
              </li>
            );
          })}
        </ol>

        {windows.length < MAX_WINDOWS ? (
          <Button type="button" variant="secondary" className="mt-3" onClick={add}>
            <span aria-hidden="true">+</span> Add another time
          </Button>
        ) : (
          <p className="mt-3 text-sm text-slate-600">That&apos;s the most times one request can hold.</p>
        )}

        {generalError ? (
          <p role="alert" className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {generalError}
          </p>
        ) : null}

        <div className="mt-6 border-t border-slate-200 pt-4">
          <Button type="submit" disabled={pending} className="w-full sm:w-auto">
            {pending ? "Looking for a match…" : "Match me"}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
