"use client";

import { useLocale } from "@/components/locale/locale-provider";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { apiRequest } from "@/components/api-request";
import { slotKeys, type OpenSlot } from "@/components/find-peer/slot-keys";
import { WeekCalendar } from "@/components/find-peer/week-calendar";
import { WeekRange, WeekSteps } from "@/components/find-peer/week-steps";
import { formatSpan, localDate, MAX_WEEKS_AHEAD, shiftWeek, todayIn, weekBounds } from "@/lib/dates/viewer-time";
import { DAY_MS } from "@/lib/dates/day-numbers";
import type { BookingDetail, BookingPerson } from "./booking-keys";
import { firstName } from "./booking-status";

interface Props {
  booking: BookingDetail;
  other: BookingPerson;
  timeZone: string;
  value: string | null;
  onChange: (start: string | null) => void;
  error: string | null;
}

const maxDate = (a: string, b: string) => (a > b ? a : b);

/**
 * Where the interview can move, on Find a peer's week calendar, for either person: the times inside the
 * interviewer's hours when both are free (GET /api/v1/bookings/{id}/open-times). Under the slot
 * searches' key, so a refused move (409) refreshes it with the rest.
 */
export function RescheduleCalendar({ booking, other, timeZone, value, onChange, error }: Props) {
  // Seven days from a few days before the interview (never before today), so the nearest times show first.
  const locale = useLocale();
  const [thisWeek] = useState(() => todayIn(timeZone));
  const [week, setWeek] = useState(() =>
    maxDate(thisWeek, todayIn(timeZone, new Date(Date.parse(booking.startsAt) - 3 * DAY_MS))),
  );
  const bounds = weekBounds(week, timeZone);
  const times = useQuery({
    queryKey: [...slotKeys.searches(), "reschedule", booking.id, bounds],
    queryFn: () =>
      apiRequest<{ slots: { start: string; end: string }[] }>(
        `/api/v1/bookings/${encodeURIComponent(booking.id)}/open-times?${new URLSearchParams(bounds)}`,
      ),
    staleTime: 15_000,
    placeholderData: keepPreviousData,
  });
  const data = times.isPlaceholderData ? undefined : times.data;
  const slots: OpenSlot[] | undefined = data?.slots.map((s) => ({ ...s, available: 1, interviewers: [] }));
  const chosen = slots?.find((s) => s.start === value);
  const lastWeek = shiftWeek(thisWeek, MAX_WEEKS_AHEAD);
  const otherZone = other.profile?.timeZone;
  const turn = (next: string) => {
    setWeek(next);
    onChange(null);
  };

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-semibold text-slate-800" aria-live="polite">
          <WeekRange week={week} />
          <span className="block text-xs font-normal text-slate-600">Times in {timeZone}</span>
        </p>
        <div className="flex gap-2">
          <WeekSteps week={week} first={thisWeek} last={lastWeek} onGo={turn} variant="ghost" className="px-2" />
        </div>
      </div>
      <div className="mt-2 max-h-[28rem] overflow-y-auto">
        <WeekCalendar
          week={week}
          timeZone={timeZone}
          today={localDate(new Date().toISOString(), timeZone)}
          isCurrentWeek={week === thisWeek}
          typeName={booking.interviewType.name}
          slots={slots}
          loading={!data && !times.isError}
          failed={times.isError && !data}
          onRetry={() => void times.refetch()}
          canGoNext={week < lastWeek}
          onNextWeek={() => turn(shiftWeek(week, 1))}
          selectedStart={value}
          onPick={(slot) => onChange(slot.start)}
          slotNote={() => `${booking.interviewType.durationMinutes} min`}
          emptyMessage={`No time this week suits you both within ${firstName(booking.interviewer)}'s hours.`}
        />
      </div>
      {chosen && otherZone ? (
        <p className="mt-2 text-sm text-slate-700">
          For {firstName(other)} that&apos;s {formatSpan(chosen.start, chosen.end, otherZone, locale)} ({otherZone}).
        </p>
      ) : null}
      {error ? <p className="mt-1 text-sm text-red-800">{error}</p> : null}
    </div>
  );
}
