"use client";

import Link from "next/link";
import type { Ref } from "react";
import type { BookingRow } from "@/components/bookings/booking-keys";
import { Button } from "@/components/ui/button";
import { formatSpan } from "@/lib/dates/viewer-time";
import { useLocale } from "@/components/locale/locale-provider";

interface Props {
  booking: BookingRow;
  timeZone: string;
  headingRef: Ref<HTMLHeadingElement>;
  onDismiss: () => void;
}

export function BookingConfirmation({ booking, timeZone, headingRef, onDismiss }: Props) {
  const locale = useLocale();
  const interviewer = booking.interviewer.profile?.displayName ?? "your peer";
  return (
    <section
      aria-labelledby="booked-heading"
      className="rounded-lg bg-green-50 p-4 text-green-950 shadow-sm ring-1 ring-green-300 sm:p-5"
    >
      <h2 id="booked-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
        <span aria-hidden="true">✓ </span>You&apos;re booked
      </h2>
      <p className="mt-1">
        {booking.interviewType.name} with <strong>{interviewer}</strong>,{" "}
        <strong>{formatSpan(booking.startsAt, booking.endsAt, timeZone, locale)}</strong> ({timeZone}).
      </p>
      <p className="mt-1 text-sm">It&apos;s on both your lists of interviews now.</p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <Button asChild>
          <Link href="/bookings">See my interviews</Link>
        </Button>
        <Button variant="secondary" onClick={onDismiss}>
          Book another
        </Button>
      </div>
    </section>
  );
}
