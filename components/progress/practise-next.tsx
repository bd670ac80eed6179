import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { PractiseNext as PractiseNextData } from "@/lib/progress/progress.types";
import { formatScore } from "./progress-format";

const DIFFICULTY: Record<string, string> = { EASY: "Easy", MEDIUM: "Medium", HARD: "Hard" };

/** The loop's next step: what to work on, questions that train it, and a peer to practise with. */
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
          <h3 className="mt-4 font-semibold">Questions that train them</h3>
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
