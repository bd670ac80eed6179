"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { describeOffset, formatScore, formatShare, ratingRows } from "./progress-format";
import { interviewingQuery } from "./progress-keys";
import { TrendWithTable } from "./trend-with-table";
import { useLocale } from "@/components/locale/locale-provider";

const LINES = [{ dataKey: "rating", name: "Rating from the candidate", color: "#4338ca" }];

function Stat({ label, value, children }: { label: string; value: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums">{value}</dd>
      {children ? <dd className="mt-1 text-sm text-slate-700">{children}</dd> : null}
    </div>
  );
}

/** The interviewer's side: what they gave, how candidates rated them, and how they grade. */
export function InterviewerView({ timeZone }: { timeZone: string }) {
  const locale = useLocale();
  const { data } = useSuspenseQuery(interviewingQuery());
  const { reliability } = data;

  // Reliability counts interviews in either role, so it alone does not make someone an interviewer.
  if (data.feedbackGiven === 0 && data.ratingsReceived.length === 0) {
    return (
      <div className="rounded-lg bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
        <p className="font-semibold">You haven&apos;t interviewed anyone yet.</p>
        <p className="mx-auto mt-1 max-w-prose text-slate-700">
          Interviewing others is practice too. Open a few evening hours and candidates can book you.
        </p>
        <Button asChild className="mt-4">
          <Link href="/settings/availability">Set your availability</Link>
        </Button>
      </div>
    );
  }

  const rows = ratingRows(data.ratingsReceived, timeZone, locale);
  return (
    <div className="space-y-6">
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Feedback given" value={String(data.feedbackGiven)} />
        <Stat
          label="Average rating"
          value={data.averageRating === null ? "—" : `${formatScore(data.averageRating)} / 5`}
        >
          {data.ratingsReceived.length === 1 ? "From 1 candidate" : `From ${data.ratingsReceived.length} candidates`}
        </Stat>
        <Stat label="Would practise with you again" value={formatShare(data.wouldPractiseAgainShare)} />
        <Stat label="Reliability" value={formatShare(reliability.score)}>
          {reliability.completed} kept · {reliability.lateCancellations} late cancellations · {reliability.noShows}{" "}
          no-shows
        </Stat>
      </dl>

      <section aria-labelledby="offset-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 id="offset-heading" className="text-lg font-semibold">
          How you grade
        </h2>
        <p className="mt-1 text-slate-800">{describeOffset(data.graderOffset)}</p>
        <p className="mt-1 text-sm text-slate-600">
          MockLoop compares the scores you give with what the same candidates get from other interviewers. That is how
          candidates&apos; calibrated scores stay fair whoever they practise with.
        </p>
      </section>

      <section aria-labelledby="ratings-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 id="ratings-heading" className="text-lg font-semibold">
          Ratings received over time
        </h2>
        {rows.length === 0 ? (
          <p className="mt-1 text-slate-700">No ratings yet: candidates rate you when they send their feedback.</p>
        ) : (
          <TrendWithTable
            rows={rows}
            lines={LINES}
            domain={[1, 5]}
            ticks={[1, 2, 3, 4, 5]}
            caption={<>Ratings from candidates, oldest first (1–5). Times in {timeZone}.</>}
            columns={[{ header: "Rating", cell: (row) => formatScore(row.rating) }]}
          />
        )}
      </section>
    </div>
  );
}
