import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { requestLocale } from "@/app/_server/request-locale";
import { formatClock, formatDay } from "@/lib/dates/viewer-time";
import { FeedbackWaiting } from "@/components/feedback/feedback-waiting";
import { listMyBookings } from "@/lib/booking/list-bookings";
import { feedbackInbox } from "@/lib/feedback/feedback-inbox";
import { bookabilityOf } from "@/lib/people/bookable";
import { getTrack, interviewsOnly } from "@/lib/users/get-track";

export const metadata: Metadata = { title: "Dashboard" };

function Card({ title, children }: { title: string; children: ReactNode }) {
  const id = `${title.toLowerCase().replace(/\W+/g, "-")}-heading`;
  return (
    <section aria-labelledby={id} className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-2 text-slate-700">{children}</div>
    </section>
  );
}

export default async function DashboardPage() {
  const user = await requireOnboardedUser();
  const zone = user.timeZone ?? "UTC";
  const locale = await requestLocale();
  const [{ bookings }, inbox, track, bookability] = await Promise.all([
    listMyBookings(user, { when: "upcoming", limit: 3 }),
    feedbackInbox(user),
    getTrack(user),
    bookabilityOf(user.id),
  ]);
  // Anyone who said they give interviews, or who already set hours, hears whether peers can book them.
  const gives = track !== "CANDIDATE" || bookability.bookable;
  const interviewer = interviewsOnly(track);
  const upcoming = bookings.filter((b) => b.status === "SCHEDULED");
  return (
    <div>
      <h1 className="text-2xl font-bold">Welcome, {user.displayName}</h1>
      <p className="mt-1 text-slate-700">
        Times on MockLoop are shown in your zone, <strong>{zone}</strong>.{" "}
        <Link href="/settings" className="text-brand-700 underline">
          Change it
        </Link>
      </p>
      {gives ? <BookableCard id={user.id} bookable={bookability.bookable} missing={bookability.missing} /> : null}
      <div className="mt-6 grid gap-4 md:grid-cols-3">
        <Card title="Upcoming interviews">
          {upcoming.length === 0 && interviewer ? (
            <p>
              No one has booked you yet. People book you in your open hours, so{" "}
              <Link href="/settings/availability" className="font-semibold text-brand-700 underline">
                keep your hours current
              </Link>
              .
            </p>
          ) : upcoming.length === 0 ? (
            <p>
              Nothing booked yet.{" "}
              <Link href="/find" className="font-semibold text-brand-700 underline">
                Find a peer
              </Link>{" "}
              and pick a time that suits you both.
            </p>
          ) : (
            <ul className="space-y-3">
              {upcoming.map((b) => {
                const other = b.role === "CANDIDATE" ? b.interviewer : b.candidate;
                return (
                  <li key={b.id}>
                    <Link href={`/bookings/${b.id}`} className="font-medium text-brand-700 underline">
                      {b.interviewType.name}
                    </Link>
                    <p className="text-sm">
                      {formatDay(b.startsAt.toISOString(), zone, locale)},{" "}
                      {formatClock(b.startsAt.toISOString(), zone, locale)} ·{" "}
                      {b.role === "CANDIDATE" ? "with" : "interviewing"} {other.profile?.displayName ?? "someone"}
                    </p>
                  </li>
                );
              })}
              <li>
                <Link href="/bookings" className="text-sm font-semibold text-brand-700 underline">
                  All your interviews
                </Link>
              </li>
            </ul>
          )}
        </Card>
        <Card title="Feedback waiting">
          <FeedbackWaiting inbox={inbox} timeZone={zone} locale={locale} />
        </Card>
        {interviewer ? (
          <Card title="How you interview">
            <p>
              See the ratings candidates give you and how your scoring compares with other interviewers on{" "}
              <Link href="/progress" className="font-semibold text-brand-700 underline">
                Progress
              </Link>
              ; every interview you gave is in{" "}
              <Link href="/history" className="text-brand-700 underline">
                History
              </Link>
              .
            </p>
          </Card>
        ) : (
          <Card title="Recent scores">
            <p>
              See your scores per competency over time, whether you look ready, and what to practise next on{" "}
              <Link href="/progress" className="font-semibold text-brand-700 underline">
                Progress
              </Link>
              ; every past interview is in{" "}
              <Link href="/history" className="text-brand-700 underline">
                History
              </Link>
              .
            </p>
          </Card>
        )}
      </div>
    </div>
  );
}

/** Whether peers can book them (lib/people/bookable.ts), and the one step that changes it or the link to share. */
function BookableCard({ id, bookable, missing }: { id: string; bookable: boolean; missing: string[] }) {
  if (bookable)
    return (
      <p className="mt-4 text-slate-700">
        Peers can book you.{" "}
        <Link href={`/people/${id}`} className="font-semibold text-brand-700 underline">
          Your booking page
        </Link>{" "}
        has a link to share with friends and study groups.
      </p>
    );
  const what =
    missing.length === 2
      ? "your hours and the interview types you run"
      : missing[0] === "hours"
        ? "your hours"
        : "the interview types you run";
  return (
    <section
      aria-labelledby="not-bookable-heading"
      className="mt-4 rounded-lg bg-amber-50 p-5 text-amber-950 ring-1 ring-amber-300"
    >
      <h2 id="not-bookable-heading" className="text-lg font-semibold">
        You&apos;re not bookable yet
      </h2>
      <p className="mt-1">
        Peers can book you once you add {what}.{" "}
        <Link href="/settings/availability" className="font-semibold underline">
          Add them now
        </Link>
      </p>
    </section>
  );
}
