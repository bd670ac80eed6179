import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { LearningPath, PractiseNext as PractiseNextData } from "@/lib/progress/progress.types";
import { formatScore } from "./progress-format";

const DIFFICULTY: Record<string, string> = { EASY: "Easy", MEDIUM: "Medium", HARD: "Hard" };

/** The loop's next step: what to work on, how to learn it, questions that train it, and a peer to practise with. */
export function PractiseNext({ next, type }: { next: PractiseNextData | null; type: { slug: string; name: string } }) {
  const findHref = `/find?type=${encodeURIComponent(type.slug)}`;
  return (
    <section aria-labelledby="practise-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="practise-heading" className="text-lg font-semibold">
        What to practise next
      </h2>
      {next && next.competencies.length > 0 ? (
        <>
          <p className="mt-1 text-slate-700">Your weakest competencies in {type.name} right now:</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {next.competencies.map((c) => (
              <li
                key={c.key}
                className="rounded-md bg-amber-50 px-2.5 py-1 text-sm text-amber-950 ring-1 ring-amber-200"
              >
                {c.name} <span className="font-semibold tabular-nums">{formatScore(c.score)}</span>
              </li>
            ))}
          </ul>
          {next.learning ? <LearnPath path={next.learning} competency={next.competencies[0]!.name} /> : null}
          <h3 className="mt-4 font-semibold">Questions for a live mock</h3>
          {next.questions.length > 0 ? (
            <ul className="mt-1 space-y-1">
              {next.questions.map((q) => (
                <li key={q.id}>
                  <Link href={`/questions/${q.id}`} className="font-medium text-brand-700 underline">
                    {q.title}
                  </Link>{" "}
                  <span className="text-sm text-slate-600">· {DIFFICULTY[q.difficulty] ?? q.difficulty}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-700">
              You&apos;ve had every question in the bank for these. Browse the{" "}
              <Link href={`/questions?type=${encodeURIComponent(type.slug)}`} className="text-brand-700 underline">
                {type.name} questions
              </Link>{" "}
              or propose a new one.
            </p>
          )}
        </>
      ) : (
        <p className="mt-1 text-slate-700">
          Keep practising: after a few scored interviews we can point at what to work on.
        </p>
      )}
      <Button asChild className="mt-4">
        <Link href={findHref}>Find a peer for {type.name}</Link>
      </Button>
    </section>
  );
}

/** Issue #24 item 4: the weakest competency's explainers, resources and solo questions. */
function LearnPath({ path, competency }: { path: LearningPath; competency: string }) {
  if (path.explainers.length === 0 && path.resources.length === 0 && path.soloQuestions.length === 0) return null;
  return (
    <div className="mt-4 rounded-md bg-violet-50 p-3 ring-1 ring-violet-200">
      <h3 className="font-semibold text-violet-950">Learn {competency}</h3>
      {path.explainers.length > 0 ? (
        <>
          <p className="mt-1 text-sm text-slate-700">Plain-words explainers, with key terms:</p>
          <ul className="mt-1 space-y-1">
            {path.explainers.map((e) => (
              <li key={e.questionId}>
                <Link
                  href={`/questions/${e.questionId}#learn-heading`}
                  className="font-medium text-brand-700 underline"
                >
                  {e.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {path.resources.length > 0 ? (
        <>
          <p className="mt-2 text-sm text-slate-700">To study:</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
            {path.resources.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : null}
      {path.soloQuestions.length > 0 ? (
        <>
          <p className="mt-2 text-sm text-slate-700">Then try one alone, against the clock:</p>
          <ul className="mt-1 space-y-1">
            {path.soloQuestions.map((q) => (
              <li key={q.id}>
                <Link
                  href={`/practice/new?question=${encodeURIComponent(q.id)}`}
                  className="font-medium text-brand-700 underline"
                >
                  Practise alone: {q.title}
                </Link>{" "}
                <span className="text-sm text-slate-600">· {DIFFICULTY[q.difficulty] ?? q.difficulty}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
