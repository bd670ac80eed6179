"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { formatRelative } from "@/lib/dates/wall-time";
import Link from "next/link";
import { formatSpan } from "@/lib/dates/viewer-time";
import { RoomLink } from "@/components/interview-room/room-link";
import { isActionOpen, type BookingAction } from "@/lib/booking/allowed-actions";
import { ROOM_OPENS_BEFORE_MS } from "@/lib/interview-room/room";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { BlockButton } from "./block-button";
import { BookingBanner } from "./booking-banner";
import { bookingQuery, type BookingDetail } from "./booking-keys";
import { counterpartOf, firstName, nameOf, StatusBadge } from "./booking-status";
import { BookingTimeline } from "./booking-timeline";
import { CancelDialog } from "./cancel-dialog";
import { DisputeNoShow, ReportNoShow } from "./no-show-actions";
import { RescheduleDialog } from "./reschedule-dialog";
import { SwapQuestion } from "./swap-question";
import { useNow } from "./use-now";
import { useLocale } from "@/components/locale/locale-provider";

interface Props {
  id: string;
  viewerId: string;
  timeZone: string;
  /** The server's clock at render, so the first client render matches it. */
  renderedAt: string;
  blocked: boolean;
}

type Phase = "upcoming" | "live" | "ended";

const card = "rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200";
const sectionLabel = "text-sm font-semibold tracking-wide text-slate-600 uppercase";

export function BookingDetailView({ id, viewerId, timeZone, renderedAt, blocked }: Props) {
  const { data: booking } = useSuspenseQuery(bookingQuery(id));
  const now = useNow(renderedAt);
  const start = Date.parse(booking.startsAt);
  const phase: Phase = now < start ? "upcoming" : now < Date.parse(booking.endsAt) ? "live" : "ended";
  const other = counterpartOf(booking);
  const interviewing = booking.role === "INTERVIEWER";

  return (
    <article aria-labelledby="booking-heading" className="mt-3">
      <header>
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <StatusBadge status={booking.status} over={phase === "ended"} />
          <span>{booking.interviewType.durationMinutes}-minute mock interview</span>
        </div>
        <h1 id="booking-heading" className="mt-1 text-2xl font-bold break-words">
          {booking.interviewType.name} with {nameOf(other)}
        </h1>
        <p className="mt-1 text-slate-700">{interviewing ? "You're the interviewer." : "You're the candidate."}</p>
      </header>

      <div className="mt-5 grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start">
        <div className="space-y-4">
          <BookingBanner booking={booking} viewerId={viewerId} timeZone={timeZone} phase={phase} />
          <WhenCard booking={booking} timeZone={timeZone} now={now} phase={phase} />
          <QuestionCard booking={booking} phase={phase} now={now} />
          <BookingTimeline booking={booking} viewerId={viewerId} timeZone={timeZone} />
        </div>
        <aside aria-label="People" className={card}>
          <h2 className={sectionLabel}>People</h2>
          <dl className="mt-3 space-y-3 text-sm">
            <div>
              <dt className="text-slate-600">{interviewing ? "Candidate" : "Interviewer"}</dt>
              <dd>
                {other.profile ? (
                  <Link href={`/people/${other.id}`} className="font-semibold text-brand-700 underline">
                    {other.profile.displayName}
                  </Link>
                ) : (
                  <span className="font-semibold">{nameOf(other)}</span>
                )}
                {other.profile ? <span className="block text-slate-600">{other.profile.timeZone}</span> : null}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{interviewing ? "Interviewer" : "Candidate"}</dt>
              <dd className="font-semibold">You</dd>
            </div>
          </dl>
          {other.profile ? (
            <div className="mt-4 border-t border-slate-200 pt-3">
              <BlockButton
                person={other}
                blocked={blocked}
                upcoming={booking.status === "SCHEDULED" && phase !== "ended"}
              />
            </div>
          ) : null}
        </aside>
      </div>
    </article>
  );
}

interface WhenProps {
  booking: BookingDetail;
  timeZone: string;
  now: number;
  phase: Phase;
}

