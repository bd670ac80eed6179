import type { CompetencyProgress } from "@/lib/progress/progress.types";
import { cn } from "@/components/ui/cn";
import { SCORE_MAX, SCORE_RANGE } from "@/lib/rubrics/score-scale";
import { formatChange, formatScore } from "./progress-format";

/** Width of a score on a bar that starts at 0, so the lowest score still shows as a sliver. */
const barWidth = (score: number | null) => `${(Math.max(0, Math.min(SCORE_MAX, score ?? 0)) * 100) / SCORE_MAX}%`;

/**
 * Where each competency stands now (recent interviews count most), as bars in
 * a real table: the numbers are written out, the bars only help the eye.
 */
export function CurrentLevels({ competencies }: { competencies: CompetencyProgress[] }) {
  // Self-assessed is its own column, shown only once there is some, and never folded into "Now".
  const solo = competencies.some((c) => c.selfAssessedAttempts > 0);
  return (
    <section aria-labelledby="levels-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="levels-heading" className="text-lg font-semibold">
        Where you stand now
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Recent interviews count most. <span className="font-semibold">Calibrated</span>: adjusted for how strictly each
        interviewer grades.
        {solo ? (
          <>
            {" "}
            <span className="font-semibold">Self-assessed</span>: what you scored yourself in solo practice; it is kept
            apart and never counted in your peer scores.
          </>
        ) : null}
      </p>
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">
          Current level per competency on the {SCORE_RANGE} scale, and the change since your first interviews
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600">
            <th scope="col" className="py-1 pr-2 font-semibold">
              Competency
            </th>
            <th scope="col" className="w-2/5 py-1 pr-2 font-semibold">
              Now
            </th>
            <th scope="col" className="py-1 pr-2 font-semibold">
              Calibrated
            </th>
            <th scope="col" className="py-1 pr-2 font-semibold">
              Since first
            </th>
            {solo ? (
              <th scope="col" className="py-1 font-semibold">
                Self-assessed <span className="sr-only">in solo practice</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {competencies.map((c) => (
            <tr key={c.key} className="border-b border-slate-100 align-middle">
              <th scope="row" className="py-2 pr-2 text-left font-medium">
                {c.name}
              </th>
              <td className="py-2 pr-2">
                <div className="flex items-center gap-2">
                  <div className="h-3 flex-1 rounded-full bg-slate-100" aria-hidden="true">
                    <div className="h-3 rounded-full bg-brand-600" style={{ width: barWidth(c.current) }} />
                  </div>
                  <span className="w-8 text-right tabular-nums">{formatScore(c.current)}</span>
                </div>
              </td>
              <td className="py-2 pr-2 tabular-nums">{formatScore(c.calibratedCurrent)}</td>
              <td
                className={cn(
                  "py-2 pr-2 tabular-nums",
                  (c.change ?? 0) >= 0.05 && "text-emerald-800",
                  (c.change ?? 0) <= -0.05 && "text-red-800",
                )}
              >
                {formatChange(c.change)}
              </td>
              {solo ? (
                <td className="py-2 tabular-nums text-violet-900">
                  {formatScore(c.selfAssessed)}
                  {c.selfAssessedAttempts > 0 ? (
                    <span className="block text-xs text-slate-600">
                      {c.selfAssessedAttempts === 1 ? "1 attempt" : `${c.selfAssessedAttempts} attempts`}
                    </span>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
