import Link from "next/link";
import { formatClock, formatDay } from "@/lib/dates/viewer-time";
import type { Locale } from "@/lib/dates/locale";
import type { FeedbackInbox } from "@/lib/feedback/feedback-inbox";

/** The dashboard card: feedback the viewer owes (soonest to close first), then feedback released to them lately. */
export function FeedbackWaiting({
  inbox,
  timeZone,
  locale,
}: {
  inbox: FeedbackInbox;
  timeZone: string;
  locale: Locale;
}) {
  if (inbox.owed.length === 0 && inbox.newlyReleased.length === 0) {
    return <p>When you finish an interview, the feedback you owe and the feedback you&apos;re owed show up here.</p>;
  }
  return (
    <div className="space-y-4">
      {inbox.owed.length > 0 ? (
        <ul className="space-y-3" aria-label="Feedback you owe">
          {inbox.owed.map((f) => (
            <li key={f.bookingId}>
              <Link
                href={`/interviews/${f.bookingId}#feedback-heading`}
                className="font-medium text-brand-700 underline"
              >
                Give feedback on {f.counterpart ?? "your peer"}
              </Link>
              <p className="text-sm">
                {f.interviewType} · {f.role === "INTERVIEWER" ? "you interviewed" : "you were interviewed"} · open until{" "}
                {formatDay(f.closesAt.toISOString(), timeZone, locale)},{" "}
                {formatClock(f.closesAt.toISOString(), timeZone, locale)}
              </p>
              {f.theirsWaiting ? (
                <p className="text-sm font-medium text-amber-800">Theirs is in: submit yours to read it.</p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {inbox.newlyReleased.length > 0 ? (
        <ul className="space-y-2" aria-label="Feedback ready to read">
          {inbox.newlyReleased.map((f) => (
            <li key={f.bookingId} className="text-sm">
              <Link
                href={`/interviews/${f.bookingId}#feedback-heading`}
                className="font-medium text-brand-700 underline"
              >
                {f.author ?? "Your peer"}&apos;s feedback is ready
              </Link>{" "}
              · {f.interviewType}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
