import Link from "next/link";
import { formatClock, formatDay } from "@/lib/dates/viewer-time";
import type { BookingDetail } from "./booking-keys";
import { nameOf } from "./booking-status";
import { useLocale } from "@/components/locale/locale-provider";

type Change = BookingDetail["history"][number];

function what(change: Change, movedHere: boolean): string {
  // A reschedule makes a new booking; its first entry is the move, not a fresh booking.
  if (change.fromStatus === null) return movedHere ? "Moved to this time" : "Booked";
  switch (change.toStatus) {
    case "RESCHEDULED":
      return "Moved to a new time";
    case "CANCELLED":
      return "Cancelled";
    case "COMPLETED":
      return "Marked as done";
    case "NO_SHOW":
      return change.fromStatus === "NO_SHOW" ? "Disputed the no-show" : "Reported a no-show";
    default:
      return "Booked";
  }
}

/** The dispute's reason is stored as "Disputed: …"; the heading already says so. */
function reasonOf(change: Change): string | null {
  if (!change.reason) return null;
  if (change.fromStatus === "NO_SHOW" && change.toStatus === "NO_SHOW") return change.reason.replace(/^Disputed: /, "");
  if (change.reason === "Reported a no-show") return null;
  return change.reason;
}

interface Props {
  booking: BookingDetail;
  viewerId: string;
  timeZone: string;
}

/** Everything that happened to this booking, oldest first, in the viewer's zone. */
export function BookingTimeline({ booking, viewerId, timeZone }: Props) {
  const locale = useLocale();
  return (
    <section aria-labelledby="history-heading" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="history-heading" className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
        History
      </h2>
      {booking.rescheduledFromId ? (
        <p className="mt-1 text-sm text-slate-700">
          This interview was moved here from an earlier time.{" "}
          <Link href={`/bookings/${booking.rescheduledFromId}`} className="font-semibold text-brand-700 underline">
            See the original booking
          </Link>
        </p>
      ) : null}
      <ol className="mt-4 space-y-0" aria-label="Status history">
        {booking.history.map((change, index) => {
          const by = change.changedBy;
          const who = by ? (by.id === viewerId ? "you" : nameOf(by)) : "MockLoop";
          const reason = reasonOf(change);
          const last = index === booking.history.length - 1;
          return (
            <li key={`${change.createdAt}-${index}`} className="relative flex gap-3 pb-5 last:pb-0">
              {last ? null : (
                <span aria-hidden="true" className="absolute top-4 left-[0.4375rem] h-full w-px bg-slate-200" />
              )}
              <span
                aria-hidden="true"
                className="relative mt-1.5 size-3.5 shrink-0 rounded-full bg-white ring-3 ring-brand-600"
              />
              <div className="min-w-0">
                <p className="font-medium text-slate-900">
                  {what(change, booking.rescheduledFromId !== null)}{" "}
                  <span className="font-normal text-slate-700">by {who}</span>
                </p>
                <p className="text-sm text-slate-600">
                  <time dateTime={change.createdAt}>
                    {formatDay(change.createdAt, timeZone, locale, true)},{" "}
                    {formatClock(change.createdAt, timeZone, locale)}
                  </time>
                </p>
                {reason ? (
                  <p className="mt-1 border-l-2 border-slate-200 pl-3 text-sm break-words whitespace-pre-line text-slate-800">
                    {reason}
                  </p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
