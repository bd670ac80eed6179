"use client";

import type { CompetencyProgress } from "@/lib/progress/progress.types";
import { SCORE_MAX, SCORE_MIN, SCORE_RANGE, SCORES } from "@/lib/rubrics/score-scale";
import type { ReactNode } from "react";
import { chartRows, describeTrend, formatChange, formatScore, type ChartRow } from "./progress-format";
import { TrendWithTable } from "./trend-with-table";
import { useLocale } from "@/components/locale/locale-provider";

const LINES = [
  { dataKey: "score", name: "Raw score", color: "#4338ca" },
  { dataKey: "calibrated", name: "Calibrated", color: "#0f766e", dashed: true },
];

const COLUMNS: { header: string; cell: (row: ChartRow) => ReactNode }[] = [
  { header: "Score", cell: (row) => row.score },
  { header: "Calibrated", cell: (row) => row.calibrated.toFixed(2) },
  { header: "Rubric version", cell: (row) => `v${row.rubricVersion}` },
];

/** One competency: its scores over time as a chart, with the same numbers as a table. */
export function CompetencyTrend({ competency, timeZone }: { competency: CompetencyProgress; timeZone: string }) {
  const locale = useLocale();
  const rows = chartRows(competency.series, timeZone, locale);
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
          <TrendWithTable
            rows={rows}
            lines={LINES}
            domain={[SCORE_MIN, SCORE_MAX]}
            ticks={[...SCORES]}
            caption={
              <>
                {competency.name} scores, oldest first ({SCORE_RANGE} scale). Times in {timeZone}.
              </>
            }
            columns={COLUMNS}
          />
        </>
      )}
    </section>
  );
}
