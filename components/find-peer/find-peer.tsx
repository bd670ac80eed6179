"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useDeferredValue, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { bookingKeys, createBooking, newIdempotencyKey, type BookingRow } from "@/components/bookings/booking-keys";
import { ApiError } from "@/components/api-request";
import { BookingConfirmation } from "./booking-confirmation";
import { BookingProblem } from "./booking-problem";
import { PeerList } from "./peer-list";
import { SearchControls, type InterviewTypeOption } from "./search-controls";
import { slotKeys, slotSearchQuery, type OpenSlot, type RankedPeer } from "./slot-keys";
import { WeekCalendar, slotButtonId } from "./week-calendar";
import { localDate, MAX_WEEKS_AHEAD, resolveStartDay, shiftWeek, weekBounds } from "@/lib/dates/viewer-time";

interface Props {
  timeZone: string;
  types: InterviewTypeOption[];
  defaultType: string;
  /** Today in the viewer's zone: the calendar shows seven days from here unless ?week= says a later day. */
  today: string;
}

/**
 * "Find a peer": type and the first of the seven days shown live in the URL (?type=&week=) so a
 * link or a reload shows the same days; paging by seven days swaps the URL without a server round
 * trip and the calendar keeps its shape while the next seven load.
 */
export function FindPeer({ timeZone, types, defaultType, today }: Props) {
  const searchParams = useSearchParams();
  const queryClient = useQueryClient();
  const typeParam = searchParams.get("type");
  const typeSlug = types.some((t) => t.slug === typeParam) ? typeParam! : defaultType;
  const type = types.find((t) => t.slug === typeSlug)!;
  const week = resolveStartDay(searchParams.get("week"), today);
  const lastWeek = shiftWeek(today, MAX_WEEKS_AHEAD);
  const search = useMemo(
    () => ({ interviewType: typeSlug, ...weekBounds(week, timeZone) }),
    [typeSlug, week, timeZone],
  );
  const viewKey = `${typeSlug}|${week}`;

  const slots = useQuery({ ...slotSearchQuery(search), placeholderData: keepPreviousData });
  const data = slots.isPlaceholderData ? undefined : slots.data;
  // A week has a few hundred open times: the calendar draws them as a deferred, interruptible render
  // so a slow phone stays responsive while it does (Lighthouse counted it as one long blocking task).
  const shown = useDeferredValue(data);

  // The week after this one is the likeliest next click: fetch it when they reach for "Next week"
  // (pointer or keyboard), not as soon as this week arrives, when a phone is still busy drawing it.
  function prefetchNextWeek() {
    if (week >= lastWeek) return;
    void queryClient.prefetchQuery(
      slotSearchQuery({ interviewType: typeSlug, ...weekBounds(shiftWeek(week, 1), timeZone) }),
    );
  }

  const [selection, setSelection] = useState<{ view: string; start: string } | null>(null);
  const [booked, setBooked] = useState<BookingRow | null>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const confirmationHeading = useRef<HTMLHeadingElement>(null);

  const selectedStart = selection?.view === viewKey ? selection.start : null;
  const selectedSlot = selectedStart ? data?.slots.find((s) => s.start === selectedStart) : undefined;

  const booking = useMutation({
    mutationFn: createBooking,
    onSuccess: (row) => {
      flushSync(() => {
        setBooked(row);
        setSelection(null);
      });
      confirmationHeading.current?.focus();
      void queryClient.invalidateQueries({ queryKey: slotKeys.all });
      void queryClient.invalidateQueries({ queryKey: bookingKeys.all });
    },
    onError: (error) => {
      // Taken a moment ago (or clashing with their own interview): show what is still open.
      if (error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: slotKeys.all });
      problemRef.current?.focus();
    },
  });

  function navigate(next: { type?: string; week?: string }) {
    const params = new URLSearchParams(searchParams.toString());
    params.set("type", next.type ?? typeSlug);
    params.set("week", next.week ?? week);
    booking.reset();
    setBooked(null);
    window.history.pushState(null, "", `?${params.toString()}`);
  }

  function pick(slot: OpenSlot) {
    booking.reset();
    setBooked(null);
    flushSync(() => setSelection({ view: viewKey, start: slot.start }));
    panelHeading.current?.focus();
  }

  function book(peer: RankedPeer, slot: OpenSlot) {
    if (booking.isPending) return;
    booking.mutate({
      interviewerId: peer.id,
      interviewType: typeSlug,
      start: slot.start,
      idempotencyKey: newIdempotencyKey(),
    });
  }

  function backToCalendar() {
    const start = selectedStart;
    setSelection(null);
    if (start) document.getElementById(slotButtonId(start))?.focus();
  }

  const peerNames = new Map(
    data?.slots.flatMap((s) => s.interviewers.map((p) => [p.id, p.displayName] as const)) ?? [],
  );

  return (
    <div className="space-y-6">
      <SearchControls
        types={types}
        type={type}
        week={week}
        today={today}
        lastWeek={lastWeek}
        timeZone={timeZone}
        onChange={navigate}
        onNextIntent={prefetchNextWeek}
      />

      <div ref={problemRef} tabIndex={-1} className="outline-none empty:hidden">
        {booking.isError ? (
          <BookingProblem
            error={booking.error}
            peerName={peerNames.get(booking.variables.interviewerId)}
            retrying={booking.isPending}
            // The same attempt, so the same idempotency key: a booking that did go through isn't made twice.
            onRetry={() => booking.mutate(booking.variables)}
            timeZone={timeZone}
            // A different time is a different attempt, so a fresh key.
            onBookInstead={(start) =>
              booking.mutate({ ...booking.variables, start, idempotencyKey: newIdempotencyKey() })
            }
          />
        ) : null}
      </div>

      {booked ? (
        <BookingConfirmation
          booking={booked}
          timeZone={timeZone}
          headingRef={confirmationHeading}
          onDismiss={() => setBooked(null)}
        />
      ) : null}

      <WeekCalendar
        week={week}
        timeZone={timeZone}
        today={localDate(new Date().toISOString(), timeZone)}
        isCurrentWeek={week === today}
        typeName={type.name}
        slots={shown?.slots}
        loading={!shown && !slots.isError}
        failed={slots.isError && !data}
        onRetry={() => void slots.refetch()}
        canGoNext={week < lastWeek}
        onNextWeek={() => navigate({ week: shiftWeek(week, 1) })}
        selectedStart={selectedStart}
        onPick={pick}
      />

      {selectedStart ? (
        <PeerList
          slot={selectedSlot}
          start={selectedStart}
          interviewType={typeSlug}
          timeZone={timeZone}
          headingRef={panelHeading}
          pendingPeerId={booking.isPending ? booking.variables.interviewerId : null}
          onBook={book}
          onBack={backToCalendar}
        />
      ) : null}
    </div>
  );
}
