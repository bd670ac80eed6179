"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatSpan } from "@/lib/dates/viewer-time";
import { slotKeys } from "@/components/find-peer/slot-keys";
import { apiRequest, ApiError, errorMessage, serverFieldError } from "@/components/api-request";
import { Button } from "@/components/ui/button";
import { ActionDialog, ReasonField, reasonProblem } from "./action-dialog";
import type { BookingDetail, BookingRow } from "./booking-keys";
import { counterpartOf, firstName, nameOf } from "./booking-status";
import { RescheduleCalendar } from "./reschedule-calendar";
import { TimeChoices } from "./time-choices";
import { useAfterBookingChange } from "./use-after-change";
import { useLocale } from "@/components/locale/locale-provider";

interface Props {
  booking: BookingDetail;
  timeZone: string;
  /** Unused since the calendar reads the clock itself; kept so booking-detail.tsx needs no change. */
  now: number;
}

/** Moves the interview: either person picks on a week calendar of the times that suit them both. */
export function RescheduleDialog({ booking, timeZone }: Props) {
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [start, setStart] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const queryClient = useQueryClient();
  const afterChange = useAfterBookingChange();
  const counterpart = counterpartOf(booking);
  const who = firstName(counterpart);
  const interviewing = booking.role === "INTERVIEWER";

  const reschedule = useMutation({
    mutationFn: (body: { start: string; reason: string }) =>
      apiRequest<BookingRow>(`/api/v1/bookings/${encodeURIComponent(booking.id)}/reschedule`, {
        method: "POST",
        body,
      }),
    onSuccess: async (moved) => {
      setOpen(false);
      await afterChange(`/bookings/${moved.id}`);
    },
    // A time taken a moment ago: show fresh times.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        setStart(null);
        void queryClient.invalidateQueries({ queryKey: slotKeys.searches() });
      }
    },
  });

  const reasonError = (tried ? reasonProblem(reason, who) : null) ?? serverFieldError(reschedule.error, "reason");
  const startError = tried && !start ? "Pick a new time." : null;
  // A refused move names its rule and offers the nearest times that work for you both (lib/booking/slot-refused.ts).
  const alternatives = reschedule.error instanceof ApiError ? reschedule.error.alternatives : [];

  return (
    <ActionDialog
      open={open}
      onOpenChange={setOpen}
      onClose={() => {
        reschedule.reset();
        setTried(false);
        setStart(null);
      }}
      trigger={
        <Button variant="secondary" className="w-full">
          Reschedule
        </Button>
      }
      wide
      title="Move this interview"
      description={
        <>
          <p>
            Now: <strong>{formatSpan(booking.startsAt, booking.endsAt, timeZone, locale)}</strong> ({timeZone}).
          </p>
          <p>
            {interviewing
              ? `These are the times in your hours when ${who} is free too, in your zone.`
              : `These are ${nameOf(counterpart)}'s open times when you are free too, in your zone.`}{" "}
            The question and video link stay the same.
          </p>
        </>
      }
      confirmLabel="Move interview"
      pendingLabel="Moving…"
      pending={reschedule.isPending}
      error={reschedule.isError && !reasonError ? errorMessage(reschedule.error) : null}
      onSubmit={() => {
        setTried(true);
        if (start && !reasonProblem(reason, who)) reschedule.mutate({ start, reason: reason.trim() });
      }}
    >
      <RescheduleCalendar
        booking={booking}
        other={counterpart}
        timeZone={timeZone}
        value={start}
        onChange={setStart}
        error={startError}
      />
      <TimeChoices
        id="move-alternatives"
        heading="Times that work for you both instead:"
        starts={alternatives}
        timeZone={timeZone}
        disabled={reschedule.isPending}
        label={(when) => `Move to ${when}`}
        onPick={(alternative) => reschedule.mutate({ start: alternative, reason: reason.trim() })}
      />
      <ReasonField
        label="Reason"
        hint={`${who} will see this.`}
        value={reason}
        onChange={setReason}
        error={reasonError}
      />
    </ActionDialog>
  );
}
