import { Panel } from "@/components/ui/panel";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { requestLocale } from "@/app/_server/request-locale";
import { Markdown } from "@/components/markdown";
import { DifficultyBadge, LearnSection } from "@/components/questions/question-display";
import { formatDateTime } from "@/components/settings/format-time";
import { SoloAttemptForm } from "@/components/solo/solo-attempt-form";
import { SoloTimer } from "@/components/solo/solo-timer";
import type { Caller } from "@/lib/auth/sessions";
import { orNotFound } from "@/app/_server/or-not-found";
import { scoreLabel } from "@/lib/rubrics/score-scale";
import { getSoloAttempt } from "@/lib/solo/get-solo-attempt";
import type { SoloAttemptView } from "@/lib/solo/solo.types";

type Params = { params: Promise<{ id: string }> };

/** Someone else's attempt and no attempt are the same 404. */
const loadAttempt = cache((caller: Caller, id: string) => orNotFound(getSoloAttempt(caller, id)));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const caller = await requireOnboardedUser();
  const attempt = await loadAttempt(caller, (await params).id);
  return { title: `Solo: ${attempt.question.title}` };
}

export default async function SoloAttemptPage({ params }: Params) {
  const caller = await requireOnboardedUser();
  const attempt = await loadAttempt(caller, (await params).id);
  const zone = caller.timeZone ?? "UTC";
  const locale = await requestLocale();
  const submitted = attempt.status === "SUBMITTED";

  return (
    <div>
      <Link href="/practice" className="text-sm font-semibold text-brand-700 underline">
        <span aria-hidden="true">← </span>Solo practice
      </Link>
      <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
        <span className="rounded-full bg-violet-100 px-2 py-0.5 font-semibold text-violet-900">Solo</span>
        <span>{attempt.interviewType.name}</span>
        <DifficultyBadge difficulty={attempt.question.difficulty} />
      </div>
      <h1 className="mt-1 text-2xl font-bold">{attempt.question.title}</h1>
      <p className="mt-1 text-sm text-slate-600">
        Started {formatDateTime(attempt.startedAt, zone, locale)}
        {attempt.submittedAt ? ` · handed in ${formatDateTime(attempt.submittedAt, zone, locale)}` : ""}
      </p>

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <div className="min-w-0 space-y-6">
          <Panel id="prompt-heading" title="The question">
            <div className="mt-3 text-slate-800">
              <Markdown>{attempt.prompt}</Markdown>
            </div>
          </Panel>
          {submitted ? <Compare attempt={attempt} /> : <SoloAttemptForm attempt={attempt} />}
        </div>
        <aside aria-label="About this attempt" className="space-y-4 text-sm">
          {submitted ? (
            <NextSteps attempt={attempt} />
          ) : (
            <>
              <SoloTimer dueAt={attempt.dueAt} minutes={attempt.timeLimitMinutes} />
              <p className="text-slate-700">
                Answer as if an interviewer were listening. The clock is a guide: you can hand in after it runs out.
              </p>
            </>
          )}
          {attempt.learn ? (
            <details className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
              <summary className="cursor-pointer font-semibold">Stuck on a term? The Learn block</summary>
              <div className="mt-2">
                <LearnSection learn={attempt.learn} />
              </div>
            </details>
          ) : null}
        </aside>
      </div>
    </div>
  );
}

function Compare({ attempt }: { attempt: SoloAttemptView }) {
  return (
    <>
      <Panel id="answer-heading" title="Your answer">
        <p className="mt-3 whitespace-pre-wrap break-words text-slate-800">{attempt.answer}</p>
      </Panel>
      <Panel id="self-heading" title="How you scored yourself">
        <ul className="mt-3 space-y-2">
          {attempt.scores.map((s) => {
            const descriptor = attempt.competencies.find((c) => c.key === s.key)?.descriptors[s.score - 1];
            return (
              <li key={s.key}>
                <span className="font-medium">{s.name}</span>:{" "}
                <span className="font-semibold tabular-nums">{s.score}</span>{" "}
                <span className="text-slate-600">({scoreLabel(s.score)})</span>
                {descriptor ? <p className="text-sm text-slate-700">{descriptor}</p> : null}
              </li>
            );
          })}
        </ul>
      </Panel>
      <Panel id="guide-heading" title="Compare: the interviewer's guide" tone="highlight">
        <p className="mt-1 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
          What a strong answer covers, the follow-ups an interviewer would ask and the usual pitfalls. Check your answer
          against it; if your self-scores now look generous, that is worth knowing before a live mock.
        </p>
        <div className="mt-4 text-slate-800">
          <Markdown>{attempt.guide ?? ""}</Markdown>
        </div>
      </Panel>
    </>
  );
}

function NextSteps({ attempt }: { attempt: SoloAttemptView }) {
  const type = encodeURIComponent(attempt.interviewType.slug);
  return (
    <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 className="font-semibold text-slate-900">Next</h2>
      <ul className="mt-2 space-y-1">
        <li>
          <Link href={`/practice?type=${type}`} className="font-medium text-brand-700 underline">
            Practise another {attempt.interviewType.name} question
          </Link>
        </li>
        <li>
          <Link href={`/find?type=${type}`} className="font-medium text-brand-700 underline">
            Try it with a peer
          </Link>
        </li>
        <li>
          <Link href="/history?kind=solo" className="font-medium text-brand-700 underline">
            Your solo attempts in History
          </Link>
        </li>
      </ul>
    </div>
  );
}
