"use client";

import { useLocale } from "@/components/locale/locale-provider";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { errorMessage } from "@/components/api-request";
import { Button } from "@/components/ui/button";
import { formatDay, formatClock, formatSpan } from "@/lib/dates/viewer-time";
import type { ExternalCalendarView } from "@/lib/external-calendars/external-calendar.schema";
import { calendarKeys, myCalendarsQuery, refreshMyCalendar, removeMyCalendar } from "./calendar-keys";
import { ConnectCalendarForm } from "./connect-calendar-form";
import { EditorSection } from "./field-bits";

/** How long the list keeps asking after a connect or "Refresh now"; the worker reads within seconds. */
const WATCH_MS = 60_000;
const POLL_MS = 2_000;

/**
 * Calendars whose busy times block your open times: connect, see what each
 * gave and when it was last read (or why it could not be), refresh, remove.
 */
export function ExternalCalendarsSection({ viewerZone }: { viewerZone: string }) {
  const uid = useId();
  const [watching, setWatching] = useState<ReadonlySet<string>>(new Set());
  const { data } = useSuspenseQuery({ ...myCalendarsQuery(), refetchInterval: watching.size > 0 ? POLL_MS : false });
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const watch = (id: string) => {
    setWatching((w) => new Set(w).add(id));
    clearTimeout(timers.current.get(id));
    timers.current.set(
      id,
      setTimeout(() => setWatching((w) => new Set([...w].filter((x) => x !== id))), WATCH_MS),
    );
  };
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  return (
    <EditorSection
      id={`${uid}-calendars`}
      title="Your calendars"
      intro="Connect the calendars you already use, and MockLoop won't offer times when they say you're busy. They are read every 15 minutes."
    >
      {data.calendars.length === 0 ? (
        <p className="text-sm text-slate-700">No calendars connected yet. Peers can book any of your open hours.</p>
      ) : (
        <ul className="space-y-4">
          {data.calendars.map((calendar) => (
            <CalendarItem
              key={calendar.id}
              calendar={calendar}
              viewerZone={viewerZone}
              reading={watching.has(calendar.id)}
              onRefresh={() => watch(calendar.id)}
            />
          ))}
        </ul>
      )}
      <div className="mt-6 border-t border-slate-200 pt-4">
        <ConnectCalendarForm onConnected={watch} />
      </div>
    </EditorSection>
  );
}

function CalendarItem(props: {
  calendar: ExternalCalendarView;
  viewerZone: string;
  reading: boolean;
  onRefresh: () => void;
}) {
  const { calendar, viewerZone } = props;
  const locale = useLocale();
  const queryClient = useQueryClient();
  const headingId = useId();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: calendarKeys.all });
  const refresh = useMutation({ mutationFn: () => refreshMyCalendar(calendar.id), onSuccess: props.onRefresh });
  const remove = useMutation({ mutationFn: () => removeMyCalendar(calendar.id), onSuccess: invalidate });
  const kind = calendar.kind === "ICS" ? "iCalendar address" : "CalDAV";
  const neverRead = calendar.lastReadAt === null && calendar.lastError === null;

  return (
    <li aria-labelledby={headingId} className="rounded-md p-3 ring-1 ring-slate-200">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h3 id={headingId} className="font-semibold break-words">
            {calendar.label} <span className="font-normal text-slate-600">({kind})</span>
          </h3>
          <p className="text-sm text-slate-700" role="status" aria-live="polite">
            {neverRead
              ? "Reading it for the first time…"
              : calendar.lastReadAt
                ? `Last read ${formatDay(calendar.lastReadAt, viewerZone, locale)}, ${formatClock(calendar.lastReadAt, viewerZone, locale)}.`
                : "Not read yet."}
            {props.reading && !neverRead ? " Reading it again…" : null}
          </p>
        </div>
        <div className="flex shrink-0 gap-2">
          <Button type="button" variant="secondary" disabled={refresh.isPending} onClick={() => refresh.mutate()}>
            Refresh now<span className="sr-only"> {calendar.label}</span>
          </Button>
          <Button
            type="button"
            variant="ghost"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(`Remove ${calendar.label}? Its busy times stop blocking your open hours.`))
                remove.mutate();
            }}
          >
            Remove<span className="sr-only"> {calendar.label}</span>
          </Button>
        </div>
      </div>
      {calendar.lastError ? (
        <p className="mt-2 rounded-md bg-red-50 p-2 text-sm text-red-900">
          <strong>We couldn&apos;t read this calendar:</strong> {calendar.lastError}
          {calendar.lastReadAt ? " Until it can be read, the busy times it gave last time still count." : null}
        </p>
      ) : null}
      {refresh.error || remove.error ? (
        <p className="mt-2 text-sm font-medium text-red-800">{errorMessage(refresh.error ?? remove.error)}</p>
      ) : null}
      <BusyList calendar={calendar} viewerZone={viewerZone} />
    </li>
  );
}

function BusyList({ calendar, viewerZone }: { calendar: ExternalCalendarView; viewerZone: string }) {
  const locale = useLocale();
  if (calendar.lastReadAt === null) return null;
  if (calendar.busy.length === 0) {
    return <p className="mt-2 text-sm text-slate-700">No busy times ahead in this calendar.</p>;
  }
  return (
    <details className="mt-2 text-sm" open={calendar.busyCount <= 5}>
      <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-700">
        {calendar.busyCount === 1 ? "1 busy time ahead" : `${calendar.busyCount} busy times ahead`} (in {viewerZone})
      </summary>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-800">
        {calendar.busy.map((b) => (
          <li key={b.start}>
            <time dateTime={b.start}>{formatSpan(b.start, b.end, viewerZone, locale)}</time>
          </li>
        ))}
      </ul>
      {calendar.busyCount > calendar.busy.length ? (
        <p className="mt-1 text-slate-600">…and {calendar.busyCount - calendar.busy.length} more later.</p>
      ) : null}
    </details>
  );
}
