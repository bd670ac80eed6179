"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatSpan } from "@/lib/dates/viewer-time";
import { errorMessage } from "@/components/api-request";
import { RoomLink } from "@/components/interview-room/room-link";
import { Button } from "@/components/ui/button";
import { myBookingsQuery, type BookingRow, type BookingWhen } from "./booking-keys";
import { StatusBadge } from "./booking-status";
import { dateParts } from "@/lib/dates/date-labels";
import { useLocale } from "@/components/locale/locale-provider";

interface Props {
  when: BookingWhen;
  viewerId: string;
  timeZone: string;
  /** Someone who only gives interviews: the empty list points at their hours, not at booking. */
  interviewsOnly?: boolean;
}

export function BookingList({ when, viewerId, timeZone, interviewsOnly }: Props) {
  const query = useSuspenseInfiniteQuery(myBookingsQuery(when));
  const bookings = query.data.pages.flatMap((page) => page.bookings);

  if (bookings.length === 0) return interviewsOnly ? <InterviewerEmptyState when={when} /> : <EmptyState when={when} />;

  return (
    <>
      <ol className="space-y-3" aria-label={when === "upcoming" ? "Upcoming interviews" : "Past interviews"}>
        {bookings.map((booking) => (
          <BookingItem
            key={booking.id}
            booking={booking}
            viewerId={viewerId}
            timeZone={timeZone}
            over={when === "past"}
          />
        ))}
      </ol>
      {query.hasNextPage ? (
        <div className="mt-4 flex justify-center">
          <Button variant="secondary" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {query.isFetchingNextPage ? "Loading more…" : "Show more"}
          </Button>
        </div>
      ) : null}
      {query.isFetchNextPageError ? (
        <p role="alert" className="mt-2 text-center text-sm text-red-800">
          {errorMessage(query.error)} Press “Show more” to try again.
        </p>
      ) : null}
    </>
  );
}

function BookingItem({
  booking,
  viewerId,
  timeZone,
  over,
}: {
  booking: BookingRow;
  viewerId: string;
  timeZone: string;
  over: boolean;
}) {
  const locale = useLocale();
  const interviewing = booking.interviewer.id === viewerId;
  const counterpart = interviewing ? booking.candidate : booking.interviewer;
  const name = counterpart.profile?.displayName ?? "Deleted user";
  const day = dateParts(booking.startsAt, timeZone, locale);
  const inactive = booking.status === "CANCELLED" || booking.status === "RESCHEDULED";

  // The whole card opens the interview (a stretched link); the person's name stays its own link above it.
  return (
    <li className="relative flex gap-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 has-[a[data-card]:hover]:ring-brand-600">
      <div
        aria-hidden="true"
        className={
          "flex w-16 shrink-0 flex-col items-center justify-center rounded-md bg-slate-50 py-2 text-center ring-1 ring-slate-200" +
          (inactive ? " opacity-60" : "")
        }
      >
        <span className="text-xs font-semibold text-slate-600 uppercase">{day.weekday}</span>
        <span className="text-xl leading-tight font-bold">{day.day}</span>
        <span className="text-xs text-slate-600 uppercase">{day.month}</span>
      </div>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="font-semibold">
            <Link
              href={`/bookings/${booking.id}`}
              data-card
              className="after:absolute after:inset-0 after:rounded-lg hover:text-brand-700 hover:underline"
            >
              {booking.interviewType.name}
              <span className="sr-only">
                {" "}
                with {name}, {formatSpan(booking.startsAt, booking.endsAt, timeZone, locale, true)}
              </span>
            </Link>
          </h2>
          <StatusBadge status={booking.status} over={over} />
        </div>
        <p className="mt-0.5 text-slate-800">
          {interviewing ? "You interview " : "You're the candidate, with "}
          {counterpart.profile ? (
            <Link
              href={`/people/${counterpart.id}`}
              className="relative z-10 font-semibold text-brand-700 underline-offset-2 hover:underline"
            >
              {name}
            </Link>
          ) : (
            <span className="font-semibold">{name}</span>
          )}
        </p>
        <p className="mt-0.5 text-sm text-slate-600">
          <time dateTime={booking.startsAt}>
            {formatSpan(booking.startsAt, booking.endsAt, timeZone, locale, true)}
          </time>{" "}
          ({timeZone})
        </p>
        {interviewing && booking.question ? (
          <p className="mt-1 text-sm text-slate-700">
            <span className="font-medium">Question:</span> {booking.question.title}
          </p>
        ) : null}
        <RoomLink booking={booking} className="relative z-10 mt-2" />
        {booking.status === "CANCELLED" && booking.cancelReason ? (
          <p className="mt-1 text-sm break-words text-slate-800">
            <span className="font-semibold">Cancelled:</span> {booking.cancelReason}
          </p>
        ) : null}
      </div>
      <span aria-hidden="true" className="self-center text-xl text-slate-400">
        ›
      </span>
    </li>
  );
}

function EmptyState({ when }: { when: BookingWhen }) {
  return (
    <div className="rounded-lg bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
      <p className="font-semibold">{when === "upcoming" ? "Nothing booked yet." : "No past interviews yet."}</p>
      <p className="mt-1 text-slate-700">
        {when === "upcoming"
          ? "Pick an interview type and a time that suits you; peers free then are one click away."
          : "Once you've had an interview it shows up here. Book your first one to get started."}
      </p>
      <Button asChild className="mt-4">
        <Link href="/find">Find a peer</Link>
      </Button>
    </div>
  );
}

function InterviewerEmptyState({ when }: { when: BookingWhen }) {
  return (
    <div className="rounded-lg bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
      <p className="font-semibold">{when === "upcoming" ? "No one has booked you yet." : "No past interviews yet."}</p>
      <p className="mt-1 text-slate-700">
        Candidates book you in your open hours for the interview types you give. Keep them current so people can find
        you.
      </p>
      <Button asChild className="mt-4">
        <Link href="/settings/availability">Your hours</Link>
      </Button>
    </div>
  );
}
