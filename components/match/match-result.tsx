"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { Ref } from "react";
import { bookingQuery } from "@/components/bookings/booking-keys";
import { formatClock, formatDay, formatSpan } from "@/lib/dates/viewer-time";
import { errorMessage } from "@/components/api-request";
import { TimeChoices } from "@/components/bookings/time-choices";
import { Button } from "@/components/ui/button";
import type { MatchRequest } from "./match-keys";
import { useLocale } from "@/components/locale/locale-provider";

interface Props {
  request: MatchRequest;
  timeZone: string;
  headingRef: Ref<HTMLHeadingElement>;
  onAgain: () => void;
  /** Asks Match me again for exactly one of the times offered instead. */
  onAskFor: (start: string) => void;
  asking: boolean;
  askError: unknown;
}

/** Right after "Match me": booked at once, or still looking (and until when). */
export function MatchResult({ request, timeZone, headingRef, onAgain, onAskFor, asking, askError }: Props) {
  const locale = useLocale();
  const booking = useQuery({ ...bookingQuery(request.bookingId ?? ""), enabled: !!request.bookingId });

  if (request.status === "MATCHED" && request.bookingId) {
    const b = booking.data;
    return (
      <section
        aria-labelledby="match-result-heading"
        className="rounded-lg bg-green-50 p-4 text-green-950 shadow-sm ring-1 ring-green-300 sm:p-5"
      >
        <h2 id="match-result-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
          <span aria-hidden="true">✓ </span>You&apos;re booked
        </h2>
        {b ? (
          <p className="mt-1">
            Booked with <strong>{b.interviewer.profile?.displayName ?? "your peer"}</strong> on{" "}
            <strong>{formatSpan(b.startsAt, b.endsAt, timeZone, locale)}</strong> ({timeZone}),{" "}
            {request.interviewType.name}.
          </p>
        ) : (
          <p className="mt-1">{booking.isError ? "We found you a match." : "Getting the details…"}</p>
        )}
        <p className="mt-1 text-sm">It&apos;s in My interviews for you both. Open it to see the video link.</p>
        <div className="mt-3 flex flex-col gap-2 sm:flex-row">
          <Button asChild>
            <Link href={`/bookings/${request.bookingId}`}>Open the interview</Link>
          </Button>
          <Button variant="secondary" onClick={onAgain}>
            Match me again
          </Button>
        </div>
      </section>
    );
  }

  return (
    <section
      aria-labelledby="match-result-heading"
      className="rounded-lg bg-brand-50 p-4 text-brand-900 shadow-sm ring-1 ring-brand-100 sm:p-5"
    >
      <h2 id="match-result-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
        Nobody fits yet, so we&apos;re still looking
      </h2>
      <p className="mt-1">
        We&apos;ll keep looking until{" "}
        <strong>
          {formatDay(request.expiresAt, timeZone, locale)}, {formatClock(request.expiresAt, timeZone, locale)}
        </strong>{" "}
        ({timeZone}) and book the first good match. It will show up in My interviews.
      </p>
      {request.unmatched ? (
        <div className="mt-2" data-reason={request.unmatched.reason}>
          <p>{request.unmatched.detail}</p>
          <TimeChoices
            id="match-alternatives"
            heading="Someone is free at these times near yours:"
            starts={request.unmatched.alternatives}
            timeZone={timeZone}
            disabled={asking}
            label={(when) => `Match me at ${when}`}
            onPick={onAskFor}
          />
          {askError ? (
            <p role="alert" className="mt-2 text-sm text-red-800">
              {errorMessage(askError)}
            </p>
          ) : null}
        </div>
      ) : null}
      <p className="mt-1 text-sm">
        Want it sooner? Add more times in another request, or pick a time yourself on Find a peer.
      </p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <Button asChild variant="secondary">
          <Link href={`/find?type=${encodeURIComponent(request.interviewType.slug)}`}>Find a peer</Link>
        </Button>
        <Button variant="secondary" onClick={onAgain}>
          Make another request
        </Button>
      </div>
    </section>
  );
}
