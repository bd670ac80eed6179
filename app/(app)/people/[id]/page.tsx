import { DateTime } from "luxon";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { AppError } from "@/lib/errors";
import { getPublicProfile } from "@/lib/users/get-public-profile";

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
const loadProfile = cache(async (id: string) => {
  try {
    return await getPublicProfile(id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await requireOnboardedUser();
  const profile = await loadProfile((await params).id);
  return { title: profile.displayName };
}

/** "5 h 30 min ahead of you", "the same as yours". */
function zoneDifference(theirs: string, yours: string | null): string | null {
  if (!yours) return null;
  const now = DateTime.now();
  const minutes = now.setZone(theirs).offset - now.setZone(yours).offset;
  if (minutes === 0) return theirs === yours ? "your zone too" : "the same time as you";
  const abs = Math.abs(minutes);
  const text = `${Math.floor(abs / 60)} h${abs % 60 ? ` ${abs % 60} min` : ""}`;
  return `${text} ${minutes > 0 ? "ahead of" : "behind"} you`;
}

export default async function PersonPage({ params }: Params) {
  const viewer = await requireOnboardedUser();
  const profile = await loadProfile((await params).id);
  const localTime = DateTime.now().setZone(profile.timeZone).toFormat("HH:mm");
  const difference = zoneDifference(profile.timeZone, viewer.timeZone);
  const initials = profile.displayName
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");

  return (
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
        <dt className="text-sm font-semibold text-slate-600">Background</dt>
        <dd>{profile.hasEngineeringBackground ? "Has worked as an engineer" : "Comes from a non-engineering role"}</dd>

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
  );
}
