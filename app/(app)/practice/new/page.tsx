import type { Metadata } from "next";
import Link from "next/link";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { DifficultyBadge } from "@/components/questions/question-display";
import { StartAttemptButton } from "@/components/solo/start-attempt-button";
import { Button } from "@/components/ui/button";
import { getSoloQuestion } from "@/lib/solo/list-solo-questions";

export const metadata: Metadata = { title: "Start a solo attempt" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const ID = /^[\w-]{1,40}$/;

/** The step before the clock: what you are about to answer and for how long, the prompt still hidden. */
export default async function NewSoloAttemptPage({ searchParams }: Props) {
  const caller = await requireOnboardedUser();
  const asked = (await searchParams).question;
  const questionId = typeof asked === "string" && ID.test(asked) ? asked : null;
  const question = questionId ? await getSoloQuestion(caller, questionId) : null;

  return (
    <div className="max-w-2xl">
      <Link href="/practice" className="text-sm font-semibold text-brand-700 underline">
        <span aria-hidden="true">← </span>Solo practice
      </Link>
      {question ? (
        <>
          <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
            <span>{question.interviewType.name}</span>
            <DifficultyBadge difficulty={question.difficulty} />
          </div>
          <h1 className="mt-1 text-2xl font-bold">{question.title}</h1>
          <div className="mt-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <h2 className="font-semibold">How it works</h2>
            <ol className="mt-2 list-decimal space-y-1 pl-5 text-slate-700">
              <li>The question appears and a {question.minutes}-minute clock starts.</li>
              <li>Write your answer: your questions, assumptions, approach and trade-offs.</li>
              <li>Score yourself on each competency of the rubric, by its descriptions.</li>
              <li>Hand in to see the interviewer&apos;s guide and compare.</li>
            </ol>
            <p className="mt-3 text-sm text-slate-600">
              Once you open it, this question won&apos;t be picked for your live mocks.
            </p>
            <div className="mt-4">
              {question.openAttemptId ? (
                <Button asChild>
                  <Link href={`/practice/${question.openAttemptId}`}>Resume your attempt</Link>
                </Button>
              ) : (
                <StartAttemptButton questionId={question.id} label="Start the clock" />
              )}
            </div>
          </div>
        </>
      ) : (
        <>
          <h1 className="mt-3 text-2xl font-bold">Not offered for solo practice</h1>
          <p className="mt-2 text-slate-700">
            That question doesn&apos;t exist, isn&apos;t approved yet, or is kept for live mocks so interviewers always
            have questions you haven&apos;t seen.{" "}
            <Link href="/practice" className="font-semibold text-brand-700 underline">
              Choose another question
            </Link>
            .
          </p>
        </>
      )}
    </div>
  );
}
