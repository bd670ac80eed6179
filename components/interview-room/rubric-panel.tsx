import type { RubricView } from "@/lib/feedback/feedback.types";
import { SCORE_LABELS, SCORE_MIN } from "@/lib/rubrics/score-scale";

/** The rubric as a reference during the interview: each competency with what each score looks like. */
export function RubricPanel({ rubric }: { rubric: RubricView | null }) {
  return (
    <section aria-labelledby="rubric-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="rubric-heading" className="text-lg font-semibold">
        Rubric{rubric ? <span className="font-normal text-slate-600"> · {rubric.title}</span> : null}
      </h2>
      {rubric ? (
        <ul className="mt-2 space-y-2">
          {rubric.competencies.map((c) => (
            <li key={c.key}>
              <details className="group rounded-md ring-1 ring-slate-200 open:bg-slate-50">
                <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-3 py-2 font-semibold">
                  {c.name}
                  <span aria-hidden="true" className="text-slate-500 group-open:rotate-90">
                    ›
                  </span>
                </summary>
                <div className="px-3 pb-3 text-sm">
                  <p className="text-slate-700">{c.description}</p>
                  <ol className="mt-2 space-y-1">
                    {c.descriptors.map((d, i) => (
                      <li key={i} className="flex gap-2">
                        <span className="w-5 shrink-0 font-semibold">{SCORE_MIN + i}</span>
                        <span>
                          <span className="sr-only">{SCORE_LABELS[i]}: </span>
                          {d}
                        </span>
                      </li>
                    ))}
                  </ol>
                </div>
              </details>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-700">This interview type has no rubric yet. Note concrete examples.</p>
      )}
    </section>
  );
}
