import Link from "next/link";
import type { ReactNode } from "react";
import { formatClock, formatDay } from "@/lib/dates/viewer-time";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { BookingDetail } from "./booking-keys";
import { counterpartOf, nameOf } from "./booking-status";
import { useLocale } from "@/components/locale/locale-provider";

interface Props {
  booking: BookingDetail;
  viewerId: string;
  timeZone: string;
  phase: "upcoming" | "live" | "ended";
}

function Banner({
  tone,
  title,
  children,
}: {
  tone: "muted" | "warn" | "bad" | "good";
  title: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div
      role="status"
      className={cn(
        "rounded-lg p-4 ring-1 sm:p-5",
        tone === "muted" && "bg-slate-100 text-slate-900 ring-slate-300",
        tone === "warn" && "bg-amber-50 text-amber-950 ring-amber-300",
        tone === "bad" && "bg-red-50 text-red-950 ring-red-200",
        tone === "good" && "bg-green-50 text-green-950 ring-green-300",
      )}
    >
      <p className="text-lg font-semibold break-words">{title}</p>
      {children ? <div className="mt-1 space-y-2">{children}</div> : null}
    </div>
  );
}

const findAnother = (slug: string) => `/find?type=${encodeURIComponent(slug)}`;

/** What happened to this interview, if anything did, and the next step from here. */
export function BookingBanner({ booking, viewerId, timeZone, phase }: Props) {
  const locale = useLocale();
  const other = counterpartOf(booking);
  const by = (id: string | undefined, fallback: string) =>
    id === viewerId ? "you" : id === other.id ? nameOf(other) : fallback;
  const lastChangeTo = (status: BookingDetail["status"]) => booking.history.findLast((h) => h.toStatus === status);

  if (booking.status === "CANCELLED") {
    const change = lastChangeTo("CANCELLED");
    const who = by(change?.changedBy?.id, change?.changedBy ? nameOf(change.changedBy) : "MockLoop");
    return (
      <Banner tone="muted" title={`Cancelled by ${who}${booking.cancelReason ? `: ${booking.cancelReason}` : ""}`}>
        {booking.cancelledLate ? <p className="text-sm">Cancelled less than 24 hours before the start.</p> : null}
        {booking.role === "CANDIDATE" ? (
          <Button asChild className="mt-1">
            <Link href={findAnother(booking.interviewType.slug)}>Find another time</Link>
          </Button>
        ) : (
          <p className="text-sm">Nothing else to do here. Your other interviews are under My interviews.</p>
        )}
      </Banner>
    );
  }

  if (booking.status === "RESCHEDULED") {
    const change = lastChangeTo("RESCHEDULED");
    const who = by(change?.changedBy?.id, "someone");
    const to = booking.rescheduledTo;
    return (
      <Banner
        tone="warn"
        title={
          to
            ? `Moved to ${formatDay(to.startsAt, timeZone, locale)}, ${formatClock(to.startsAt, timeZone, locale)} (${timeZone})`
            : "Moved to another time"
        }
      >
        <p>
          Moved by {who}
          {change?.reason ? `: ${change.reason}` : "."}
        </p>
        {to ? (
          <Button asChild className="mt-1">
            <Link href={`/bookings/${to.id}`}>Go to the new time</Link>
          </Button>
        ) : null}
      </Banner>
    );
  }

  if (booking.status === "NO_SHOW") {
    const report = booking.noShowReports[0];
    const reporter = by(report?.reporterId, "someone");
    const accused = report?.accusedId === viewerId ? "you" : nameOf(other);
    return (
      <Banner tone="bad" title={`No-show: ${reporter} reported that ${accused} didn't turn up`}>
        {report?.disputedAt ? (
          <p>
            {report.accusedId === viewerId ? "You disputed it" : `${nameOf(other)} disputed it`}
            {report.disputeReason ? `: ${report.disputeReason}` : "."} A disputed report doesn&apos;t count against
            anyone&apos;s reliability.
          </p>
        ) : report?.accusedId === viewerId ? (
          <p>If you were there, or something got in the way, dispute it below. You can do that once.</p>
        ) : null}
        {booking.role === "CANDIDATE" ? (
          <Button asChild variant="secondary" className="mt-1">
            <Link href={findAnother(booking.interviewType.slug)}>Book another interview</Link>
          </Button>
        ) : null}
      </Banner>
    );
  }

  if (booking.status === "SCHEDULED" && phase === "live") {
    return (
      <Banner tone="good" title="Happening now">
        <p>Join the video call below. {nameOf(other)} uses the same link.</p>
      </Banner>
    );
  }

  if ((booking.status === "SCHEDULED" && phase === "ended") || booking.status === "COMPLETED") {
    return (
      <Banner tone="good" title="This interview is over">
        <p>
          Thanks for practising.{" "}
          {booking.role === "CANDIDATE"
            ? "Book the next one while it's fresh: practice spaced a few days apart sticks best."
            : "Your next interview is under My interviews."}
        </p>
        {booking.role === "CANDIDATE" ? (
          <Button asChild className="mt-1">
            <Link href={findAnother(booking.interviewType.slug)}>Book the next one</Link>
          </Button>
        ) : null}
      </Banner>
    );
  }

  return null;
}
