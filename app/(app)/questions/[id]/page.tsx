import { Panel } from "@/components/ui/panel";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { Markdown } from "@/components/markdown";
import { Chips, DifficultyBadge, LearnSection, StatusBadge } from "@/components/questions/question-display";
import { orNotFound } from "@/app/_server/or-not-found";
import type { Caller } from "@/lib/auth/sessions";
import { getQuestion } from "@/lib/questions/get-question";
import { getCurrentRubric } from "@/lib/rubrics/rubrics";
import { getSoloQuestion } from "@/lib/solo/list-solo-questions";

type Params = { params: Promise<{ id: string }> };

/** Unknown, and not yours to see, are the same 404. */
const loadQuestion = cache((caller: Caller, id: string) => orNotFound(getQuestion(caller, id)));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const caller = await requireOnboardedUser();
  const question = await loadQuestion(caller, (await params).id);
  return { title: question.title };
}

export default async function QuestionPage({ params }: Params) {
  const caller = await requireOnboardedUser();
  const question = await loadQuestion(caller, (await params).id);
  const [rubric, solo] = await Promise.all([
    getCurrentRubric(question.interviewType.slug),
    getSoloQuestion(caller, question.id),
  ]);
  const competencies = question.competencyKeys.map(
    (key) => rubric?.competencies.find((c) => c.key === key) ?? { key, name: key, description: null },
  );
  const filter = (name: string, value: string) => `/questions?${new URLSearchParams({ [name]: value })}`;
  const isAuthor = question.author?.id === caller.id;

  return (
    <div>
      <Link
        href={isAuthor && question.status !== "APPROVED" ? "/questions?status=MINE" : "/questions"}
        className="text-sm font-semibold text-brand-700 underline"
      >
        <span aria-hidden="true">← </span>
        {isAuthor && question.status !== "APPROVED" ? "My proposals" : "Question bank"}
      </Link>

      <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
        <Link href={filter("type", question.interviewType.slug)} className="hover:text-brand-700 hover:underline">
          {question.interviewType.name}
        </Link>
        <DifficultyBadge difficulty={question.difficulty} />
        {question.status !== "APPROVED" ? <StatusBadge status={question.status} /> : null}
      </div>
      <h1 className="mt-1 text-2xl font-bold">{question.title}</h1>

      <StatusNote status={question.status} reason={question.rejectionReason} isAuthor={isAuthor} />

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <div className="space-y-6">
          <Panel id="prompt-heading" title="The question" lead="As the interviewer asks it.">
            <div className="mt-3 text-slate-800">
              <Markdown>{question.prompt}</Markdown>
            </div>
          </Panel>

          {question.learn ? <LearnSection learn={question.learn} /> : null}

          <section
            aria-labelledby="guide-heading"
            className={
              question.canSeeGuide
                ? "rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6"
                : "rounded-lg border border-dashed border-slate-300 p-5 sm:p-6"
            }
          >
            <h2 id="guide-heading" className="text-lg font-semibold">
              Interviewer&apos;s guide
            </h2>
            {question.canSeeGuide ? (
              <>
                <p className="mt-1 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
                  {caller.role === "ADMIN"
                    ? "You can see this as an admin."
                    : isAuthor
                      ? "You can see this because you wrote the question."
                      : "You can see this because of an interview with this question."}{" "}
                  Interviewers read it before the call; candidates see it once their interview ends. Please don&apos;t
                  share it, so the question stays useful for practice.
                </p>
                <div className="mt-4 text-slate-800">
                  <Markdown>{question.guide}</Markdown>
                </div>
              </>
            ) : (
              <p className="mt-2 text-slate-700">
                The interviewer&apos;s guide opens for you after your interview with this question ends.
              </p>
            )}
          </section>
        </div>

        <aside aria-label="About this question" className="space-y-5 text-sm">
          {competencies.length > 0 ? (
            <div>
              <h2 className="font-semibold text-slate-900">Competencies it tests</h2>
              <ul className="mt-2 space-y-2">
                {competencies.map((c) => (
                  <li key={c.key}>
                    <Link href={filter("competency", c.key)} className="font-medium text-brand-700 hover:underline">
                      {c.name}
                    </Link>
                    {c.description ? <p className="text-slate-600">{c.description}</p> : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {question.tags.length > 0 ? (
            <div>
              <h2 className="font-semibold text-slate-900">Tags</h2>
              <div className="mt-2">
                <Chips items={question.tags} label="Tags" hrefFor={(tag) => filter("tag", tag)} />
              </div>
            </div>
          ) : null}
          {question.companies.length > 0 ? (
            <div>
              <h2 className="font-semibold text-slate-900">Asked at</h2>
              <div className="mt-2">
                <Chips
                  items={question.companies}
                  label="Companies"
                  tone="company"
                  hrefFor={(company) => filter("company", company)}
                />
              </div>
            </div>
          ) : null}
          {question.status === "APPROVED" ? (
            <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <h2 className="font-semibold text-slate-900">Ready to practise?</h2>
              <p className="mt-1 text-slate-700">Book a {question.interviewType.name} mock interview with a peer.</p>
              <Link
                href={`/find?type=${encodeURIComponent(question.interviewType.slug)}`}
                className="mt-2 inline-block font-semibold text-brand-700 underline"
              >
                Find a peer
              </Link>
              {solo ? (
                <p className="mt-2 text-slate-700">
                  Or{" "}
                  <Link
                    href={`/practice/new?question=${encodeURIComponent(question.id)}`}
                    className="font-semibold text-brand-700 underline"
                  >
                    practise it alone
                  </Link>
                  , against the clock.
                </p>
              ) : (
                <p className="mt-2 text-slate-600">
                  This question is kept for live mocks, so it isn&apos;t offered for solo practice.
                </p>
              )}
            </div>
          ) : null}
        </aside>
      </div>
    </div>
  );
}

function StatusNote({
  status,
  reason,
  isAuthor,
}: {
  status: "PENDING" | "APPROVED" | "REJECTED" | "RETIRED";
  reason: string | null;
  isAuthor: boolean;
}) {
  if (status === "PENDING") {
    return (
      <p role="status" className="mt-3 rounded-md bg-amber-50 px-4 py-3 text-amber-950 ring-1 ring-amber-200">
        <strong className="font-semibold">Pending review.</strong>{" "}
        {isAuthor
          ? "Thanks for proposing it. An admin will review it soon; until then only you and the admins can see it."
          : "It isn't in the bank yet: an admin needs to review it."}
      </p>
    );
  }
  if (status === "REJECTED") {
    return (
      <div className="mt-3 rounded-md bg-red-50 px-4 py-3 text-red-950 ring-1 ring-red-200">
        <p>
          <strong className="font-semibold">Not accepted.</strong> {reason ? `The reviewer said: “${reason}”` : ""}
        </p>
        {isAuthor ? (
          <p className="mt-1 text-sm">
            You&apos;re welcome to{" "}
            <Link href="/questions/new" className="font-semibold underline">
              propose it again
            </Link>{" "}
            with those changes.
          </p>
        ) : null}
      </div>
    );
  }
  if (status === "RETIRED") {
    return (
      <p className="mt-3 rounded-md bg-slate-100 px-4 py-3 text-slate-800">
        <strong className="font-semibold">Retired.</strong> It&apos;s no longer used for new interviews. Past interviews
        that used it still show it.
      </p>
    );
  }
  return null;
}
