"use client";

import type { CompetencyProgress } from "@/lib/progress/progress.types";
import { DataTableToggle } from "./data-table-toggle";
import { LazyTrendChart } from "./lazy-trend-chart";
import { chartRows, describeTrend, formatChange, formatScore } from "./progress-format";

const LINES = [
  { dataKey: "score", name: "Raw score", color: "#4338ca" },
  { dataKey: "calibrated", name: "Calibrated", color: "#0f766e", dashed: true },
];

const th = "px-2 py-1 text-left font-semibold";
const td = "px-2 py-1 tabular-nums";

/** One competency: its scores over time as a chart, with the same numbers as a table. */
export function CompetencyTrend({ competency, timeZone }: { competency: CompetencyProgress; timeZone: string }) {
  const rows = chartRows(competency.series, timeZone);
  const headingId = `trend-${competency.key}`;
  const description = describeTrend(competency.name, rows);
  return (
    <section
      aria-labelledby={headingId}
      data-testid="competency-trend"
      className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          {competency.name}
        </h3>
        <p className="text-sm text-slate-700">
          Now <strong className="tabular-nums">{formatScore(competency.current)}</strong> · calibrated{" "}
          <strong className="tabular-nums">{formatScore(competency.calibratedCurrent)}</strong> ·{" "}
          {formatChange(competency.change)} since your first interviews
        </p>
      </div>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No scores on this competency yet.</p>
      ) : (
        <>
          <p className="sr-only">{description}</p>
          <div className="mt-2" aria-hidden="true">
            <LazyTrendChart data={rows.map((r) => ({ ...r }))} lines={LINES} domain={[1, 4]} ticks={[1, 2, 3, 4]} />
          </div>
          <DataTableToggle>
            <table className="w-full text-sm">
              <caption className="text-left text-sm text-slate-600">
                {competency.name} scores, oldest first (1–4 scale). Times in {timeZone}.
              </caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className={th}>
                    Interview
                  </th>
                  <th scope="col" className={th}>
                    Score
                  </th>
                  <th scope="col" className={th}>
                    Calibrated
                  </th>
                  <th scope="col" className={th}>
                    Rubric version
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={`${row.at}-${i}`} className="border-b border-slate-100">
                    <th scope="row" className="px-2 py-1 text-left font-normal">
                      <time dateTime={row.at}>{row.when}</time>
                    </th>
                    <td className={td}>{row.score}</td>
                    <td className={td}>{row.calibrated.toFixed(2)}</td>
                    <td className={td}>v{row.rubricVersion}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </DataTableToggle>
        </>
      )}
    </section>
  );
}
