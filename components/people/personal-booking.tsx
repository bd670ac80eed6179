"use client";

import { useLocale } from "@/components/locale/locale-provider";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { ApiError } from "@/components/api-request";
import { bookingKeys, createBooking, newIdempotencyKey, type BookingRow } from "@/components/bookings/booking-keys";
import { BookingConfirmation } from "@/components/find-peer/booking-confirmation";
import { BookingProblem } from "@/components/find-peer/booking-problem";
import { slotKeys, type OpenSlot } from "@/components/find-peer/slot-keys";
import { WeekCalendar, slotButtonId } from "@/components/find-peer/week-calendar";
import { WeekRange, WeekSteps } from "@/components/find-peer/week-steps";
import { Button } from "@/components/ui/button";
import { formatSpan, localDate, MAX_WEEKS_AHEAD, shiftWeek, weekBounds } from "@/lib/dates/viewer-time";
import { personSlotsQuery } from "./person-keys";

interface Props {
  person: { id: string; displayName: string; timeZone: string };
  types: { slug: string; name: string; durationMinutes: number }[];
  timeZone: string;
  thisWeek: string;
}

/** One person's open times for the type picked, a week at a time, in the viewer's zone: a time, then Book. */
export function PersonalBooking({ person, types, timeZone, thisWeek }: Props) {
  const locale = useLocale();
  const uid = useId();
  const queryClient = useQueryClient();
  const [typeSlug, setTypeSlug] = useState(types[0]!.slug);
  const [week, setWeek] = useState(thisWeek);
  const [selected, setSelected] = useState<OpenSlot | null>(null);
  const [booked, setBooked] = useState<BookingRow | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const bookedRef = useRef<HTMLHeadingElement>(null);
  const type = types.find((t) => t.slug === typeSlug) ?? types[0]!;
  const lastWeek = shiftWeek(thisWeek, MAX_WEEKS_AHEAD);
  const slots = useQuery({
    ...personSlotsQuery({ interviewType: typeSlug, interviewer: person.id, ...weekBounds(week, timeZone) }),
    placeholderData: keepPreviousData,
  });
  const data = slots.isPlaceholderData ? undefined : slots.data;

  const booking = useMutation({
    mutationFn: createBooking,
    onSuccess: (row) => {
      flushSync(() => {
        setBooked(row);
        setSelected(null);
      });
      bookedRef.current?.focus();
      void queryClient.invalidateQueries({ queryKey: slotKeys.all });
      void queryClient.invalidateQueries({ queryKey: bookingKeys.all });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: slotKeys.all });
    },
  });

  function go(next: { week?: string; type?: string }) {
    booking.reset();
    setSelected(null);
    if (next.week) setWeek(next.week);
    if (next.type) setTypeSlug(next.type);
  }

  function pick(slot: OpenSlot) {
    booking.reset();
    setBooked(null);
    flushSync(() => setSelected(slot));
    confirmRef.current?.focus();
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <label htmlFor={`${uid}-type`} className="block text-sm font-semibold text-slate-800">
            Interview type
          </label>
          <select
            id={`${uid}-type`}
            value={type.slug}
            onChange={(event) => go({ type: event.target.value })}
            className="mt-1 block min-h-11 w-full rounded-md border-0 bg-white px-3 py-2 ring-1 ring-slate-300 sm:w-72"
          >
            {types.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name} · {t.durationMinutes} min
              </option>
            ))}
          </select>
        </div>
        <nav aria-label="Weeks" className="flex flex-col gap-2 sm:items-end">
          <p className="font-semibold" aria-live="polite">
            <WeekRange week={week} /> <span className="text-sm font-normal text-slate-600">· times in {timeZone}</span>
          </p>
          <div className="flex gap-2">
            <WeekSteps week={week} first={thisWeek} last={lastWeek} onGo={(next) => go({ week: next })} />
          </div>
        </nav>
      </div>

      {booked ? (
        <BookingConfirmation
          booking={booked}
          timeZone={timeZone}
          headingRef={bookedRef}
          onDismiss={() => setBooked(null)}
        />
      ) : null}

      <WeekCalendar
        week={week}
        timeZone={timeZone}
        today={localDate(new Date().toISOString(), timeZone)}
        isCurrentWeek={week === thisWeek}
        typeName={type.name}
        slots={data?.slots}
        loading={!data && !slots.isError}
        failed={slots.isError && !data}
        onRetry={() => void slots.refetch()}
        canGoNext={week < lastWeek}
        onNextWeek={() => go({ week: shiftWeek(week, 1) })}
        selectedStart={selected?.start ?? null}
        onPick={pick}
        slotNote={() => `${type.durationMinutes} min`}
        emptyMessage={`${person.displayName} has no open times for ${type.name} this week.`}
      />

      {selected ? (
        <section
          aria-labelledby={`${uid}-confirm`}
          className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5"
        >
          <h2 id={`${uid}-confirm`} ref={confirmRef} tabIndex={-1} className="text-lg font-semibold outline-none">
            {type.name} with {person.displayName}
          </h2>
          <p className="mt-1 text-slate-700">
            {formatSpan(selected.start, selected.end, timeZone, locale)} ({timeZone})
            {person.timeZone !== timeZone
              ? `; for ${person.displayName} that's ${formatSpan(selected.start, selected.end, person.timeZone, locale)} (${person.timeZone})`
              : ""}
            .
          </p>
          {booking.isError ? (
            <div className="mt-3">
              <BookingProblem
                error={booking.error}
                peerName={person.displayName}
                retrying={booking.isPending}
                onRetry={() => booking.mutate(booking.variables)}
                timeZone={timeZone}
                onBookInstead={(start) =>
                  booking.mutate({
                    interviewerId: person.id,
                    interviewType: type.slug,
                    start,
                    idempotencyKey: newIdempotencyKey(),
                  })
                }
              />
            </div>
          ) : null}
          <div className="mt-3 flex flex-col gap-2 sm:flex-row">
            <Button
              disabled={booking.isPending}
              aria-busy={booking.isPending}
              onClick={() =>
                booking.mutate({
                  interviewerId: person.id,
                  interviewType: type.slug,
                  start: selected.start,
                  idempotencyKey: newIdempotencyKey(),
                })
              }
            >
              {booking.isPending ? "Booking…" : `Book with ${person.displayName}`}
            </Button>
            <Button
              variant="ghost"
              onClick={() => {
                const start = selected.start;
                setSelected(null);
                document.getElementById(slotButtonId(start))?.focus();
              }}
            >
              Pick another time
            </Button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
