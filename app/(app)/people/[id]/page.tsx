import type { Metadata } from "next";
import { cache } from "react";
import { requireOnboardedUser } from "@/app/_server/current-user";
import Link from "next/link";
import { PersonalBooking } from "@/components/people/personal-booking";
import { ShareLink } from "@/components/people/share-link";
import { formatClock, todayIn, utcOffsetMinutes } from "@/lib/dates/viewer-time";
import { orNotFound } from "@/app/_server/or-not-found";
import { getBookingPage } from "@/lib/people/get-booking-page";

const TRACK_LABELS: Record<string, string> = {
  CANDIDATE: "Practising as a candidate",
  INTERVIEWER: "Interviewing others",
  BOTH: "Practising and interviewing",
};

const LEVEL_LABELS: Record<string, string> = {
  ENTRY: "Entry level",
  MID: "Mid-level",
  SENIOR: "Senior",
  STAFF: "Staff or principal",
};

/** Unknown, deleted and suspended people are all the same 404: nobody learns which. */
const loadPage = cache(async (id: string) => {
  const viewer = await requireOnboardedUser(`/people/${encodeURIComponent(id)}`);
  const now = new Date();
  return { viewer, now: now.getTime(), page: await orNotFound(getBookingPage(viewer, id, now)) };
});

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { page } = await loadPage((await params).id);
  return { title: `Book ${page.profile.displayName}` };
}

/** "5 h 30 min ahead of you", "the same as yours". */
function zoneDifference(theirs: string, yours: string | null, now: number): string | null {
  if (!yours) return null;
  const minutes = utcOffsetMinutes(theirs, now) - utcOffsetMinutes(yours, now);
  if (minutes === 0) return theirs === yours ? "your zone too" : "the same time as you";
  const abs = Math.abs(minutes);
  const text = `${Math.floor(abs / 60)} h${abs % 60 ? ` ${abs % 60} min` : ""}`;
  return `${text} ${minutes > 0 ? "ahead of" : "behind"} you`;
}

export default async function PersonPage({ params }: Params) {
  const { viewer, now, page } = await loadPage((await params).id);
  const { profile } = page;
  const zone = viewer.timeZone ?? "UTC";
  // Always a 24-hour "HH:mm", whatever the viewer's locale, as this line has always read.
  const localTime = formatClock(now, profile.timeZone, "en-GB");
  const difference = zoneDifference(profile.timeZone, viewer.timeZone, now);
  const initials = profile.displayName
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <article
        aria-labelledby="person-name"
        className="mx-auto max-w-2xl rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-8"
      >
        <header className="flex items-center gap-4">
          <div
            aria-hidden="true"
            className="flex size-14 shrink-0 items-center justify-center rounded-full bg-brand-100 text-lg font-bold text-brand-900"
          >
            {initials}
          </div>
          <div className="min-w-0">
            <h1 id="person-name" className="text-2xl font-bold break-words">
              {profile.displayName}
            </h1>
            <p className="text-slate-700">
              {TRACK_LABELS[profile.track] ?? profile.track} · {LEVEL_LABELS[profile.level] ?? profile.level}
            </p>
          </div>
        </header>

        {profile.bio ? <p className="mt-6 whitespace-pre-line text-slate-800">{profile.bio}</p> : null}

        <dl className="mt-6 grid gap-x-6 gap-y-4 sm:grid-cols-[max-content_1fr]">
          <dt className="text-sm font-semibold text-slate-600">Rating</dt>
          <dd>{page.rating === null ? "Not rated yet" : `${page.rating.toFixed(1)} out of 5 from candidates`}</dd>

          <dt className="text-sm font-semibold text-slate-600">Interviews for</dt>
          <dd>{page.types.length ? page.types.map((t) => t.name).join(", ") : "Nothing yet"}</dd>

          <dt className="text-sm font-semibold text-slate-600">Background</dt>
          <dd>
            {profile.hasEngineeringBackground ? "Has worked as an engineer" : "Comes from a non-engineering role"}
          </dd>

          <dt className="text-sm font-semibold text-slate-600">Focus areas</dt>
          <dd>
            {profile.focusAreas.length ? (
              <ul className="flex flex-wrap gap-2" aria-label="Focus areas">
                {profile.focusAreas.map((area) => (
                  <li key={area.slug} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-900">
                    {area.name}
                  </li>
                ))}
              </ul>
            ) : (
              "None chosen yet"
            )}
          </dd>

          <dt className="text-sm font-semibold text-slate-600">Languages</dt>
          <dd>{profile.languages.join(", ") || "Not given"}</dd>

          {profile.targetCompanies.length ? (
            <>
              <dt className="text-sm font-semibold text-slate-600">Aiming for</dt>
              <dd>{profile.targetCompanies.join(", ")}</dd>
            </>
          ) : null}

          <dt className="text-sm font-semibold text-slate-600">Time zone</dt>
          <dd>
            {profile.timeZone}
            <span className="block text-sm text-slate-600">
              It&apos;s {localTime} there now{difference ? ` (${difference})` : ""}.
            </span>
          </dd>
        </dl>
      </article>

      <section
        aria-labelledby="book-heading"
        className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-8"
      >
        <h2 id="book-heading" className="text-xl font-bold">
          {page.self ? "Your booking page" : `Book ${profile.displayName}`}
        </h2>
        {page.self ? (
          <OwnPage id={profile.id} missing={page.missing} />
        ) : page.bookable ? (
          <div className="mt-4">
            <PersonalBooking
              person={{ id: profile.id, displayName: profile.displayName, timeZone: profile.timeZone }}
              types={page.types}
              timeZone={zone}
              thisWeek={todayIn(zone)}
            />
          </div>
        ) : (
          <p className="mt-2 text-slate-700">
            {profile.displayName} isn&apos;t taking bookings right now. You can{" "}
            <Link href="/find" className="font-semibold text-brand-700 underline">
              find another peer
            </Link>{" "}
            or{" "}
            <Link href="/people" className="text-brand-700 underline">
              search for someone by name
            </Link>
            .
          </p>
        )}
        {!page.self ? (
          <div className="mt-6 border-t border-slate-200 pt-4">
            <ShareLink path={`/people/${profile.id}`} label={`Link to ${profile.displayName}'s booking page`} />
          </div>
        ) : null}
      </section>
    </div>
  );
}

/** The owner's view: the link to send, and what still stops peers from booking them. */
function OwnPage({ id, missing }: { id: string; missing: string[] }) {
  return (
    <div className="mt-2 space-y-4">
      {missing.length ? (
        <div className="rounded-lg bg-amber-50 p-4 text-amber-950 ring-1 ring-amber-300">
          <p className="font-semibold">You&apos;re not bookable yet</p>
          <p className="mt-1">
            People can book you once you add{" "}
            {missing.includes("hours") && missing.includes("types")
              ? "your hours and the interview types you run"
              : missing.includes("hours")
                ? "your hours"
                : "the interview types you run"}
            .{" "}
            <Link href="/settings/availability" className="font-semibold underline">
              Add them now
            </Link>
          </p>
        </div>
      ) : (
        <p className="text-slate-700">
          Peers who open this link see your open times in their own zone and book in one click.
        </p>
      )}
      <ShareLink path={`/people/${id}`} label="Your booking page's link" />
    </div>
  );
}
