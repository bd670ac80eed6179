import type { Metadata } from "next";
import Link from "next/link";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { requestLocale } from "@/app/_server/request-locale";
import { DifficultyBadge } from "@/components/questions/question-display";
import { formatDateTime } from "@/components/settings/format-time";
import { Button } from "@/components/ui/button";
import { InterviewTypeSelect } from "@/components/ui/filter-fields";
import { listInterviewTypes } from "@/lib/interview-types/list-interview-types";
import { listSoloAttempts } from "@/lib/solo/get-solo-attempt";
import { listSoloQuestions } from "@/lib/solo/list-solo-questions";

export const metadata: Metadata = { title: "Solo practice" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const SLUG = /^[\w-]{1,40}$/;

export default async function PracticePage({ searchParams }: Props) {
  const caller = await requireOnboardedUser();
  const zone = caller.timeZone ?? "UTC";
  const locale = await requestLocale();
  const asked = (await searchParams).type;
  const type = typeof asked === "string" && SLUG.test(asked) ? asked : undefined;
  const [types, questions, attempts] = await Promise.all([
    listInterviewTypes(),
    listSoloQuestions(caller, { type }),
    listSoloAttempts(caller, 20),
  ]);
  const open = attempts.filter((a) => a.status === "IN_PROGRESS");

  return (
    <div>
      <h1 className="text-2xl font-bold">Solo practice</h1>
      <p className="mt-1 max-w-prose text-slate-700">
        Pick a question, answer it in writing against the clock, score yourself on the rubric, then compare with the
        interviewer&apos;s guide. Your attempts stay in{" "}
        <Link href="/history?kind=solo" className="font-semibold text-brand-700 underline">
          History
        </Link>{" "}
        and your self-scores show on Progress, apart from the scores peers give you. A question you open here won&apos;t
        be picked for your live mocks, and some questions are kept for live mocks only.
      </p>

      {open.length > 0 ? (
        <section aria-labelledby="open-heading" className="mt-6 rounded-lg bg-amber-50 p-4 ring-1 ring-amber-200">
          <h2 id="open-heading" className="font-semibold text-amber-950">
            Not handed in yet
          </h2>
          <ul className="mt-2 space-y-1">
            {open.map((a) => (
              <li key={a.id}>
                <Link href={`/practice/${a.id}`} className="font-medium text-brand-700 underline">
                  {a.question.title}
                </Link>{" "}
                <span className="text-sm text-slate-700">· started {formatDateTime(a.startedAt, zone, locale)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <form
        role="search"
        aria-label="Filter questions"
        method="get"
        action="/practice"
        className="mt-6 flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
      >
        <InterviewTypeSelect
          id="practice-type"
          types={types.map(({ slug, name }) => ({ slug, name }))}
          defaultValue={type}
        />
        <Button type="submit">Show questions</Button>
      </form>

      <section aria-labelledby="questions-heading" className="mt-6">
        <h2 id="questions-heading" className="text-lg font-semibold">
          {questions.length === 1 ? "1 question" : `${questions.length} questions`} to practise
        </h2>
        {questions.length === 0 ? (
          <p className="mt-2 rounded-lg bg-white p-6 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">
            No questions for solo practice here yet. Try another interview type, or{" "}
            <Link href="/questions" className="font-semibold text-brand-700 underline">
              browse the bank
            </Link>
            .
          </p>
        ) : (
          <ul className="mt-3 grid gap-3 md:grid-cols-2">
            {questions.map((q) => (
              <li key={q.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                  <span>{q.interviewType.name}</span>
                  <DifficultyBadge difficulty={q.difficulty} />
                  {q.attempted ? (
                    <span className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-700">Tried before</span>
                  ) : null}
                </div>
                <h3 className="mt-1 font-semibold">
                  <Link
                    href={`/practice/new?question=${encodeURIComponent(q.id)}`}
                    className="hover:text-brand-700 hover:underline"
                  >
                    {q.title}
                  </Link>
                </h3>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
