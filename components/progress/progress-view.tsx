"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/components/settings/format-time";
import { CompetencyTrend } from "./competency-trend";
import { CurrentLevels } from "./current-levels";
import { PractiseNext } from "./practise-next";
import { progressQuery } from "./progress-keys";
import { ReadinessCard } from "./readiness-card";
import { TypeSwitcher } from "./type-switcher";
import { useLocale } from "@/components/locale/locale-provider";

/** The candidate's side: one interview type at a time, chosen in the URL (?type=). */
export function ProgressView({ type, timeZone }: { type: string | null; timeZone: string }) {
  const locale = useLocale();
  const { data } = useSuspenseQuery(progressQuery(type));
  if (!data.type) return <NoProgress />;
  const selected = data.type;

  return (
    <div className="space-y-6">
      <TypeSwitcher types={data.interviewTypes} current={selected.slug} />
      <div>
        <h2 className="text-xl font-semibold">{selected.name}</h2>
        <p className="mt-1 text-slate-700">
          {data.interviews === 1 ? "1 scored interview" : `${data.interviews} scored interviews`}.{" "}
          {data.soloAttempts > 0
            ? `${data.soloAttempts === 1 ? "1 solo attempt" : `${data.soloAttempts} solo attempts`}, self-assessed. `
            : ""}
          Scores run from 1 to 4.
        </p>
      </div>
      {data.interviews === 0 ? (
        <div className="rounded-lg bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
          <p className="font-semibold">No scored {selected.name} interviews yet.</p>
          <div className="mt-4 flex flex-wrap justify-center gap-2">
            <Button asChild>
              <Link href={`/find?type=${encodeURIComponent(selected.slug)}`}>Find a peer for {selected.name}</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href={`/practice?type=${encodeURIComponent(selected.slug)}`}>Practise alone</Link>
            </Button>
          </div>
        </div>
      ) : null}
      {data.interviews === 0 && data.soloAttempts > 0 ? <CurrentLevels competencies={data.competencies} /> : null}
      {data.interviews === 0 ? null : (
        <>
          <div className="grid items-start gap-4 md:grid-cols-2">
            <ReadinessCard readiness={data.readiness} typeName={selected.name} />
            <PractiseNext next={data.practiseNext} type={selected} />
          </div>
          <CurrentLevels competencies={data.competencies} />
          <section aria-labelledby="trends-heading">
            <h2 id="trends-heading" className="text-lg font-semibold">
              Scores over time
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              The solid line is the score you were given; the dashed line is calibrated: adjusted for how strictly each
              interviewer grades. {data.calibration.explanation}
              {data.calibration.computedAt
                ? ` Last recalculated ${formatDate(data.calibration.computedAt, timeZone, locale)}.`
                : ""}
            </p>
            <div className="mt-3 grid gap-4 lg:grid-cols-2">
              {data.competencies.map((c) => (
                <CompetencyTrend key={c.key} competency={c} timeZone={timeZone} />
              ))}
            </div>
          </section>
        </>
      )}
    </div>
  );
}

function NoProgress() {
  return (
    <div className="rounded-lg bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
      <p className="font-semibold">Nothing to chart yet.</p>
      <p className="mx-auto mt-1 max-w-prose text-slate-700">
        Once an interviewer&apos;s feedback on you is released, your scores per competency show up here, with how they
        change over time and what to practise next.
      </p>
      <div className="mt-4 flex flex-wrap justify-center gap-2">
        <Button asChild>
          <Link href="/find">Book your first mock</Link>
        </Button>
        <Button asChild variant="secondary">
          <Link href="/practice">Practise a question alone</Link>
        </Button>
      </div>
      <p className="mt-3 text-sm text-slate-600">
        Interviewing others?{" "}
        <Link href="/progress?view=interviewer" className="font-semibold text-brand-700 underline">
          See how that is going
        </Link>
        .
      </p>
    </div>
  );
}
