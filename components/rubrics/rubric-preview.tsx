import { ScrollRegion } from "@/components/ui/scroll-region";
import { RECOMMENDATIONS } from "@/lib/rubrics/rubric.schema";
import { SCORE_LABELS, SCORE_MAX, SCORE_MIN } from "@/lib/rubrics/score-scale";
import type { RubricLike } from "./rubric-draft";
import { LevelBars } from "./level-bars";
import { RuleSummary } from "./rule-summary";

const percent = (weight: number) => `${Math.round(weight * 100)}%`;

/**
 * The rubric as an interviewer reads it while scoring: one row per
 * competency, one column per score, then the overall recommendation.
 */
export function RubricPreview({ rubric, typeName }: { rubric: RubricLike; typeName: string }) {
  return (
    <div>
      <ScrollRegion
        label={`${rubric.title || `${typeName} rubric`} table`}
        className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200"
      >
        <table className="w-full min-w-[48rem] table-fixed text-left text-sm">
          <caption className="px-4 pt-4 pb-2 text-left">
            <span className="block text-base font-semibold text-slate-900">{rubric.title || `${typeName} rubric`}</span>
            <span className="block text-slate-600">
              Score each competency from {SCORE_MIN} to {SCORE_MAX}, with evidence from the interview. Weights show how
              much each counts.
            </span>
          </caption>
          <colgroup>
            <col className="w-[28%]" />
            <col span={SCORE_LABELS.length} />
          </colgroup>
          <thead className="bg-slate-50 text-xs font-semibold text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                Competency
              </th>
              {SCORE_LABELS.map((label, i) => (
                <th key={label} scope="col" className="px-3 py-2">
                  <span className="mr-1 inline-flex size-5 items-center justify-center rounded-full bg-slate-200 text-slate-900">
                    {SCORE_MIN + i}
                  </span>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 align-top">
            {rubric.competencies.map((c, index) => (
              <tr key={`${c.key}-${index}`}>
                <th scope="row" className="px-3 py-3 font-normal">
                  <span className="block font-semibold text-slate-900">{c.name || "Untitled competency"}</span>
                  <span className="mt-0.5 inline-block rounded bg-brand-50 px-1.5 text-xs font-semibold text-brand-900">
                    Weight {percent(c.weight)}
                  </span>
                  <span className="mt-1 block text-slate-600">{c.description}</span>
                </th>
                {SCORE_LABELS.map((label, i) => (
                  <td key={label} className="px-3 py-3 text-slate-700">
                    {c.descriptors[i] || <span className="text-slate-400">Not written yet</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="mt-3 text-sm text-slate-700">
        <span className="font-semibold">Then an overall recommendation:</span>{" "}
        {RECOMMENDATIONS.map((r) => r.label).join(" · ")}
      </p>
      <div className="mt-3 grid gap-3 lg:grid-cols-2">
        <RuleSummary competencies={rubric.competencies} checkWeights />
        <LevelBars bars={rubric.levelBars} />
      </div>
    </div>
  );
}