function WhenCard({ booking, timeZone, now, phase }: WhenProps) {
  const locale = useLocale();
  const other = counterpartOf(booking);
  const theirZone = other.profile?.timeZone;
  const scheduled = booking.status === "SCHEDULED";
  const relative = formatRelative(Date.parse(booking.startsAt), now, locale);
  const may = (action: BookingAction) => isActionOpen(booking.allowedActions, action, now);
  const canMove = may("reschedule");
  const canCancel = may("cancel") || may("lateCancel");
  const canReport = may("reportNoShow");
  const canDispute = may("disputeNoShow");
  const showCall = scheduled && phase !== "ended";
  const gone = booking.status === "CANCELLED" || booking.status === "RESCHEDULED";

  return (
    <section aria-labelledby="when-heading" className={card}>
      <h2 id="when-heading" className={sectionLabel}>
        When
      </h2>
      <p className={cn("mt-1 text-xl font-semibold", gone && "text-slate-500 line-through decoration-slate-400")}>
        <time dateTime={booking.startsAt}>{formatSpan(booking.startsAt, booking.endsAt, timeZone, locale, true)}</time>
      </p>
      <p className="text-sm text-slate-700">
        Your time, {timeZone}
        {scheduled && phase === "upcoming" && relative ? ` · starts ${relative}` : ""}
        {scheduled && phase === "live" ? " · happening now" : ""}
      </p>
      {theirZone && theirZone !== timeZone ? (
        <p className="mt-2 text-sm text-slate-700">
          For {firstName(other)}: {formatSpan(booking.startsAt, booking.endsAt, theirZone, locale)} ({theirZone})
        </p>
      ) : null}

      <RoomLink booking={booking} now={now} className="mt-4" />
      {showCall ? (
        <div className="mt-4 border-t border-slate-200 pt-4">
          {booking.meetingUrl ? (
            <>
              <Button asChild variant={phase === "live" ? "primary" : "secondary"}>
                <a href={booking.meetingUrl} target="_blank" rel="noopener noreferrer">
                  Join video call<span className="sr-only"> (opens in a new tab)</span>
                  <span aria-hidden="true">↗</span>
                </a>
              </Button>
              <p className="mt-2 text-sm text-slate-600">
                {phase === "live"
                  ? "Opens in a new tab. The same link works for you both."
                  : "The call opens when the interview starts. The same link works for you both."}
              </p>
            </>
          ) : (
            <p className="text-sm text-slate-700">The video link will appear here before the interview.</p>
          )}
        </div>
      ) : null}

      {canMove || canCancel || canReport || canDispute ? (
        <div className="mt-4 grid gap-2 border-t border-slate-200 pt-4 sm:grid-cols-2">
          {canMove ? <RescheduleDialog booking={booking} timeZone={timeZone} now={now} /> : null}
          {canCancel ? <CancelDialog booking={booking} now={now} /> : null}
          {canReport ? <ReportNoShow booking={booking} /> : null}
          {canDispute ? <DisputeNoShow booking={booking} reporterName={nameOf(other)} /> : null}
        </div>
      ) : null}
    </section>
  );
}

function QuestionCard({ booking, phase, now }: { booking: BookingDetail; phase: Phase; now: number }) {
  const interviewing = booking.role === "INTERVIEWER";
  const canSwap = isActionOpen(booking.allowedActions, "swapQuestion", now);
  const active = booking.status === "SCHEDULED" || booking.status === "COMPLETED";
  if (!interviewing && !booking.question && !active) return null;

  return (
    <section aria-labelledby="question-heading" className={card}>
      <h2 id="question-heading" className={sectionLabel}>
        Question
      </h2>
      {booking.question ? (
        <>
          <p className="mt-1 text-lg font-semibold break-words">
            <Link
              href={`/questions/${booking.question.id}`}
              className="text-brand-700 underline-offset-2 hover:underline"
            >
              {booking.question.title}
            </Link>
          </p>
          {interviewing && active && phase !== "ended" ? (
            <p className="mt-1 text-sm text-slate-700">
              Read it and its interviewer guide before the call. {firstName(booking.candidate)} first sees the question
              in the room, which opens {ROOM_OPENS_BEFORE_MS / 60_000} minutes before the start.
            </p>
          ) : null}
        </>
      ) : interviewing ? (
        <p className="mt-1 text-slate-700">No question is set yet. Choose one so you can prepare.</p>
      ) : (
        <p className="mt-1 text-slate-700">
          You&apos;ll see it in the room when it opens, {ROOM_OPENS_BEFORE_MS / 60_000} minutes before the start, so you
          meet it fresh, as you would in a real interview.
        </p>
      )}
      {canSwap ? <SwapQuestion booking={booking} /> : null}
    </section>
  );
}
