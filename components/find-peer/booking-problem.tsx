"use client";

import Link from "next/link";
import { ApiError } from "@/components/api-request";
import { Button } from "@/components/ui/button";
import { TimeChoices } from "@/components/bookings/time-choices";

interface Props {
  error: unknown;
  peerName: string | undefined;
  retrying: boolean;
  onRetry: () => void;
  timeZone: string;
  /** Books one of the times the server offered instead, with the same peer. */
  onBookInstead: (start: string) => void;
}

/** Why a booking didn't happen, in the server's words, and what to do next. */
export function BookingProblem({ error, peerName, retrying, onRetry, timeZone, onBookInstead }: Props) {
  const status = error instanceof ApiError ? error.status : 0;
  const message =
    error instanceof ApiError ? error.message : "Something went wrong, so nothing was booked. Please try again.";
  // Offline or a server hiccup: the same attempt can safely be sent again.
  const canRetry = status === 0 || status >= 500;
  const alternatives = error instanceof ApiError ? error.alternatives : [];
  const reason = error instanceof ApiError ? error.reason : undefined;

  return (
    <div role="alert" data-reason={reason} className="rounded-lg bg-amber-50 p-4 text-amber-950 ring-1 ring-amber-300">
      <p className="font-semibold">{status === 409 ? "Not booked" : "We couldn't book that"}</p>
      {status === 401 ? (
        <p className="mt-1">
          You&apos;ve been signed out, so nothing was booked.{" "}
          <Link href="/sign-in" className="font-semibold underline">
            Sign in again
          </Link>
        </p>
      ) : (
        <p className="mt-1">{message}</p>
      )}
      <TimeChoices
        id="booking-alternatives"
        heading={peerName ? `Times that work with ${peerName}:` : "Times that work:"}
        starts={alternatives}
        timeZone={timeZone}
        disabled={retrying}
        label={(when) => `Book ${when}${peerName ? ` with ${peerName}` : ""}`}
        onPick={onBookInstead}
      />
      {canRetry ? (
        <Button variant="secondary" className="mt-3" disabled={retrying} onClick={onRetry}>
          {retrying ? "Trying again…" : `Try again${peerName ? ` with ${peerName}` : ""}`}
        </Button>
      ) : null}
    </div>
  );
}
